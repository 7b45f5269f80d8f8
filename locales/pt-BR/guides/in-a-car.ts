import type { Guide } from '../../../src/content/guide-types';

export const inACar: Guide = {
  id: 'in-a-car',
  title: 'No carro, nos postos de controle e na faixa de fronteira de 100 milhas',
  summary:
    'O que fazer se a polícia ou agentes de imigração pararem seu carro, ou em um posto de controle da Patrulha de Fronteira.',
  rightNow: {
    steps: [
      'Encoste em um lugar seguro. Desligue o motor. Mãos no volante.',
      'Quando pedirem, o motorista mostra a carteira de motorista, o documento do carro e a prova de seguro.',
      'Você pode ficar em silêncio sobre sua situação migratória. Diga não a uma revista do carro.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Estou usando meu direito de ficar em silêncio.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'Não autorizo uma revista do meu carro.',
      },
    ],
  },
  steps: [
    'Quando fizerem sinal para você parar, encoste em um lugar seguro.',
    'Desligue o motor. Acenda a luz de dentro do carro.',
    'Abaixe o vidro até a metade. Mantenha as mãos no volante.',
    'Se você é o motorista e pedirem, mostre sua carteira de motorista, o documento do carro e a prova de seguro.',
    'Você pode ficar em silêncio sobre sua situação migratória e onde nasceu. Quem tem visto pode ter que responder. Diga que está usando esse direito.',
    'Se você é passageiro, também pode ficar em silêncio. Pergunte se pode ir embora. Se sim, vá embora sem fazer barulho.',
    'Se pedirem para revistar o carro, diga com clareza que não autoriza.',
    'Em um posto de controle da Patrulha de Fronteira, você pode ficar em silêncio. Se segurarem você depois de algumas perguntas, pergunte se está detido.',
  ],
  sayThis: [
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Estou usando meu direito de ficar em silêncio.',
    },
    {
      english: 'I do not consent to a search of my car.',
      meaning: 'Não autorizo uma revista do meu carro.',
    },
    {
      english: 'Am I free to go?',
      meaning: 'Posso ir embora?',
    },
    {
      english: 'Am I being detained?',
      meaning: 'Estou sendo detido?',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Quero falar com um advogado.',
    },
  ],
  doNot: [
    'Não minta para a polícia nem para os agentes.',
    'Nunca guarde documentos falsos no carro e nunca os mostre.',
    'Não fique no caminho de uma revista com o seu corpo, mesmo se você disse não.',
    'Se você não tem documentos de imigração dos EUA, não carregue nem mostre documentos de outro país, como passaporte estrangeiro ou matrícula consular.',
  ],
  goodToKnow: [
    {
      text: 'Você pode dizer não a uma revista. Mas a polícia ainda pode revistar o carro sem sua autorização se acreditar que há prova de um crime. Isso se chama causa provável ("probable cause").',
    },
    {
      text: 'Uma regra federal permite que o CBP, a agência de fronteira, atue até 100 milhas de qualquer fronteira terrestre ou litoral. Isso muitas vezes é chamado de faixa de fronteira de 100 milhas. Cerca de duas em cada três pessoas nos EUA moram nela.',
    },
    {
      text: 'Em um posto de controle nessa faixa, a Patrulha de Fronteira pode parar seu carro por pouco tempo e perguntar sobre cidadania, mesmo sem suspeitar de nada. Para segurar você por mais tempo, precisam de suspeita razoável ("reasonable suspicion"). Para revistar o carro, precisam de um mandado ("warrant") ou de causa provável. Longe dos postos de controle, a Patrulha de Fronteira precisa de suspeita razoável para parar um carro.',
    },
    {
      text: 'Pessoas com visto, como turistas, estudantes e viajantes a negócios, têm deveres diferentes. Elas podem ter que responder perguntas sobre sua situação migratória.',
    },
    {
      text: 'Se você não é cidadão dos EUA, tem 18 anos ou mais e recebeu documentos de registro, a lei diz que você deve carregá-los sempre. Exemplos são o green card, uma permissão de trabalho ou a prova de que você se registrou no Formulário G-325R. Se você está aqui com visto, a lei diz para carregar seu passaporte e o I-94. Não carregá-los é crime. Pode significar uma multa de até $5,000 e até 30 dias de prisão. No passado, essa regra raramente era aplicada. Em abril de 2025, e de novo em julho de 2025, o governo lembrou as pessoas dela em público. Se você tem green card, carregue o original, não só uma foto no celular.',
      since: '2025-04',
    },
    {
      text: 'Se você tem documentos de imigração dos EUA válidos com você e um agente de imigração pedir, você deve mostrá-los. A ACLU do Arizona diz que esse dever é com os agentes federais de imigração, não com a polícia local. O conselho de não carregar documentos de outro país é só para pessoas sem documentos de imigração dos EUA.',
    },
    {
      text: 'Em 2025, foram relatados postos de controle do CBP e verificações em ônibus longe da fronteira sul. Em junho de 2025, isso foi relatado na rodovia I-95 no Maine, a cerca de 80 milhas do Canadá. Cidadãos dos EUA não são obrigados a carregar prova de cidadania.',
      since: '2025-06',
    },
  ],
  sources: [
    'ACLU-100',
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLUM',
    'AILA-REG-FINE',
    'AIR-LEGAL',
    'ALR-2025',
    'DESITALK-2025',
    'DOCUMENTEDNY',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IRC-CARRY',
    'LAWHELPNY-REG',
    'MIINDIA-264E',
    'MOLINAS-CHECKPOINT',
    'NAVARRETE',
    'NILC-ES',
    'SDLR',
    'SUMNER-264E',
    'TEENVOGUE',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
