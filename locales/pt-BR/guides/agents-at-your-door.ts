import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: 'Agentes na sua porta',
  summary: 'O que fazer se agentes de imigração baterem na porta da sua casa.',
  rightNow: {
    steps: [
      'Mantenha a porta fechada. Fale com os agentes através da porta.',
      'Peça para passarem o mandado ("warrant") por baixo da porta. Veja se um juiz federal ou estadual o assinou.',
      'Fique em silêncio. Não assine nada. Peça um advogado.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Não autorizo vocês a entrar na minha casa.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Estou usando meu direito de ficar em silêncio.',
      },
    ],
  },
  stepLinks: [
    { list: 'rightNow', step: 1, to: 'warrant' },
    { list: 'steps', step: 3, to: 'warrant' },
  ],
  steps: [
    'Mantenha a porta fechada. Fale com os agentes através da porta.',
    'Pergunte quem eles são e para qual agência trabalham.',
    'Peça para passarem o mandado ("warrant") por baixo da porta ou encostarem o papel aberto em uma janela.',
    'Confira o papel. A tela "Este mandado é real?" deste aplicativo pode ajudar.',
    'Olhe o alto do papel. Um mandado de juiz tem o nome de um tribunal federal ou estadual. "Immigration Court" não conta.',
    'Veja quem assinou. Tem que ser um juiz federal ou estadual. Um juiz de imigração não conta.',
    'Se nenhum juiz federal ou estadual assinou, diga através da porta que você não autoriza a entrada.',
    'Se entrarem mesmo assim, não resista. Diga em voz alta que você não autoriza a entrada nem nenhuma revista.',
    'Se um juiz federal ou estadual assinou e o endereço está certo, não resista nem bloqueie os agentes.',
    'Com um mandado de juiz, alguns grupos dizem para deixá-los entrar com calma. Fique em silêncio, não assine e ligue para um advogado.',
    'Você e todos em casa podem ficar em silêncio. Diga que quer falar com um advogado.',
    'Peça os nomes e os números de distintivo deles. Anote tudo o que acontecer.',
  ],
  prepare: [
    'Pratique o plano com todos em casa. Todo adulto precisa saber que não deve abrir a porta.',
    'Cole um lembrete dos seus direitos na parte de dentro da porta.',
    'Mantenha os portões fechados e trancados.',
    'Configure seu celular para salvar fotos e vídeos na nuvem.',
  ],
  sayThis: [
    {
      english: 'Who are you, and which agency are you with?',
      meaning: 'Quem são vocês e de qual agência são?',
    },
    {
      english: 'Please slide the warrant under the door or hold it up to the window.',
      meaning: 'Por favor, passem o mandado por baixo da porta ou mostrem na janela.',
    },
    {
      english: 'I do not consent to you entering my home.',
      meaning: 'Não autorizo vocês a entrar na minha casa.',
    },
    {
      english: 'I do not consent to any search.',
      meaning: 'Não autorizo nenhuma revista.',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estou usando meu direito de ficar em silêncio.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quero falar com um advogado.',
    },
  ],
  doNot: [
    'Não abra a porta.',
    'Não minta e não mostre documentos falsos.',
    'Não empurre, não bloqueie e não brigue com os agentes, mesmo se eles entrarem.',
    'Não assine nenhum papel.',
    'Não aceite ir com os agentes a um escritório nem "encontrá-los para um café".',
  ],
  goodToKnow: [
    {
      text: 'Os agentes nem sempre dizem que são do ICE. Podem dizer que são da polícia ou outra coisa. Os coletes deles podem dizer POLICE. O ICE permite esse truque, então não tome como certo o que eles dizem.',
    },
    {
      text: 'O ICE pode entrar legalmente se qualquer adulto da casa deixar. Todos em casa precisam conhecer o plano, não só a pessoa que os agentes procuram.',
    },
    {
      text: 'Abrir a porta não é o mesmo que autorizar a entrada. Mas os agentes podem tratar uma porta aberta como um sim e forçar a entrada. É mais seguro mantê-la fechada.',
    },
    {
      text: 'O ICE pode prender pessoas fora de casa, muitas vezes só com um mandado do ICE ou sem mandado nenhum. Os agentes muitas vezes esperam na rua as pessoas saírem para o trabalho.',
    },
    {
      text: 'Um mandado de juiz tem no alto o nome de um tribunal federal ou estadual, como "U.S. District Court" ou um tribunal estadual. Um juiz federal ou estadual, ou um magistrado ("magistrate"), assina e coloca a data. Ele deve ter o endereço certo e o nome de uma pessoa que mora ali, ou os lugares que serão revistados. Não pode estar vencido. Um mandado de juiz verdadeiro permite que os agentes entrem e revistem os lugares que ele nomeia, ou prendam a pessoa que ele nomeia.',
    },
    {
      text: 'Um tribunal de imigração faz parte do Departamento de Justiça. Não é um tribunal federal ou estadual. Por isso, um papel que diz "Immigration Court" ou "Executive Office for Immigration Review" no alto, ou que foi assinado por um juiz de imigração, não é um mandado de juiz.',
    },
    {
      text: 'Um mandado do ICE diz "Department of Homeland Security" no alto. Um oficial de imigração o assina, ou às vezes um juiz de imigração. Os Formulários I-200 e I-205 são mandados do ICE. O ICE muito raramente tem um mandado de juiz. Há anos, grupos de direitos dizem que um mandado do ICE sozinho não dá aos agentes permissão para entrar em uma casa.',
    },
    {
      text: 'Um memorando do ICE de maio de 2025 foi tornado público em janeiro de 2026. Ele afirma que os agentes podem entrar à força na casa de uma pessoa com ordem final de deportação, usando só o Formulário I-205. Segundo relatos, ele vale só para a casa da própria pessoa, das 6 da manhã às 10 da noite, e não permite uma busca geral. Para entrar na casa de qualquer outra pessoa, os agentes ainda precisam de autorização, de uma emergência ou de um mandado assinado por um juiz federal ou estadual. Essa afirmação é contestada e está sendo combatida na Justiça. Em janeiro de 2026, um juiz federal em Minnesota decidiu que uma dessas entradas violou a Constituição. O juiz não decidiu sobre o memorando em si. Os passos seguros não mudaram: não abra a porta, não autorize e não resista fisicamente.',
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
