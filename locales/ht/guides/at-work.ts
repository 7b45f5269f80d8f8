import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: 'Nan travay',
  summary: 'Sa pou w fè si ajan imigrasyon vini kote ou travay.',
  rightNow: {
    steps: [
      'Rete kalm, pa kouri. Kenbe men ou kote ajan yo ka wè yo.',
      'Mande yon ajan: "Am I free to go?" (Èske m lib pou m ale?) Si yo di wi, ale ak kalm.',
      'Si yo di non, rete an silans epi mande yon avoka. Pa siyen anyen.',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'Èske m lib pou m ale?' },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
      },
    ],
  },
  steps: [
    'Rete kalm, pa kouri. Kenbe men ou kote ajan yo ka wè yo.',
    'Mande yon ajan: "Am I free to go?" (Èske m lib pou m ale?)',
    'Si ajan an di wi, ale ak kalm.',
    'Si ajan an di non, di ke w ap sèvi ak dwa ou pou w rete an silans.',
    'Di ke ou vle pale ak yon avoka.',
    'Si ajan yo di travayè yo fè gwoup dapre estati imigrasyon, ou pa oblije antre nan yon gwoup. Ou ka rete kote ou ye a.',
    'Lè pa gen danje, ekri sa k te pase: lè a, ajans lan, konbyen ajan ki te vini, ak sa yo te di.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Èske m lib pou m ale?' },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Mwen vle pale ak yon avoka.' },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Mwen p ap siyen anyen san yon avoka.',
    },
    { english: 'I do not consent to any search.', meaning: 'Mwen pa dakò pou nou fouye anyen.' },
  ],
  doNot: [
    'Pa kouri. Yo ka sèvi ak kouri a kont ou.',
    'Pa bay manti, e pa montre fo papye.',
    'Pa siyen anyen san ou pa pale ak yon avoka.',
    'Si ou pa gen papye imigrasyon ameriken, pa pote ni montre papye yon lòt peyi, tankou yon paspò etranje oswa yon kat idantite konsila.',
    'Pa pouse, pa bloke, pa goumen ak ajan yo.',
  ],
  goodToKnow: [
    {
      text: 'Nenpòt moun, ICE tou, ka antre nan pati piblik yon biznis, tankou sal manje a, antre a, sal datant la oswa pakin lan. Lè ajan yo la, sa pa ba yo pouvwa pou kanpe, kesyone oswa arete nenpòt moun.',
    },
    {
      text: 'Pati prive yo, tankou kizin, biwo, depo ak sal pou anplwaye sèlman, se yon lòt bagay. Pou antre, ajan yo bezwen pèmisyon patwon an oswa yon manda ("warrant") ki siyen pa yon jij federal oswa eta. Yon manda ICE pa ase. Pankat ki di "Private" (prive) ak pòt ki fèmen oswa fèmen ak kle ede.',
    },
    {
      text: 'Si patwon an, oswa yon moun patwon an otorize, kite ajan yo antre nan pati prive yo, ajan yo pa bezwen manda ankò pou pati sa yo.',
    },
    {
      text: 'Yon gwoup di ajan yo sèvi ak gwoup dapre estati imigrasyon pou yo ka idantifye moun.',
    },
    {
      text: 'Yon enspeksyon I-9 pa menm bagay ak yon rafle ("raid"). Nan yon enspeksyon, ICE tcheke fòm I-9 patwon an. Anjeneral ICE bay patwon an yon avi alekri omwen 3 jou travay anvan. Patwon an ka chwazi pa tann. ICE ka sote avi a tou si li sèvi ak yon sitasyon ("subpoena") oswa yon manda.',
    },
    {
      text: 'Nan Kalifòni, yon lwa eta yo rele AB 450 di patwon an dwe avèti travayè yo nan 72 èdtan apre li resevwa yon avi enspeksyon I-9, epi di yo rezilta yo pita. An 2018, yon tribinal federal te bloke pati ki te anpeche patwon prive kite ajan antre nan pati prive san manda yon jij. Yon tribinal apèl te dakò an 2019. Patwon yo ka toujou chwazi mande manda yon jij.',
      since: '2018-07-04',
      onlyInState: 'CA',
    },
    {
      text: 'Si ou pa sitwayen ameriken, ou gen 18 an oswa plis, e yo te ba ou papye anrejistreman, tankou yon kat rezidans ("green card") oswa yon pèmi travay, lalwa di ou dwe pote yo tout tan. Si ou isit ak yon viza, lalwa di pou w pote paspò ou ak I-94 ou. Si ou gen papye imigrasyon ameriken ki valab sou ou, e yon ajan imigrasyon mande ou yo, ou dwe montre yo.',
    },
    {
      text: 'Travayè ak patwon ka filme oswa ekri sa ajan yo fè. Men filme ajan yo ka gen risk. Otorite DHS yo rele filme ajan yo yon kalite obstriksyon. Yon atik jounal di ProPublica konte omwen 130 moun yo te arete apre yo te akize yo de anpeche oswa filme ajan. Borderless Magazine rapòte ke 24 janvye 2026, nan Minneapolis, ajan imigrasyon federal te tire epi touye yon nonm ki te eseye filme yo. Filme se chwa ou, se pa yon obligasyon. Fè l sèlman si pa gen danje. Rete a distans, pa bare chemen yo.',
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
