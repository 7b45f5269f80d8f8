import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: 'No trabalho',
  summary: 'O que fazer se agentes de imigração chegarem ao lugar onde você trabalha.',
  rightNow: {
    steps: [
      'Mantenha a calma e não corra. Mantenha as mãos onde os agentes possam vê-las.',
      'Pergunte a um agente: "Am I free to go?" (Posso ir embora?). Se a resposta for sim, vá embora com calma.',
      'Se a resposta for não, fique em silêncio e peça um advogado. Não assine nada.',
    ],
    sayThis: [
      {
        english: 'Am I free to go?',
        meaning: 'Posso ir embora?',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Estou usando meu direito de ficar em silêncio.',
      },
    ],
  },
  steps: [
    'Mantenha a calma e não corra. Mantenha as mãos onde os agentes possam vê-las.',
    'Pergunte a um agente: "Am I free to go?" (Posso ir embora?)',
    'Se o agente disser que sim, vá embora com calma.',
    'Se o agente disser que não, diga que está usando seu direito de ficar em silêncio.',
    'Diga que quer falar com um advogado.',
    'Se os agentes mandarem os trabalhadores se separar em grupos por situação migratória, você não precisa entrar em um grupo. Pode ficar onde está.',
    'Quando for seguro, anote o que aconteceu: a hora, a agência, quantos agentes vieram e o que disseram.',
  ],
  sayThis: [
    {
      english: 'Am I free to go?',
      meaning: 'Posso ir embora?',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estou usando meu direito de ficar em silêncio.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quero falar com um advogado.',
    },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Não vou assinar nada sem um advogado.',
    },
    {
      english: 'I do not consent to any search.',
      meaning: 'Não autorizo nenhuma revista.',
    },
  ],
  doNot: [
    'Não corra. Correr pode ser usado contra você.',
    'Não minta e não mostre documentos falsos.',
    'Não assine nada sem falar com um advogado.',
    'Se você não tem documentos de imigração dos EUA, não carregue nem mostre documentos de outro país, como passaporte estrangeiro ou matrícula consular.',
    'Não empurre, não bloqueie e não brigue com os agentes.',
  ],
  goodToKnow: [
    {
      text: 'Qualquer pessoa, inclusive o ICE, pode entrar nas partes abertas ao público de um negócio, como o salão, a recepção, a sala de espera ou o estacionamento. Estar ali não dá aos agentes o poder de parar, interrogar ou prender qualquer pessoa.',
    },
    {
      text: 'As áreas privadas, como cozinhas, escritórios, depósitos e salas só para funcionários, são diferentes. Para entrar, os agentes precisam da autorização do empregador ou de um mandado ("warrant") assinado por um juiz federal ou estadual. Um mandado do ICE não basta. Placas que dizem "Private" (Privado) e portas fechadas ou trancadas ajudam.',
    },
    {
      text: 'Se o empregador, ou alguém que o empregador autoriza, deixar os agentes entrarem nas áreas privadas, os agentes não precisam mais de mandado para essas áreas.',
    },
    {
      text: 'Um grupo diz que os agentes usam os grupos por situação migratória para identificar pessoas.',
    },
    {
      text: 'Uma inspeção do I-9 é diferente de uma batida. Em uma inspeção, o ICE confere os formulários I-9 do empregador. O ICE normalmente avisa o empregador por escrito pelo menos 3 dias úteis antes. O empregador pode escolher não esperar. O ICE também pode pular o aviso se usar uma intimação ("subpoena") ou um mandado.',
    },
    {
      text: 'Na Califórnia, uma lei estadual chamada AB 450 diz que o empregador deve avisar os trabalhadores em até 72 horas depois de receber um aviso de inspeção do I-9, e contar os resultados depois. Em 2018, um tribunal federal bloqueou a parte que impedia empregadores privados de deixar agentes entrarem em áreas privadas sem mandado de juiz. Um tribunal de apelação concordou em 2019. Os empregadores ainda podem escolher pedir um mandado de juiz.',
      since: '2018-07-04',
      onlyInState: 'CA',
    },
    {
      text: 'Se você não é cidadão dos EUA, tem 18 anos ou mais e recebeu documentos de registro, como o green card ou uma permissão de trabalho, a lei diz que você deve carregá-los sempre. Se você está aqui com visto, a lei diz para carregar seu passaporte e o I-94. Se você tem documentos de imigração dos EUA válidos com você e um agente de imigração pedir, você deve mostrá-los.',
    },
    {
      text: 'Trabalhadores e empregadores podem filmar ou anotar o que os agentes fazem. Mas filmar agentes pode ser arriscado. Autoridades do DHS já chamaram filmar agentes de um tipo de obstrução. Uma reportagem diz que a ProPublica contou pelo menos 130 pessoas presas depois de serem acusadas de interferir com agentes ou de filmá-los. A Borderless Magazine relatou que em 24 de janeiro de 2026, em Minneapolis, agentes federais de imigração atiraram e mataram um homem que tentou filmá-los. Filmar é uma escolha sua, não um dever. Só faça isso se for seguro. Mantenha distância e não fique no caminho.',
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
