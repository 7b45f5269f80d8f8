import type { Guide } from '../../../src/content/guide-types';

export const onTheStreet: Guide = {
  id: 'on-the-street',
  title: 'En la calle o en lugares públicos',
  summary: 'Qué hacer si agentes de inmigración lo paran o le hacen preguntas fuera de su casa.',
  rightNow: {
    steps: [
      'Antes de dar su nombre o contestar algo, pregunte: "¿Tengo la libertad de irme?" Si le dicen que sí, váyase con calma.',
      'Si le dicen que no, diga que está usando su derecho a guardar silencio. Pida un abogado.',
      'No corra, no discuta y no se resista. Deje las manos donde los agentes las puedan ver.',
    ],
    sayThis: [
      {
        english: 'Am I free to go?',
        meaning: '¿Tengo la libertad de irme?',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Estoy usando mi derecho a guardar silencio.',
      },
    ],
  },
  steps: [
    'Mantenga la calma. Deje las manos donde los agentes las puedan ver.',
    'Antes de dar su nombre o contestar algo, pregunte: "¿Tengo la libertad de irme?"',
    'Si el agente dice que sí, váyase con calma.',
    'Si el agente dice que no, diga que está usando su derecho a guardar silencio.',
    'Diga que quiere hablar con un abogado.',
    'Si quieren registrarlo a usted o a sus bolsas, diga claramente que no da su consentimiento.',
    'Si lleva una tarjeta roja, avísele al agente antes de sacarla. Luego muéstresela.',
  ],
  prepare: [
    'Lleve una tarjeta roja en su cartera.',
    'Apréndase de memoria al menos un número de teléfono, por si le quitan el teléfono.',
  ],
  sayThis: [
    {
      english: 'Am I free to go?',
      meaning: '¿Tengo la libertad de irme?',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estoy usando mi derecho a guardar silencio.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quiero hablar con un abogado.',
    },
    {
      english: 'I do not consent to any search.',
      meaning: 'No doy mi consentimiento para ningún registro.',
    },
    {
      english: 'I have a card in my wallet. May I take it out to show you?',
      meaning: 'Tengo una tarjeta en mi cartera. ¿Puedo sacarla para mostrársela?',
    },
  ],
  doNot: [
    'No corra. Correr se puede usar en su contra.',
    'No discuta con los agentes, no los empuje y no les cierre el paso.',
    'No mienta y no muestre papeles falsos.',
    'Si no tiene papeles de inmigración de EE. UU., no lleve ni muestre papeles de otro país, como un pasaporte extranjero o una matrícula consular.',
    'No firme ningún papel sin hablar con un abogado.',
  ],
  goodToKnow: [
    {
      text: 'ICE no necesita una orden solo para hablar con usted en público. ICE también puede arrestar a personas fuera de la casa, muchas veces con solo una orden de ICE o sin ninguna orden.',
    },
    {
      text: 'Usted no tiene que decir dónde nació, si es ciudadano ni cómo entró al país. Lo que diga se puede usar en la corte de inmigración. Las personas que están aquí con visa, como turistas, estudiantes o viajeros de negocios, pueden estar obligadas a contestar preguntas sobre su estatus.',
    },
    {
      text: 'En algunos estados, usted tiene que dar su nombre si lo paran legalmente y le preguntan quién es. Aun así, no tiene que contestar otras preguntas.',
    },
    {
      text: 'Usted puede negarse a un registro. Pero un oficial le puede pasar las manos por encima de la ropa si cree que usted tiene un arma. No se resista.',
    },
    {
      text: 'Los papeles de otro país se pueden usar en un caso de deportación para mostrar que usted nació en otro país. Por eso se les dice a las personas sin papeles de inmigración de EE. UU. que no los lleven.',
    },
    {
      text: 'Si usted no es ciudadano de EE. UU., tiene 18 años o más y le dieron papeles de registro, la ley dice que debe llevarlos siempre con usted. Por ejemplo, una tarjeta verde, un permiso de trabajo o la prueba de que se registró con el formulario G-325R. Si está aquí con una visa, la ley dice que lleve su pasaporte y su I-94.',
    },
    {
      text: 'Si tiene papeles de inmigración válidos de EE. UU. y los lleva con usted, tiene que mostrarlos si un agente de inmigración se los pide. Según la ACLU de Arizona, esta obligación es con los agentes federales de inmigración, no con la policía local.',
    },
    {
      text: 'Conocer sus derechos no significa que no lo van a arrestar. Pero ayuda a proteger su caso más adelante.',
    },
    {
      text: 'En septiembre de 2025, la Corte Suprema suspendió una orden de un tribunal inferior para el área de Los Ángeles (el caso Noem v. Vasquez Perdomo). Esa orden prohibía parar a personas solo por estas cosas: su raza u origen aparente, hablar español o inglés con acento, el lugar (como una parada de autobús, un lavado de carros o un sitio donde se busca trabajo por día) o el tipo de trabajo. Ahora los agentes allí pueden volver a hacer paradas breves usando una mezcla de estas cosas. El juez Kavanaugh, de la Corte Suprema, escribió que a los ciudadanos y residentes legales parados así se les debe dejar ir después de una parada breve. Es una suspensión temporal de emergencia, no una decisión final, así que puede cambiar.',
      since: '2025-09-08',
    },
  ],
  sources: [
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLU-MIRROR',
    'ALC-2023',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IDP-PLAN',
    'II-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KDNK-2025',
    'LAWHELPNY-REG',
    'LULAC-ESCUDO',
    'MASJIDPLUS',
    'NILC-ES',
    'PERDOMO-SCOTUSBLOG',
    'PERDOMO-TEXT',
    'PERDOMO-VISAVERGE',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
