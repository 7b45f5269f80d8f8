import type { Guide } from '../../../src/content/guide-types';

export const ifYouAreDetained: Guide = {
  id: 'if-you-are-detained',
  title: 'Si lo detienen o lo arrestan',
  summary: 'Qué decir y qué hacer si agentes de inmigración lo detienen o lo arrestan.',
  steps: [
    'Mantenga la calma. Tenga las manos donde los oficiales las puedan ver.',
    'Diga que está usando su derecho a guardar silencio. No diga dónde nació ni cómo llegó aquí.',
    'Diga que quiere hablar con un abogado. No explique ni decida nada sin un abogado.',
    'No firme ningún papel antes de hablar con un abogado.',
    'Pida hacer una llamada. Pida la lista de abogados gratis o de bajo costo.',
    'Si tiene miedo de volver a su país, dígaselo a los oficiales de inmediato.',
    'Si tiene hijos menores de 18 años, dígaselo a los oficiales de inmediato. Pregunte cómo puede arreglar quién los cuide.',
    'Si usted quiere, pida a los oficiales que le avisen al consulado de su país que está detenido.',
    'Apréndase el nombre y el teléfono de su oficial de deportación. Déselos a su familia y a su abogado, junto con su número A.',
  ],
  sayThis: [
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estoy usando mi derecho a guardar silencio.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quiero hablar con un abogado.',
    },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'No voy a firmar nada sin un abogado.',
    },
    {
      english: 'I am afraid to return to my country.',
      meaning: 'Tengo miedo de regresar a mi país.',
    },
    {
      english: 'I have children under 18. I need to arrange their care.',
      meaning: 'Tengo hijos menores de 18 años. Necesito arreglar quién los cuide.',
    },
    {
      english: 'Please give me the list of free legal services.',
      meaning: 'Por favor, deme la lista de servicios legales gratis.',
    },
    {
      english: 'I want my consulate to be told that I am detained.',
      meaning: 'Quiero que le avisen a mi consulado que estoy detenido.',
    },
  ],
  doNot: [
    'No mienta y no muestre papeles falsos.',
    'No firme ningún papel ni acepte salir del país sin un abogado.',
    'Si no tiene papeles de inmigración de EE. UU., no lleve ni entregue papeles de otro país, como un pasaporte extranjero.',
    'No corra, no empuje y no pelee con los oficiales.',
    'No le pague a un "notario" para que le dé consejos legales. En EE. UU., un notario no puede dar consejos legales.',
  ],
  goodToKnow: [
    {
      text: 'Usar sus derechos quizás no evite el arresto. Pero protege su caso más adelante. Todo lo que diga se puede usar en su contra en la corte de inmigración. Las personas que están aquí con visa, como turistas, estudiantes o viajeros de negocios, pueden estar obligadas a contestar preguntas sobre su estatus.',
    },
    {
      text: 'ICE puede pedirle que firme papeles. El formulario I-826 le pide escoger entre ver a un juez o irse sin una audiencia. La salida voluntaria quiere decir que usted promete irse de EE. UU. antes de una fecha límite; si no se va a tiempo, se convierte en una orden de deportación con multas. Una orden de deportación estipulada quiere decir que usted renuncia a su audiencia y acepta una orden de deportación, aunque quizás tenga una forma de quedarse. No firme ninguno sin antes hablar con un abogado.',
    },
    {
      text: 'Los casos de inmigración son civiles, no penales. Por eso el gobierno no le da un abogado gratis en la corte de inmigración. Así que pida la lista de servicios legales gratis. El Departamento de Justicia tiene esa lista.',
    },
    {
      text: 'Si tiene miedo de volver, dígalo lo antes posible. En la deportación rápida (expedita), las personas que piden asilo tienen una entrevista sobre su miedo, llamada "entrevista de miedo creíble".',
    },
    {
      text: 'El 2 de julio de 2025, ICE reemplazó sus reglas para padres detenidos con una nueva directiva, la 11064.4. Según informes, da menos protecciones a los padres. Usted todavía puede preguntar por el cuidado de sus hijos, por visitas y por cómo participar en la corte familiar.',
      since: '2025-07-02',
    },
    {
      text: 'Usted puede pedir que le avisen a su consulado que está detenido. Este derecho viene de un tratado internacional, la Convención de Viena.',
    },
    {
      text: 'Sepa su número A antes de que pase algo. Es el número de 8 o 9 dígitos que el Departamento de Seguridad Nacional (DHS) le da a toda persona que ha tenido un caso o trámite de inmigración. Aparece en papeles de inmigración, permisos de trabajo y avisos de la corte. En el Aviso de Comparecencia (formulario I-862), está arriba a la derecha.',
    },
    {
      text: 'Su familia o su abogado pueden revisar si usted tiene un caso o una orden antigua en la corte de inmigración. Pueden llamar a la línea de la corte de inmigración (EOIR) al 1-800-898-7180, o usar el sistema de EOIR en línea para ver el estado del caso. Los dos piden su número A. Esta línea solo muestra casos y órdenes de las cortes de inmigración y de la junta de apelaciones de inmigración (BIA). Las órdenes de deportación rápida, y otras órdenes dadas por ICE o por la Patrulla Fronteriza, nunca aparecen ahí.',
    },
    {
      text: 'Si a usted le dieron papeles de inmigración de EE. UU., la ley dice que los adultos de 18 años o más deben llevarlos, como la tarjeta verde o el permiso de trabajo. Si está aquí con visa, la ley dice que lleve su pasaporte y su I-94. Si un agente de inmigración le pide sus papeles y usted los tiene consigo, debe mostrarlos. El consejo de no llevar papeles de otro país es solo para personas sin papeles de inmigración de EE. UU.',
    },
  ],
  sources: [
    'ACLU-IMM',
    'CATHOLIC-CHARITIES-ES',
    'EDDY-CHAVARRIA',
    'EOIR-PM-1.6C',
    'FACTCHEQUEADO',
    'FRAGOMEN-CARRY',
    'HAFEY-2026',
    'IBX-LEGAL',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-11064',
    'IRC-CARRY',
    'KDNK-2025',
    'KYRHUB-COUNSEL',
    'LAA-ER',
    'LEGALCLARITY-COUNSEL',
    'LULAC-ESCUDO',
    'LULAC-WI',
    'NAVARRETE',
    'NILC-ES',
    'ODLS-FAQ-2017',
    'STMARY-VD',
    'UFCW-RAIDS',
    'UNITYITC',
    'UWD-KYR',
    'WRC-PARENTS',
  ],
  lastReviewed: '2026-12-05',
};
