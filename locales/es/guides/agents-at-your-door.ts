import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: 'Agentes en su puerta',
  summary: 'Qué hacer si agentes de inmigración tocan a la puerta de su casa.',
  steps: [
    'Mantenga la puerta cerrada. Hable con los agentes a través de la puerta.',
    'Pregunte quiénes son y de qué agencia vienen.',
    'Pídales que pasen la orden por debajo de la puerta o que la pongan contra una ventana.',
    'Revise el papel. Una orden judicial tiene arriba el nombre de una corte y está firmada por un juez.',
    'Si no la firmó un juez, diga a través de la puerta que usted no autoriza la entrada.',
    'Usted y todos en su casa pueden guardar silencio. Diga que quiere hablar con un abogado.',
    'No firme nada.',
    'Si entran de todos modos, no se resista. Diga en voz alta que no autoriza la entrada ni ningún registro.',
    'Pida sus nombres y números de placa. Anote todo lo que pase.',
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
      text: 'ICE no necesita ninguna orden para arrestar a alguien fuera de la casa. Muchas veces los agentes esperan en la calle a que la gente salga a trabajar.',
    },
    {
      text: 'Una orden judicial tiene arriba el nombre de una corte y está firmada por un juez. Una orden administrativa de ICE dice arriba "Department of Homeland Security" (Departamento de Seguridad Nacional). La firma un oficial de inmigración, no un juez. Los formularios I-200 y I-205 son órdenes administrativas. ICE casi nunca tiene una orden judicial. Desde hace años, los grupos de derechos dicen que una orden de ICE por sí sola no les da permiso para entrar a una casa.',
    },
    {
      text: 'Un memorando de ICE de mayo de 2025 se hizo público en enero de 2026. Dice que los oficiales pueden entrar a la fuerza a la casa de una persona con una orden final de deportación, con solo el formulario I-205. Esto está en disputa y se está decidiendo en las cortes. En enero de 2026, un juez federal de Minnesota decidió que una de esas entradas violó la Constitución. El juez no decidió sobre el memorando en sí. Lo más seguro no ha cambiado: no abra la puerta, no autorice la entrada y no se resista físicamente.',
      since: '2025-05-12',
    },
  ],
  sources: [
    'ACLU-FLYER',
    'ACLU-SOCAL-ES',
    'ACLUNC-ES',
    'ALC-2023',
    'BRYAN-NOFW',
    'ICEENCOUNTER',
    'IDM-WARRANTS',
    'IDP-KYR',
    'IDP-RUSES',
    'IPT-HOME',
    'JUNTOS-WY',
    'KDNK-2025',
    'UWD-KYR',
  ],
  lastReviewed: '2026-11-26',
};
