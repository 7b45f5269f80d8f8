import type { Guide } from '../../../src/content/guide-types';

export const inACar: Guide = {
  id: 'in-a-car',
  title: 'En el carro, en puntos de control y en la zona fronteriza de 100 millas',
  summary:
    'Qué hacer si la policía o agentes de inmigración paran su carro, o en un punto de control de la Patrulla Fronteriza.',
  rightNow: {
    steps: [
      'Oríllese en un lugar seguro. Apague el motor. Manos en el volante.',
      'Quien maneja muestra licencia, registración y prueba de seguro si se las piden.',
      'Puede guardar silencio sobre su estatus. Diga que no a un registro del carro.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Estoy usando mi derecho a guardar silencio.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'No doy mi consentimiento para que registren mi carro.',
      },
    ],
  },
  steps: [
    'Cuando le hagan señal de parar, oríllese en un lugar seguro.',
    'Apague el motor. Prenda la luz de adentro del carro.',
    'Baje un poco la ventana. Mantenga las manos en el volante.',
    'Si usted maneja y se lo piden, muestre su licencia, la registración del carro y la prueba de seguro.',
    'Puede guardar silencio sobre su estatus y sobre dónde nació. Quien tiene visa puede tener que contestar. Diga que está usando este derecho.',
    'Si usted es pasajero, también puede guardar silencio. Pregunte si tiene la libertad de irse. Si le dicen que sí, váyase con calma.',
    'Si piden registrar el carro, diga claramente que no da su consentimiento.',
    'En un punto de control de la Patrulla Fronteriza, puede guardar silencio. Si lo retienen después de unas preguntas, pregunte si está detenido.',
  ],
  sayThis: [
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estoy usando mi derecho a guardar silencio.',
    },
    {
      english: 'I do not consent to a search of my car.',
      meaning: 'No doy mi consentimiento para que registren mi carro.',
    },
    {
      english: 'Am I free to go?',
      meaning: '¿Tengo la libertad de irme?',
    },
    {
      english: 'Am I being detained?',
      meaning: '¿Me están deteniendo?',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quiero hablar con un abogado.',
    },
  ],
  doNot: [
    'No les mienta a la policía ni a los agentes.',
    'Nunca lleve papeles falsos en el carro, y nunca los muestre.',
    'No se ponga en medio para impedir un registro, aunque usted haya dicho que no.',
    'Si no tiene papeles de inmigración de EE. UU., no lleve ni muestre papeles de otro país, como un pasaporte extranjero o una matrícula consular.',
  ],
  goodToKnow: [
    {
      text: 'Usted puede decir que no a un registro. Pero la policía puede registrar el carro sin su consentimiento si cree que hay pruebas de un delito. Esto se llama causa probable.',
    },
    {
      text: 'Una regla federal permite que CBP (Oficina de Aduanas y Protección Fronteriza) trabaje a menos de 100 millas de cualquier frontera terrestre o costa. Esto se conoce como la zona fronteriza de 100 millas. Cerca de dos de cada tres personas en EE. UU. viven en ella.',
    },
    {
      text: 'En un punto de control dentro de esta zona, la Patrulla Fronteriza puede parar su carro un momento y preguntar por su ciudadanía, aunque no sospeche nada de usted. Para retenerlo más tiempo, necesita una sospecha razonable. Para registrar el carro, necesita una orden o causa probable. Lejos de los puntos de control, la Patrulla Fronteriza necesita una sospecha razonable para parar un carro.',
    },
    {
      text: 'Las personas con visa, como turistas, estudiantes o viajeros de negocios, tienen otras obligaciones. Puede que tengan que contestar preguntas sobre su estatus migratorio.',
    },
    {
      text: 'Si usted no es ciudadano de EE. UU., tiene 18 años o más y le dieron papeles de registro, la ley dice que debe llevarlos siempre con usted. Por ejemplo, una tarjeta verde, un permiso de trabajo o la prueba de que se registró con el formulario G-325R. Si está aquí con una visa, la ley dice que lleve su pasaporte y su I-94. No llevarlos es un delito. Puede costar una multa de hasta $5,000 y hasta 30 días de cárcel. Antes casi no se hacía cumplir esta regla. En abril de 2025, y otra vez en julio de 2025, el gobierno la recordó en público. Si tiene tarjeta verde, lleve la original, no solo una foto en su teléfono.',
      since: '2025-04',
    },
    {
      text: 'Si tiene papeles de inmigración válidos de EE. UU. y los lleva con usted, tiene que mostrarlos si un agente de inmigración se los pide. Según la ACLU de Arizona, esta obligación es con los agentes federales de inmigración, no con la policía local. El consejo de no llevar papeles de otro país es solo para las personas sin papeles de inmigración de EE. UU.',
    },
    {
      text: 'En 2025 se reportaron puntos de control de CBP y revisiones en autobuses lejos de la frontera sur. En junio de 2025 se reportó esto en la carretera I-95 en Maine, a unas 80 millas de Canadá. Los ciudadanos de EE. UU. no tienen que llevar prueba de su ciudadanía.',
      since: '2025-06',
    },
  ],
  sources: [
    'ACLU-100',
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLUM',
    'AILA-REG-FINE',
    'AIR-LEGAL',
    'ALR-2025',
    'DESITALK-2025',
    'DOCUMENTEDNY',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IRC-CARRY',
    'LAWHELPNY-REG',
    'MIINDIA-264E',
    'MOLINAS-CHECKPOINT',
    'NAVARRETE',
    'NILC-ES',
    'SDLR',
    'SUMNER-264E',
    'TEENVOGUE',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
