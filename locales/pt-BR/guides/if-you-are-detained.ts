import type { Guide } from '../../../src/content/guide-types';

export const ifYouAreDetained: Guide = {
  id: 'if-you-are-detained',
  title: 'Se você for detido ou preso',
  summary: 'O que dizer e fazer se agentes de imigração segurarem ou prenderem você.',
  steps: [
    'Mantenha a calma. Mantenha as mãos onde os agentes possam vê-las.',
    'Diga que está usando seu direito de ficar em silêncio. Não diga onde nasceu nem como chegou aqui.',
    'Diga que quer falar com um advogado. Não explique nem decida nada sem um.',
    'Não assine nenhum papel antes de falar com um advogado.',
    'Peça para fazer uma ligação. Peça a lista de advogados gratuitos ou de baixo custo.',
    'Se você tem medo de voltar para o seu país, diga isso aos agentes imediatamente.',
    'Se você tem filhos menores de 18 anos, diga isso aos agentes imediatamente. Pergunte como pode organizar quem cuida deles.',
    'Se quiser, peça aos agentes para avisar o consulado do seu país que você está detido.',
    'Descubra o nome e o telefone do seu oficial de deportação. Passe esses dados e seu número A ("A-number") para sua família e seu advogado.',
  ],
  sayThis: [
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
      english: 'I am afraid to return to my country.',
      meaning: 'Tenho medo de voltar para o meu país.',
    },
    {
      english: 'I have children under 18. I need to arrange their care.',
      meaning: 'Tenho filhos menores de 18 anos. Preciso organizar quem cuida deles.',
    },
    {
      english: 'Please give me the list of free legal services.',
      meaning: 'Por favor, me dê a lista de serviços jurídicos gratuitos.',
    },
    {
      english: 'I want my consulate to be told that I am detained.',
      meaning: 'Quero que avisem o meu consulado que estou detido.',
    },
  ],
  doNot: [
    'Não minta e não mostre documentos falsos.',
    'Não assine nenhum papel nem aceite sair do país sem um advogado.',
    'Se você não tem documentos de imigração dos EUA, não carregue nem entregue documentos de outro país, como passaporte estrangeiro.',
    'Não corra, não empurre e não brigue com os agentes.',
    'Não pague um "notario" por orientação jurídica. Nos EUA, um notário ("notary") não pode dar orientação jurídica.',
  ],
  goodToKnow: [
    {
      text: 'Usar seus direitos pode não impedir a prisão. Isso protege seu caso depois. Qualquer coisa que você disser pode ser usada contra você no tribunal de imigração. Pessoas que estão aqui com visto, como turistas, estudantes ou viajantes a negócios, podem ter que responder perguntas sobre sua situação.',
    },
    {
      text: 'O ICE pode pedir que você assine papéis. O Formulário I-826 pede que você escolha entre ver um juiz e sair sem audiência. A saída voluntária ("voluntary departure") quer dizer que você promete sair dos EUA até uma data-limite; se ficar depois dela, ela vira uma ordem de deportação com multas. Uma ordem de deportação acordada ("stipulated removal order") quer dizer que você abre mão da sua audiência e aceita uma ordem de deportação, mesmo que talvez tenha um jeito de ficar. Não assine nenhum deles antes de falar com um advogado.',
    },
    {
      text: 'Os casos de imigração são civis, não criminais. Por isso, o governo não dá a você um advogado gratuito no tribunal de imigração. É por isso que você deve pedir a lista de serviços jurídicos gratuitos. O Departamento de Justiça mantém essa lista.',
    },
    {
      text: 'Se você tem medo de voltar, diga isso o quanto antes. Na deportação acelerada, quem pede asilo tem uma entrevista sobre o seu medo, chamada "entrevista de medo crível" ("credible fear interview").',
    },
    {
      text: 'Em 2 de julho de 2025, o ICE trocou suas regras para pais detidos por uma nova diretriz, a 11064.4. Relatos dizem que ela dá menos proteções aos pais. Você ainda pode perguntar sobre o cuidado dos seus filhos, visitas e a participação no tribunal de família.',
      since: '2025-07-02',
    },
    {
      text: 'Você pode pedir que avisem o seu consulado que você está detido. Esse direito vem de um tratado internacional, a Convenção de Viena.',
    },
    {
      text: 'Saiba seu número A antes que algo aconteça. É o número de 8 ou 9 dígitos que o DHS dá a qualquer pessoa que já teve um processo ou benefício de imigração. Ele está nos documentos de imigração, nas permissões de trabalho e nos avisos do tribunal. Em uma Notificação de Comparecimento ("Notice to Appear", Formulário I-862), ele fica no alto, à direita.',
    },
    {
      text: 'Sua família ou seu advogado podem ver se você tem um processo ou uma ordem antiga no tribunal de imigração. Ligue para a linha telefônica do tribunal de imigração (EOIR) no 1-800-898-7180, ou use o sistema online de situação de casos da EOIR. Os dois precisam do seu número A. Essa linha mostra só processos e ordens dos tribunais de imigração e do conselho de apelações de imigração (BIA). Ordens de deportação acelerada, e outras ordens feitas pelo ICE ou pela Patrulha de Fronteira, nunca aparecem ali.',
    },
    {
      text: 'Se você recebeu documentos de imigração dos EUA, a lei diz que adultos de 18 anos ou mais devem carregá-los, como o green card ou uma permissão de trabalho. Se você está aqui com visto, a lei diz para carregar seu passaporte e o I-94. Se um agente de imigração pedir seus documentos e você estiver com eles, você deve mostrá-los. O conselho de não carregar documentos de outro país é só para pessoas sem documentos de imigração dos EUA.',
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
