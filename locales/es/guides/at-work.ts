import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: 'En el trabajo',
  summary: 'Qué hacer si agentes de inmigración llegan al lugar donde usted trabaja.',
  rightNow: {
    steps: [
      'Mantenga la calma y no corra. Deje las manos donde los agentes las puedan ver.',
      'Pregúntele a un agente: "¿Tengo la libertad de irme?" Si le dicen que sí, váyase con calma.',
      'Si le dicen que no, guarde silencio y pida un abogado. No firme nada.',
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
    'Mantenga la calma y no corra. Deje las manos donde los agentes las puedan ver.',
    'Pregúntele a un agente: "¿Tengo la libertad de irme?"',
    'Si el agente dice que sí, váyase con calma.',
    'Si el agente dice que no, diga que está usando su derecho a guardar silencio.',
    'Diga que quiere hablar con un abogado.',
    'Si los agentes ordenan separarse en grupos por estatus migratorio, usted no tiene que unirse a ningún grupo. Puede quedarse donde está.',
    'Cuando esté a salvo, anote lo que pasó: la hora, la agencia, cuántos agentes vinieron y qué dijeron.',
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
      english: 'I will not sign anything without a lawyer.',
      meaning: 'No voy a firmar nada sin un abogado.',
    },
    {
      english: 'I do not consent to any search.',
      meaning: 'No doy mi consentimiento para ningún registro.',
    },
  ],
  doNot: [
    'No corra. Correr se puede usar en su contra.',
    'No mienta y no muestre papeles falsos.',
    'No firme nada sin hablar con un abogado.',
    'Si no tiene papeles de inmigración de EE. UU., no lleve ni muestre papeles de otro país, como un pasaporte extranjero o una matrícula consular.',
    'No empuje, no bloquee y no pelee con los agentes.',
  ],
  goodToKnow: [
    {
      text: 'Cualquier persona, incluso ICE, puede entrar a las partes públicas de un negocio, como el comedor, la entrada, la sala de espera o el estacionamiento. Estar ahí no les da a los agentes el poder de parar, interrogar o arrestar a cualquiera.',
    },
    {
      text: 'Las áreas privadas, como cocinas, oficinas, bodegas y cuartos solo para empleados, son distintas. Para entrar, los agentes necesitan el permiso del patrón (empleador) o una orden judicial firmada por un juez federal o estatal. Una orden de ICE no basta. Ayudan los letreros de "Private" (Privado) y las puertas cerradas o con llave.',
    },
    {
      text: 'Si el patrón, o alguien a quien el patrón autoriza, deja entrar a los agentes a las áreas privadas, los agentes ya no necesitan una orden para esas áreas.',
    },
    {
      text: 'Un grupo dice que los agentes usan los grupos por estatus migratorio para señalar a ciertas personas.',
    },
    {
      text: 'Una inspección de formularios I-9 es distinta a una redada. En una inspección, ICE revisa los formularios I-9 del patrón. Por lo general, ICE le avisa al patrón por escrito al menos 3 días hábiles antes. El patrón puede decidir no esperar. ICE también puede saltarse el aviso si usa una citación (subpoena) o una orden.',
    },
    {
      text: 'En California, una ley estatal llamada AB 450 dice que el patrón tiene que avisarles a los trabajadores dentro de 72 horas después de recibir un aviso de inspección de formularios I-9, y luego contarles los resultados. En 2018, una corte federal bloqueó la parte que les prohibía a los patrones privados dejar entrar a los agentes a las áreas privadas sin una orden judicial. Una corte de apelaciones estuvo de acuerdo en 2019. Los patrones todavía pueden decidir pedir una orden judicial.',
      since: '2018-07-04',
      onlyInState: 'CA',
    },
    {
      text: 'Si usted no es ciudadano de EE. UU., tiene 18 años o más y le dieron papeles de registro, como una tarjeta verde o un permiso de trabajo, la ley dice que debe llevarlos siempre con usted. Si está aquí con una visa, la ley dice que lleve su pasaporte y su I-94. Si tiene papeles de inmigración válidos de EE. UU. y los lleva con usted, tiene que mostrarlos si un agente de inmigración se los pide.',
    },
    {
      text: 'Los trabajadores y los patrones pueden grabar o anotar lo que hacen los agentes. Pero grabar a los agentes puede ser peligroso. Funcionarios del DHS (Departamento de Seguridad Nacional) han dicho que filmar a los agentes es obstrucción. Según un reportaje, ProPublica contó por lo menos 130 personas arrestadas, acusadas de interferir con los agentes o de filmarlos. La revista Borderless informó que el 24 de enero de 2026, en Minneapolis, agentes federales de inmigración mataron a balazos a un hombre que trató de filmarlos. Grabar es su decisión, no una obligación. Hágalo solo si es seguro. Mantenga su distancia y no se interponga.',
      since: '2026-01-24',
    },
  ],
  sources: [
    'ACLU-IMM',
    'ACLUNC-ES',
    'ALTOTRUMP-WORK',
    'BENACH-WORK',
    'BORDERLESS',
    'BUTZEL',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'FRAGOMEN-AB450',
    'FRAGOMEN-CARRY',
    'GPH-AB450',
    'ICS-LAW',
    'IDP-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KMH-AB450',
    'LAW-5THINGS',
    'LAW-FACTSHEET',
    'MASJIDPLUS',
    'NILC-WORK-CLL',
    'NILC-WORK-EVU',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'USCIS-I9-INSPECT',
    'WORKINGCLASS',
  ],
  lastReviewed: '2026-12-05',
};
