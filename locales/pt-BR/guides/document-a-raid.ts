import type { Guide } from '../../../src/content/guide-types';

export const documentARaid: Guide = {
  id: 'document-a-raid',
  title: 'Registrar uma batida com segurança',
  summary:
    'Como anotar ou gravar o que os agentes de imigração fazem, mantendo você e os outros em segurança.',
  stepLinks: [
    { list: 'steps', step: 2, to: 'record' },
    { list: 'steps', step: 7, to: 'record' },
    { list: 'steps', step: 8, to: 'alert' },
  ],
  steps: [
    'Sua segurança vem primeiro. Gravar é uma escolha sua. Observar e fazer anotações também ajuda.',
    'Mantenha a calma. Mantenha distância; um advogado sugere 10 a 15 pés (3 a 4,5 metros). Nunca fique entre os agentes e a pessoa parada.',
    'Anote a data, a hora e o lugar, quantos agentes e veículos, a agência escrita nos coletes e as placas.',
    'Se parecer seguro, pergunte de qual agência eles são, seus nomes e números de distintivo, e para onde levam a pessoa.',
    'Se for seguro, pergunte baixinho à pessoa levada para quem você deve ligar por ela.',
    'Se gravar, segure o celular onde os agentes possam vê-lo. Se mandarem você se afastar, afaste-se e continue gravando.',
    'Anote o que os agentes dizem e fazem, qualquer mandado ("warrant") que mostrem, qualquer uso de força ou dano, e quem foi levado.',
    'Depois, anote tudo enquanto ainda se lembra. Entregue suas anotações e vídeos à família ou ao advogado dela.',
    'Confira os fatos antes de compartilhar qualquer coisa. Conte o que viu para sua linha local de resposta rápida.',
  ],
  sayThis: [
    {
      english: 'Which agency are you with?',
      meaning: 'De qual agência vocês são?',
    },
    {
      english: 'What are your names and badge numbers?',
      meaning: 'Quais são seus nomes e números de distintivo?',
    },
    {
      english: 'Where are you taking this person?',
      meaning: 'Para onde vocês estão levando esta pessoa?',
    },
    {
      english: 'Do you have a warrant?',
      meaning: 'Vocês têm um mandado?',
    },
    {
      english: 'I am using my right to record. I will not get in your way.',
      meaning: 'Estou usando meu direito de gravar. Não vou atrapalhar vocês.',
    },
    {
      english: 'Okay. I am stepping back.',
      meaning: 'Tudo bem. Estou me afastando.',
    },
  ],
  doNot: [
    'Não toque nem bloqueie os agentes, e não fique entre eles e a pessoa parada.',
    'Não fique em propriedade privada se o dono mandar você sair.',
    'Não faça transmissão ao vivo nas redes sociais enquanto está acontecendo.',
    'Não publique rostos, placas de carro ou tatuagens de pessoas levadas. Borre-os antes.',
    'Não compartilhe uma denúncia antes de conferir. Alarmes falsos espalham medo.',
    'Não ligue para 1-866-DHS-2-ICE (1-866-347-2423) pedindo ajuda. É a linha que o ICE usa para receber denúncias sobre pessoas.',
  ],
  goodToKnow: [
    {
      text: 'Filmar agentes do ICE ou do CBP trabalhando em público é protegido pela Primeira Emenda. Isso vale para todos, cidadãos ou não. Pelo menos sete tribunais federais de apelação dizem que as pessoas podem gravar a polícia em público.',
    },
    {
      text: 'Esse direito tem limites. Não interfira com os agentes. Um dono pode fazer você sair de uma propriedade privada. Gravar pode não ser permitido dentro de um tribunal.',
    },
    {
      text: 'Gravar pode ser arriscado. Autoridades do DHS já chamaram filmar agentes de um tipo de obstrução ou até de "violência". Uma reportagem diz que a ProPublica contou pelo menos 130 pessoas presas depois de serem acusadas de interferir com agentes ou de filmá-los. A Borderless Magazine relatou que em 24 de janeiro de 2026, em Minneapolis, agentes federais de imigração atiraram e mataram um homem que tentou filmá-los. Gravar é sempre uma escolha sua. Sua segurança vem primeiro.',
      since: '2026-01-24',
    },
    {
      text: 'No trabalho, trabalhadores e empregadores também podem filmar ou anotar o que os agentes fazem durante uma batida.',
    },
    {
      text: 'Bloqueie seu celular com uma senha, não com o rosto ou a digital. Configure seus vídeos para fazer backup na nuvem.',
    },
    {
      text: 'Você pode perguntar aos agentes se eles têm um mandado, mas eles não são obrigados a mostrá-lo a alguém que só está observando.',
    },
    {
      text: 'Grupos locais de resposta rápida verificam denúncias, mandam observadores jurídicos e ajudam famílias a encontrar advogados. A United We Dream mantém uma linha nacional chamada MigraWatch para denunciar atividade do ICE e do CBP. Outros grupos divulgam o número dela como 1-844-363-1423. A notícia mais recente que encontramos com esse número é de 2019 (The Monitor), e não achamos nenhuma página da United We Dream que o informe, então ele pode não funcionar. Confira em unitedwedream.org antes de precisar.',
    },
  ],
  sources: [
    'BORDERLESS',
    'CIBERCUBA-2025',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'ICEENCOUNTER',
    'IMMLIB-MIGRAWATCH',
    'LANACION-FILM-ES',
    'LAW-5THINGS',
    'MASJIDPLUS',
    'MIRA-BYSTANDER',
    'MONITOR-2019',
    'NILC-WORK-EVU',
    'NYCLU-FILM',
    'OBSERVED-FILM',
    'RECORD-MX',
    'SANJOSE-MIGRAWATCH',
    'UWD-2019',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
