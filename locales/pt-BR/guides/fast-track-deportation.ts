import type { Guide } from '../../../src/content/guide-types';

export const fastTrackDeportation: Guide = {
  id: 'fast-track-deportation',
  title: 'Deportação acelerada ("expedited removal")',
  summary:
    'Quem pode ser deportado rápido sem um juiz, e como provar dois anos nos EUA. As regras continuam mudando.',
  steps: [
    'Se os agentes pararem você, mantenha a calma. Pergunte: "Am I free to go?" (Posso ir embora?). Se disserem que sim, vá embora com calma.',
    'Se não, diga que vai ficar em silêncio e que quer falar com um advogado.',
    'Se você tem medo de voltar para o seu país, diga isso ao agente imediatamente.',
    'Se um agente der papéis a você, como o Formulário I-860, não assine. Fale com um advogado primeiro.',
    'Vá a todas as audiências no tribunal de imigração. Leve cópias das suas provas de dois anos nos EUA.',
  ],
  prepare: [
    'Se você não tem situação legal, comece uma pasta que prove que você mora nos EUA há dois anos ou mais.',
    'Junte papéis com datas, como contratos de aluguel, contas de luz e água, holerites, declarações de imposto e extratos bancários.',
    'Acrescente registros escolares e médicos, papéis da igreja, cartas com data, uma carteira de motorista antiga e as certidões americanas dos seus filhos.',
    'Continue acrescentando papéis novos, para a pasta ficar em dia.',
    'Entregue a pasta completa a uma pessoa de confiança. Garanta que sua família saiba onde ela está.',
    'Pergunte a um advogado se você deve carregar cópias de alguns papéis com data. Se carregar, leve cópias, não originais.',
  ],
  sayThis: [
    {
      english: 'Am I free to go?',
      meaning: 'Posso ir embora?',
    },
    {
      english: 'I am afraid to return to my country.',
      meaning: 'Tenho medo de voltar para o meu país.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quero falar com um advogado.',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estou usando meu direito de ficar em silêncio.',
    },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Não vou assinar nada sem um advogado.',
    },
  ],
  doNot: [
    'Não carregue os originais das suas provas de dois anos. Deixe-os com uma pessoa de confiança.',
    'Não carregue as certidões de nascimento americanas dos seus filhos. A versão completa mostra onde cada pai ou mãe nasceu. Guarde-as na pasta.',
    'Se você não tem documentos de imigração dos EUA, não carregue papéis que mostrem que você nasceu em outro país, como passaporte estrangeiro.',
    'Não falte a uma audiência no tribunal de imigração. Um juiz pode ordenar sua deportação se você não estiver lá.',
    'Não minta e não mostre documentos falsos.',
  ],
  goodToKnow: [
    {
      text: 'Na deportação acelerada, quem manda você sair é um agente de imigração, não um juiz. Não há audiência e, normalmente, não há recurso. Pode acontecer em poucos dias. Relatos dizem que ela também pode impedir sua volta por 5 anos.',
    },
    {
      text: 'Em geral, ela não se aplica a cidadãos dos EUA, a quem tem green card, a quem entrou com visto (mesmo vencido), a pessoas com outros documentos de status nem a crianças que vieram sozinhas. Pessoas que estão aqui há 2 anos ou mais e podem provar isso em geral não são atingidas. Pessoas que dizem ter medo de voltar têm uma entrevista sobre esse medo.',
    },
    {
      text: 'Em 21 de janeiro de 2025, o DHS tornou a deportação acelerada possível em qualquer lugar dos EUA. Ela atinge pessoas que nunca foram deixadas entrar legalmente ("admitted" ou "paroled"), que não têm os documentos de entrada corretos ou usaram fraude, e que não podem provar 2 anos aqui sem interrupção. O agente decide se a prova basta. O DHS também disse que pessoas com processos no tribunal ou com "parole" podem ser passadas para ela. Cabe a você provar os 2 anos.',
      since: '2025-01-21',
    },
    {
      text: 'Desde maio de 2025, o ICE tem prendido pessoas nas audiências do tribunal de imigração em muitas cidades. Isso muitas vezes acontece logo depois que os advogados do ICE conseguem arquivar o caso, para a pessoa poder ser colocada em deportação acelerada. Mesmo assim, faltar a uma audiência não é seguro. Fale com um advogado antes da sua audiência, se puder.',
      since: '2025-05-20',
    },
    {
      text: 'Em 29 de agosto de 2025, uma juíza federal em Washington, D.C., a juíza Jia Cobb, suspendeu a ampliação para todo o país. O caso é Make the Road New York v. Noem. Relatos de 2026 dizem que essa suspensão foi cancelada depois (veja a próxima nota). Então não conte com essa suspensão hoje.',
    },
    {
      text: 'Relatos de 2026 dizem que um tribunal federal de apelação em Washington, D.C. (o D.C. Circuit) cancelou essa suspensão por 2 votos a 1, então a deportação acelerada pode de novo ser usada em todo o país. Esses relatos vêm de fontes que não conseguimos confirmar, e não vimos a decisão do próprio tribunal. Eles também dizem que o tribunal decidiu que os agentes não precisam explicar como uma pessoa poderia evitar a deportação acelerada. Essas regras continuam mudando. Pergunte a um advogado ou a um grupo de confiança o que vale hoje.',
    },
    {
      text: 'Os conselhos sobre carregar papéis são diferentes. Alguns advogados e grupos dizem para carregar cópias de alguns papéis com data. Outros grupos dizem que pessoas sem documentos de imigração dos EUA nunca devem carregar nada que mostre que nasceram em outro país. A maioria dos papéis que provam 2 anos não mostra onde você nasceu. Mas a versão completa de uma certidão de nascimento americana diz onde cada pai ou mãe nasceu, então guarde as certidões dos seus filhos na pasta e nunca as carregue. Há prós e contras, então pergunte a um advogado o que é melhor para você.',
    },
    {
      text: 'Se você recebeu documentos de imigração dos EUA, a lei diz que adultos de 18 anos ou mais devem carregá-los, como o green card ou uma permissão de trabalho. Se você está aqui com visto, a lei diz para carregar seu passaporte e o I-94. Se um agente de imigração pedir seus documentos e você estiver com eles, você deve mostrá-los.',
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
