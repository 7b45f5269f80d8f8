import type { Guide } from '../../../src/content/guide-types';

export const onTheStreet: Guide = {
  id: 'on-the-street',
  title: 'Na rua ou em público',
  summary: 'O que fazer se agentes de imigração pararem você ou fizerem perguntas fora da sua casa.',
  rightNow: {
    steps: [
      'Antes de dar seu nome ou responder qualquer coisa, pergunte: "Am I free to go?" (Posso ir embora?). Se sim, vá embora com calma.',
      'Se a resposta for não, diga que está usando seu direito de ficar em silêncio. Peça um advogado.',
      'Não corra, não discuta e não resista. Mantenha as mãos onde os agentes possam vê-las.',
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
    'Mantenha a calma. Mantenha as mãos onde os agentes possam vê-las.',
    'Antes de dar seu nome ou responder qualquer coisa, pergunte: "Am I free to go?" (Posso ir embora?)',
    'Se o agente disser que sim, vá embora com calma.',
    'Se o agente disser que não, diga que está usando seu direito de ficar em silêncio.',
    'Diga que quer falar com um advogado.',
    'Se quiserem revistar você ou suas bolsas, diga com clareza que não autoriza.',
    'Se você tiver um cartão vermelho, avise o agente antes de pegá-lo. Depois mostre.',
  ],
  prepare: [
    'Guarde um cartão vermelho na sua carteira.',
    'Decore pelo menos um número de telefone, caso peguem seu celular.',
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
      english: 'I do not consent to any search.',
      meaning: 'Não autorizo nenhuma revista.',
    },
    {
      english: 'I have a card in my wallet. May I take it out to show you?',
      meaning: 'Tenho um cartão na carteira. Posso pegá-lo para mostrar?',
    },
  ],
  doNot: [
    'Não corra. Correr pode ser usado contra você.',
    'Não discuta com os agentes, não os empurre e não bloqueie o caminho deles.',
    'Não minta e não mostre documentos falsos.',
    'Se você não tem documentos de imigração dos EUA, não carregue nem mostre documentos de outro país, como passaporte estrangeiro ou matrícula consular.',
    'Não assine nenhum papel sem falar com um advogado.',
  ],
  goodToKnow: [
    {
      text: 'O ICE não precisa de mandado ("warrant") só para falar com você em público. O ICE também pode prender pessoas fora de casa, muitas vezes só com um mandado do ICE ou sem mandado nenhum.',
    },
    {
      text: 'Você não é obrigado a dizer onde nasceu, se é cidadão ou como entrou no país. O que você disser pode ser usado no tribunal de imigração. Pessoas que estão aqui com visto, como turistas, estudantes ou viajantes a negócios, podem ter que responder perguntas sobre sua situação.',
    },
    {
      text: 'Alguns estados dizem que você deve dar seu nome se for parado legalmente e perguntarem quem você é. Mesmo assim, você não é obrigado a responder outras perguntas.',
    },
    {
      text: 'Você pode recusar uma revista. Mas um policial pode apalpar a parte de fora da sua roupa se achar que você tem uma arma. Não resista.',
    },
    {
      text: 'Documentos de outro país podem ser usados em um processo de deportação para mostrar que você nasceu no exterior. Por isso, as pessoas sem documentos de imigração dos EUA são orientadas a não carregá-los.',
    },
    {
      text: 'Se você não é cidadão dos EUA, tem 18 anos ou mais e recebeu documentos de registro, a lei diz que você deve carregá-los sempre. Exemplos são o green card, uma permissão de trabalho ou a prova de que você se registrou no Formulário G-325R. Se você está aqui com visto, a lei diz para carregar seu passaporte e o I-94.',
    },
    {
      text: 'Se você tem documentos de imigração dos EUA válidos com você e um agente de imigração pedir, você deve mostrá-los. A ACLU do Arizona diz que esse dever é com os agentes federais de imigração, não com a polícia local.',
    },
    {
      text: 'Conhecer seus direitos não quer dizer que você não será preso. Isso ajuda a proteger seu caso depois.',
    },
    {
      text: 'Em setembro de 2025, a Suprema Corte suspendeu uma ordem de um tribunal inferior para a região de Los Angeles (o caso é Noem v. Vasquez Perdomo). Essa ordem proibia abordagens baseadas só nestas coisas: raça ou etnia aparente, falar espanhol ou inglês com sotaque, o lugar (como um ponto de ônibus, um lava-rápido ou um ponto de diaristas) ou o tipo de trabalho. Agora os agentes ali podem de novo fazer abordagens rápidas usando uma mistura dessas coisas. O juiz Kavanaugh escreveu que cidadãos e residentes legais abordados assim devem ser liberados depois de uma abordagem rápida. É uma suspensão temporária de emergência, não uma decisão final, então pode mudar.',
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
