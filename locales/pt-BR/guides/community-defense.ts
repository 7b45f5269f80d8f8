import type { Guide } from '../../../src/content/guide-types';

export const communityDefense: Guide = {
  id: 'community-defense',
  title: 'Defesa da comunidade',
  summary:
    'Como os vizinhos podem se preparar juntos e se ajudar com segurança quando agentes de imigração chegam.',
  stepLinks: [
    { list: 'steps', step: 3, to: 'alert' },
    { list: 'steps', step: 5, to: 'record' },
  ],
  steps: [
    'Descubra o número da sua linha local de resposta rápida. Salve no celular e compartilhe com seus vizinhos.',
    'Aprendam juntos os seus direitos, você, sua família e seus vizinhos. Garanta que todo adulto em casa conheça o plano.',
    'Ajude cada família a fazer um plano por escrito. Cada adulto deve decorar pelo menos um número de telefone.',
    'Pratique o plano em casa. Cole um lembrete dos seus direitos na parte de dentro da porta da frente.',
    'Encontre um advogado de imigração ou um grupo de assistência jurídica de confiança antes que alguém precise.',
    'Se você vir agentes, mantenha a calma e uma distância segura. Observe e anote o que você vê.',
    'Se for seguro, pergunte baixinho à pessoa levada para quem você deve ligar por ela.',
    'Conte o que viu para sua linha local de resposta rápida. Eles verificam denúncias e podem mandar observadores jurídicos.',
    'Compartilhe só notícias que uma equipe de resposta rápida verificou. Ajude a parar os boatos.',
  ],
  sayThis: [
    {
      english: 'Which agency are you with?',
      meaning: 'De qual agência vocês são?',
    },
    {
      english: 'Where are you taking this person?',
      meaning: 'Para onde vocês estão levando esta pessoa?',
    },
    {
      english: 'I am a witness. I will not get in your way.',
      meaning: 'Sou testemunha. Não vou atrapalhar vocês.',
    },
    {
      english: 'Okay. I am stepping back.',
      meaning: 'Tudo bem. Estou me afastando.',
    },
  ],
  doNot: [
    'Não espalhe denúncias que ninguém verificou. Alarmes falsos causam medo e pânico.',
    'Não toque nem bloqueie os agentes, e não fique entre eles e a pessoa parada.',
    'Não publique rostos, placas de carro ou tatuagens de pessoas levadas.',
    'Não ligue para 1-866-DHS-2-ICE (1-866-347-2423) pedindo ajuda. É a linha que o ICE usa para receber denúncias sobre pessoas.',
    'Não busque orientação jurídica com um "notario". Nos EUA, um notário público ("notary public") não pode dar orientação jurídica.',
    'Não compre cartões vermelhos de vendedores nas redes sociais. O ILRC deixa você baixá-los e imprimi-los de graça.',
  ],
  goodToKnow: [
    {
      text: 'As redes de resposta rápida são grupos locais. Elas verificam denúncias de batidas, mandam observadores jurídicos e ajudam famílias a encontrar advogados.',
    },
    {
      text: 'A United We Dream mantém uma linha nacional chamada MigraWatch para denunciar atividade do ICE e do CBP. Outros grupos divulgam o número dela como 1-844-363-1423. A notícia mais recente que encontramos com esse número é de 2019 (The Monitor), e não achamos nenhuma página da United We Dream que o informe, então ele pode não funcionar. Confira em unitedwedream.org antes de precisar.',
    },
    {
      text: 'Toda família deve ter um plano por escrito, seja qual for sua situação. Sem ele, as crianças podem ir para um lar temporário ("foster care"). Entregue o plano a uma pessoa de confiança. Nunca o entregue ao ICE.',
    },
    {
      text: 'Os cartões vermelhos são cartões pequenos do Immigrant Legal Resource Center. Eles dizem aos agentes que a pessoa está usando seus direitos pela Constituição. Um cartão vermelho não é documento de identidade. Ele não impede uma prisão em público nem um mandado ("warrant") válido assinado por um juiz federal ou estadual (não um juiz de imigração).',
    },
    {
      text: 'Conhecer seus direitos não quer dizer que você não será preso. Isso pode ajudar a proteger seu caso depois.',
    },
    {
      text: 'Filmar agentes em público é protegido pela Primeira Emenda, mas pode ser arriscado. Uma reportagem diz que a ProPublica contou pelo menos 130 pessoas presas depois de serem acusadas de interferir com agentes ou de filmá-los. A Borderless Magazine relatou que em 24 de janeiro de 2026, em Minneapolis, agentes federais de imigração atiraram e mataram um homem que tentou filmá-los. Gravar é uma escolha sua. A segurança vem primeiro.',
      since: '2026-01-24',
    },
    {
      text: 'Este guia não é orientação jurídica. As leis mudam de um estado para outro, e as regras mudaram muitas vezes em 2025 e 2026. Fale com um advogado de imigração sobre o seu caso.',
    },
  ],
  sources: [
    'ALC-2023',
    'BORDERLESS',
    'CIBERCUBA-2025',
    'CLEARMEDIA',
    'CLINIC-SG',
    'CONMIGRA-ES',
    'HOLT-MD',
    'ICEENCOUNTER',
    'IDP-KYR',
    'IDP-PLAN',
    'ILRC-CARD-TEXT',
    'ILRC-FPP',
    'ILRC-NYT',
    'IMMLIB-MIGRAWATCH',
    'JUSTICE4ALL',
    'KYRHUB-COUNSEL',
    'LACSN-FPP',
    'LANACION-FILM-ES',
    'LULAC-WI',
    'MIJENTE-BLOG',
    'MIRA-BYSTANDER',
    'MONITOR-2019',
    'NILC-ES',
    'NYCLU-FILM',
    'OLH-WARRANTS',
    'RECORD-MX',
    'SANJOSE-MIGRAWATCH',
    'TELEMUNDO',
    'UNIDOS-MN',
    'UWD-2019',
    'UWD-KYR',
    'WISLAW',
  ],
  lastReviewed: '2026-12-05',
};
