import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: 'Agentes en su puerta',
  summary: 'Qué hacer si agentes de inmigración tocan a la puerta de su casa.',
  rightNow: {
    steps: [
      'Mantenga la puerta cerrada. Hable con los agentes a través de la puerta.',
      'Pídales que pasen la orden por debajo de la puerta. Vea si la firmó un juez federal o estatal.',
      'Guarde silencio. No firme nada. Pida un abogado.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'No autorizo la entrada a mi casa.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Estoy usando mi derecho a guardar silencio.',
      },
    ],
  },
  // The warrant steps open the warrant check.
  stepLinks: [
    { list: 'rightNow', step: 1, to: 'warrant' },
    { list: 'steps', step: 3, to: 'warrant' },
  ],
  steps: [
    'Mantenga la puerta cerrada. Hable con los agentes a través de la puerta.',
    'Pregunte quiénes son y de qué agencia vienen.',
    'Pídales que pasen la orden por debajo de la puerta o que la pongan contra una ventana.',
    'Revise el papel. La pantalla "¿Es una orden real?" de esta app le puede ayudar.',
    'Mire arriba. Una orden judicial tiene el nombre de una corte federal o estatal. "Immigration Court" no cuenta.',
    'Mire quién la firmó. Tiene que ser un juez federal o estatal. Un juez de inmigración no cuenta.',
    'Si no la firmó un juez federal o estatal, diga a través de la puerta que usted no autoriza la entrada.',
    'Si entran de todos modos, no se resista. Diga en voz alta que no autoriza la entrada ni ningún registro.',
    'Si la firmó un juez federal o estatal y tiene bien la dirección, no se resista ni les cierre el paso.',
    'Con una orden judicial, algunos grupos dicen que los deje pasar con calma. Guarde silencio, no firme y llame a un abogado.',
    'Usted y todos en su casa pueden guardar silencio. Diga que quiere hablar con un abogado.',
    'Pida sus nombres y números de placa. Anote todo lo que pase.',
  ],
  prepare: [
    'Practique el plan con todos en su casa. Cada adulto debe saber que no hay que abrir la puerta.',
    'Pegue un aviso de sus derechos por dentro de la puerta.',
    'Tenga los portones cerrados y con llave.',
    'Haga que su teléfono guarde sus fotos y videos en la nube.',
  ],
  sayThis: [
    {
      english: 'Who are you, and which agency are you with?',
      meaning: '¿Quiénes son ustedes y de qué agencia vienen?',
    },
    {
      english: 'Please slide the warrant under the door or hold it up to the window.',
      meaning: 'Por favor, pasen la orden por debajo de la puerta o pónganla contra la ventana.',
    },
    {
      english: 'I do not consent to you entering my home.',
      meaning: 'No autorizo la entrada a mi casa.',
    },
    {
      english: 'I do not consent to any search.',
      meaning: 'No doy mi consentimiento para ningún registro.',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estoy usando mi derecho a guardar silencio.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quiero hablar con un abogado.',
    },
  ],
  doNot: [
    'No abra la puerta.',
    'No mienta y no muestre papeles falsos.',
    'No empuje, no bloquee y no pelee con los agentes, aunque entren.',
    'No firme ningún papel.',
    'No acepte ir con los agentes a una oficina ni a "tomar un café".',
  ],
  goodToKnow: [
    {
      text: 'Los agentes no siempre dicen que son de ICE. Pueden decir que son policías o alguien más. Sus chalecos pueden decir POLICE. ICE permite este engaño. No dé por cierto lo que le digan.',
    },
    {
      text: 'ICE puede entrar legalmente si cualquier adulto de la casa lo deja pasar. Todos en su casa deben saber el plan, no solo la persona que buscan.',
    },
    {
      text: 'Abrir la puerta no es lo mismo que dar permiso para entrar. Pero los agentes pueden tomarlo como un sí y meterse a la fuerza. Es más seguro tenerla cerrada.',
    },
    {
      text: 'ICE puede arrestar a personas fuera de la casa, muchas veces con solo una orden de ICE o sin ninguna orden. Muchas veces los agentes esperan en la calle a que la gente salga a trabajar.',
    },
    {
      text: 'Una orden judicial tiene arriba el nombre de una corte federal o estatal, como "U.S. District Court" o una corte del estado. La firma y le pone fecha un juez o magistrado federal o estatal. Debe tener la dirección correcta, y el nombre de una persona que vive ahí o los lugares que se pueden registrar. No debe estar vencida. Una orden judicial válida permite a los agentes entrar y registrar los lugares que nombra, o arrestar a la persona que nombra.',
    },
    {
      text: 'Una corte de inmigración es parte del Departamento de Justicia. No es una corte federal ni estatal. Por eso, un papel que dice arriba "Immigration Court" (Corte de Inmigración) o "Executive Office for Immigration Review" (Oficina Ejecutiva de Revisión de Casos de Inmigración), o que firmó un juez de inmigración, no es una orden judicial.',
    },
    {
      text: 'Una orden administrativa de ICE dice arriba "Department of Homeland Security" (Departamento de Seguridad Nacional). La firma un oficial de inmigración, o a veces un juez de inmigración. Los formularios I-200 y I-205 son órdenes administrativas. ICE casi nunca tiene una orden judicial. Desde hace años, los grupos de derechos dicen que una orden de ICE por sí sola no les da permiso para entrar a una casa.',
    },
    {
      text: 'Un memorando de ICE de mayo de 2025 se hizo público en enero de 2026. Dice que los oficiales pueden entrar a la fuerza a la casa de una persona con una orden final de deportación, con solo el formulario I-205. Según reportes, solo cubre la casa de esa misma persona, de 6 de la mañana a 10 de la noche, y no permite un registro general. Para entrar a la casa de otra persona, los agentes todavía necesitan permiso, una emergencia o una orden firmada por un juez federal o estatal. Esto está en disputa y se está decidiendo en las cortes. En enero de 2026, un juez federal de Minnesota decidió que una de esas entradas violó la Constitución. El juez no decidió sobre el memorando en sí. Lo más seguro no ha cambiado: no abra la puerta, no autorice la entrada y no se resista físicamente.',
      since: '2025-05-12',
    },
  ],
  sources: [
    'ACLU-FLYER',
    'ACLU-SOCAL-ES',
    'ACLUNC-ES',
    'AIDSLAWPA-WARRANTS',
    'ALC-2023',
    'ASAP-ES',
    'BRYAN-NOFW',
    'FAMILIES-FREEDOM',
    'ICEENCOUNTER',
    'IDM-WARRANTS',
    'IDP-KYR',
    'IDP-RUSES',
    'IPT-HOME',
    'JUNTOS-WY',
    'KDNK-2025',
    'LULAC-WI',
    'MNKNOW',
    'OLH-WARRANTS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
