import type { Guide } from '../../../src/content/guide-types';

export const fastTrackDeportation: Guide = {
  id: 'fast-track-deportation',
  title: 'Deportación rápida (deportación expedita)',
  summary:
    'A quién pueden deportar rápido sin un juez, y cómo probar dos años en EE. UU. Las reglas siguen cambiando.',
  steps: [
    'Si los oficiales lo paran, mantenga la calma. Pregunte: "¿Tengo la libertad de irme?" Si le dicen que sí, váyase con calma.',
    'Si no, diga que va a guardar silencio y que quiere hablar con un abogado.',
    'Si tiene miedo de volver a su país, dígaselo al oficial de inmediato.',
    'Si un oficial le da papeles, como el formulario I-860, no los firme. Hable primero con un abogado.',
    'Vaya a todas sus audiencias en la corte de inmigración. Lleve copias de sus pruebas de dos años en EE. UU.',
  ],
  prepare: [
    'Si no tiene estatus legal, haga un archivo que pruebe que ha vivido en EE. UU. dos años o más.',
    'Junte papeles con fecha, como contratos de renta, recibos de luz o agua, talones de pago, declaraciones de impuestos y estados de cuenta.',
    'Agregue papeles de escuela, doctor e iglesia, cartas con fecha, una licencia de manejo vieja y actas de nacimiento de sus hijos nacidos aquí.',
    'Siga agregando papeles nuevos para que el archivo esté al día.',
    'Dele el archivo completo a una persona de confianza. Asegúrese de que su familia sepa dónde está.',
    'Pregúntele a un abogado si debe llevar copias de algunos papeles con fecha. Si lleva alguno, lleve copias, no originales.',
  ],
  sayThis: [
    {
      english: 'Am I free to go?',
      meaning: '¿Tengo la libertad de irme?',
    },
    {
      english: 'I am afraid to return to my country.',
      meaning: 'Tengo miedo de regresar a mi país.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quiero hablar con un abogado.',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estoy usando mi derecho a guardar silencio.',
    },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'No voy a firmar nada sin un abogado.',
    },
  ],
  doNot: [
    'No lleve los originales de sus pruebas de dos años aquí. Déjelos con una persona de confianza.',
    'No lleve las actas de nacimiento de sus hijos nacidos aquí. El acta completa dice dónde nació cada padre. Guárdelas en el archivo.',
    'Si no tiene papeles de inmigración de EE. UU., no lleve papeles que muestren que nació en otro país, como un pasaporte extranjero.',
    'No falte a ninguna audiencia en la corte de inmigración. Si no va, un juez puede ordenar su deportación.',
    'No mienta y no muestre papeles falsos.',
  ],
  goodToKnow: [
    {
      text: 'En la deportación rápida, un oficial de inmigración ordena su salida, no un juez. No hay audiencia y casi nunca hay apelación. Puede pasar en pocos días. Según reportes, también le pueden prohibir volver por 5 años.',
    },
    {
      text: 'Por lo general no se aplica a ciudadanos de EE. UU., residentes legales permanentes (con tarjeta verde), personas que entraron con visa (aunque esté vencida), personas con otros papeles de estatus, ni a niños que llegaron solos. Por lo general tampoco se aplica a quienes llevan 2 años o más aquí y lo pueden probar. Quien dice que tiene miedo de volver tiene una entrevista sobre ese miedo.',
    },
    {
      text: 'El 21 de enero de 2025, el Departamento de Seguridad Nacional (DHS) permitió la deportación rápida en cualquier parte de EE. UU. Se aplica a personas que nunca fueron admitidas legalmente (ni con "parole"), que no tienen papeles de entrada válidos o usaron fraude, y que no pueden probar 2 años de presencia continua aquí, sin interrupción. El oficial decide si la prueba es suficiente. DHS también dijo que podría pasar a esta vía a personas con casos en la corte o con "parole". A usted le toca probar los 2 años.',
      since: '2025-01-21',
    },
    {
      text: 'Desde mayo de 2025, ICE ha arrestado a personas en sus audiencias de la corte de inmigración en muchas ciudades. Muchas veces pasa justo después de que los abogados de ICE logran que el juez desestime el caso, para poder usar la deportación rápida. Aun así, faltar a una audiencia no es seguro. Si puede, hable con un abogado antes de su audiencia.',
      since: '2025-05-20',
    },
    {
      text: 'El 29 de agosto de 2025, una jueza federal de Washington, D.C., la jueza Jia Cobb, pausó la expansión a todo el país. El caso se llama Make the Road New York v. Noem. Según reportes de 2026, esta pausa se anuló después (vea la nota siguiente). Así que hoy no cuente con esa pausa.',
    },
    {
      text: 'Según reportes de 2026, una corte federal de apelaciones en Washington, D.C. (el Circuito de D.C.) anuló esa pausa, con 2 votos contra 1, así que la deportación rápida se puede usar otra vez en todo el país. No pudimos confirmar estos reportes, y no hemos visto la decisión de la corte. Los reportes también dicen que la corte decidió que los oficiales no tienen que explicar cómo una persona podría evitar la deportación rápida. Estas reglas siguen cambiando. Pregunte a un abogado o a un grupo de confianza qué se aplica hoy.',
    },
    {
      text: 'Los consejos sobre llevar papeles no son iguales. Algunos abogados y grupos dicen que lleve copias de algunos papeles con fecha. Otros grupos dicen que las personas sin papeles de inmigración de EE. UU. nunca deben llevar nada que muestre que nacieron en otro país. Casi todos los papeles que prueban 2 años aquí no dicen dónde nació. Pero el acta de nacimiento completa de EE. UU. dice dónde nació cada padre, así que guarde las actas de sus hijos en el archivo y nunca las lleve. Hay pros y contras, así que pregunte a un abogado qué es mejor para usted.',
    },
    {
      text: 'Si a usted le dieron papeles de inmigración de EE. UU., la ley dice que los adultos de 18 años o más deben llevarlos, como la tarjeta verde o el permiso de trabajo. Si está aquí con visa, la ley dice que lleve su pasaporte y su I-94. Si un agente de inmigración le pide sus papeles y usted los tiene consigo, debe mostrarlos.',
    },
  ],
  sources: [
    'ABOGADO-VA',
    'ACCIMM-ER',
    'ACLU-IMM',
    'DCCIR-BGB',
    'DCCIR-DISSENTER',
    'DCCIR-TOWNHALL',
    'DOCSLIB-ER2020',
    'DV-ER',
    'EPI-ER',
    'FR-ER',
    'FRAGOMEN-CARRY',
    'GANDS-ER',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-ER',
    'IPT-IMMCOURT',
    'IRC-CARRY',
    'JASMYN-KAMAL',
    'LAA-ER',
    'LATINOPINION-ES',
    'LEGALENUSA-ES',
    'LEXIS-ER',
    'LIBERO-NTA',
    'NAVARRETE',
    'NILC-ES',
    'NOLO-ER',
    'REUTERS-COURT',
    'ROCKY-ER',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
