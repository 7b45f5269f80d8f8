import type { Guide } from '../../../src/content/guide-types';

export const onTheStreet: Guide = {
  id: 'on-the-street',
  title: 'Nan lari oswa nan yon kote piblik',
  summary: 'Sa pou w fè si ajan imigrasyon kanpe ou oswa poze ou kesyon deyò lakay ou.',
  rightNow: {
    steps: [
      'Anvan ou bay non ou oswa reponn anyen, mande: "Am I free to go?" (M lib pou m ale?) Si wi, ale ak kalm.',
      'Si yo di non, di ke w ap sèvi ak dwa ou pou w rete an silans. Mande yon avoka.',
      'Pa kouri, pa diskite, pa reziste. Kenbe men ou kote ajan yo ka wè yo.',
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
    'Rete kalm. Kenbe men ou kote ajan yo ka wè yo.',
    'Anvan ou bay non ou oswa reponn anyen, mande: "Am I free to go?" (Èske m lib pou m ale?)',
    'Si ajan an di wi, ale ak kalm.',
    'Si ajan an di non, di ke w ap sèvi ak dwa ou pou w rete an silans.',
    'Di ke ou vle pale ak yon avoka.',
    'Si yo vle fouye ou oswa sak ou, di klè ke ou pa dakò.',
    'Si ou gen yon kat wouj sou ou, di ajan an anvan ou mete men pou pran l. Apre sa, montre l.',
  ],
  prepare: [
    'Kenbe yon kat wouj nan bous ou.',
    'Aprann omwen yon nimewo telefòn pa kè, an ka yo ta pran telefòn ou.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Èske m lib pou m ale?' },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Mwen vle pale ak yon avoka.' },
    { english: 'I do not consent to any search.', meaning: 'Mwen pa dakò pou nou fouye anyen.' },
    {
      english: 'I have a card in my wallet. May I take it out to show you?',
      meaning: 'Mwen gen yon kat nan bous mwen. Èske m ka pran l pou m montre ou l?',
    },
  ],
  doNot: [
    'Pa kouri. Yo ka sèvi ak kouri a kont ou.',
    'Pa diskite ak ajan yo, pa pouse yo, pa bare chemen yo.',
    'Pa bay manti, e pa montre fo papye.',
    'Si ou pa gen papye imigrasyon ameriken, pa pote ni montre papye yon lòt peyi, tankou yon paspò etranje oswa yon kat idantite konsila.',
    'Pa siyen okenn papye san ou pa pale ak yon avoka.',
  ],
  goodToKnow: [
    {
      text: 'ICE pa bezwen yon manda ("warrant") sèlman pou l pale avè w nan yon kote piblik. ICE ka arete moun deyò kay la tou, souvan ak sèlman yon manda ICE oswa san okenn manda.',
    },
    {
      text: 'Ou pa oblije di ki kote ou fèt, si ou se sitwayen, oswa kijan ou te antre nan peyi a. Yo ka sèvi ak sa ou di nan tribinal imigrasyon. Moun ki isit ak yon viza, tankou touris, etidyan oswa moun k ap vwayaje pou biznis, ka oblije reponn kesyon sou estati yo.',
    },
    {
      text: 'Gen kèk eta ki di ou dwe bay non ou si yo kanpe ou legalman epi yo mande ou kiyès ou ye. Menm lè sa a, ou pa oblije reponn lòt kesyon.',
    },
    {
      text: 'Ou ka refize yo fouye ou. Men yon ofisye ka tapote rad ou pa deyò si li panse ou gen yon zam. Pa reziste.',
    },
    {
      text: 'Yo ka sèvi ak papye yon lòt peyi nan yon ka depòtasyon pou montre ou te fèt lòt bò. Se pou sa yo di moun ki pa gen papye imigrasyon ameriken pa pote yo.',
    },
    {
      text: 'Si ou pa sitwayen ameriken, ou gen 18 an oswa plis, e yo te ba ou papye anrejistreman, lalwa di ou dwe pote yo tout tan. Egzanp: yon kat rezidans ("green card"), yon pèmi travay, oswa prèv ou te anrejistre ak Fòm G-325R. Si ou isit ak yon viza, lalwa di pou w pote paspò ou ak I-94 ou.',
    },
    {
      text: 'Si ou gen papye imigrasyon ameriken ki valab sou ou, e yon ajan imigrasyon mande ou yo, ou dwe montre yo. ACLU Arizona di obligasyon sa a se anvè ajan imigrasyon federal yo, pa anvè lapolis lokal.',
    },
    {
      text: 'Konnen dwa ou pa vle di yo p ap arete ou. Li ede pwoteje ka ou pita.',
    },
    {
      text: 'An septanm 2025, Lakou Siprèm te mete an poz yon lòd yon tribinal pi ba te bay pou zòn Los Angeles (ka a se Noem v. Vasquez Perdomo). Lòd sa a te entèdi kanpe moun sèlman pou bagay sa yo: ras oswa orijin yo sanble genyen, pale panyòl oswa angle ak yon aksan, kote a (tankou yon arè bis, yon lavaj machin oswa yon kote travayè jounalye ap tann), oswa kalite travay la. Kounye a, ajan yo ka ankò kanpe moun pou yon ti tan lè yo melanje bagay sa yo. Jij Kavanaugh te ekri ke sitwayen ak rezidan legal yo kanpe konsa ta dwe lage apre yon ti tan. Se yon poz ijans tanporè, se pa yon desizyon final, kidonk sa ka chanje.',
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
