import type { Guide } from '../../../src/content/guide-types';

export const fastTrackDeportation: Guide = {
  id: 'fast-track-deportation',
  title: 'Depòtasyon rapid ("expedited removal")',
  summary:
    'Kiyès yo ka depòte vit san yon jij, ak kijan pou w pwouve de an Ozetazini. Règ yo toujou ap chanje.',
  steps: [
    'Si ofisye yo kanpe ou, rete kalm. Mande: "Am I free to go?" (M lib pou m ale?) Si wi, ale ak kalm.',
    'Si se non, di ke w ap rete an silans e ke ou vle pale ak yon avoka.',
    'Si ou pè retounen nan peyi ou, di ofisye a sa touswit.',
    'Si yon ofisye ba ou papye, tankou Fòm I-860, pa siyen yo. Pale ak yon avoka anvan.',
    'Ale nan chak odyans tribinal imigrasyon. Pote kopi prèv ou genyen de an Ozetazini.',
  ],
  prepare: [
    'Si ou pa gen estati legal, kòmanse yon dosye ki pwouve ou rete Ozetazini depi de an oswa plis.',
    'Ranmase papye ki gen dat sou yo, tankou kontra lwaye, bòdwo limyè ak dlo, fich pewòl, deklarasyon taks ak relve bank.',
    'Mete dosye lekòl ak dosye medikal, papye manm legliz, lèt ki gen dat, yon ansyen lisans kondui, ak batistè ameriken timoun ou yo.',
    'Kontinye ajoute nouvo papye, pou dosye a rete ajou.',
    'Bay yon moun ou fè konfyans tout dosye a. Asire ou fanmi ou konnen ki kote li ye.',
    'Mande yon avoka si ou ta dwe pote kopi kèk papye ki gen dat. Si ou pote kèk, pote kopi, pa orijinal.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Èske m lib pou m ale?' },
    {
      english: 'I am afraid to return to my country.',
      meaning: 'Mwen pè retounen nan peyi mwen.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Mwen vle pale ak yon avoka.' },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
    },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Mwen p ap siyen anyen san yon avoka.',
    },
  ],
  doNot: [
    'Pa pote orijinal prèv de an ou yo. Kite yo ak yon moun ou fè konfyans.',
    'Pa pote batistè ameriken timoun ou yo. Fòm long lan montre ki kote chak paran fèt. Kenbe yo nan dosye a.',
    'Si ou pa gen papye imigrasyon ameriken, pa pote papye ki montre ou fèt nan yon lòt peyi, tankou yon paspò etranje.',
    'Pa rate yon odyans tribinal imigrasyon. Yon jij ka bay lòd pou depòte ou si ou pa la.',
    'Pa bay manti, e pa montre fo papye.',
  ],
  goodToKnow: [
    {
      text: 'Nan depòtasyon rapid, se yon ofisye imigrasyon ki bay lòd pou w soti, pa yon jij. Pa gen odyans, e anjeneral pa gen apèl. Sa ka rive nan kèk jou. Rapò yo di li ka anpeche ou tounen pandan 5 an tou.',
    },
    {
      text: 'Anjeneral li pa aplike pou sitwayen ameriken, moun ki gen kat rezidans ("green card"), moun ki te antre ak yon viza (menm si li ekspire), moun ki gen lòt papye estati, oswa timoun ki te vini pou kont yo. Moun ki isit depi 2 an oswa plis e ki ka pwouve sa anjeneral pa konsène. Moun ki di yo pè retounen jwenn yon entèvyou sou laperèz sa a.',
    },
    {
      text: '21 janvye 2025, DHS te fè depòtasyon rapid posib nenpòt kote Ozetazini. Li kouvri moun yo pa t janm kite antre legalman (admèt oswa ak "parole"), ki pa gen bon papye pou antre oswa ki te fè fwod, e ki pa ka pwouve 2 an isit san koupe. Se ofisye a ki deside si prèv la ase. DHS te di tou yo ka mete moun ki gen ka nan tribinal oswa "parole" ladan l. Se ou ki dwe pwouve 2 an yo.',
      since: '2025-01-21',
    },
    {
      text: 'Depi me 2025, ICE arete moun nan odyans tribinal imigrasyon nan anpil vil. Sa souvan rive touswit apre avoka ICE yo fè anile ka a, pou yo ka mete moun nan nan depòtasyon rapid. Men kanmenm, rate yon odyans pa an sekirite. Pale ak yon avoka anvan odyans ou si ou kapab.',
      since: '2025-05-20',
    },
    {
      text: '29 out 2025, yon jij federal nan Washington, D.C., Jij Jia Cobb, te mete an poz elajisman nan tout peyi a. Ka a se Make the Road New York v. Noem. Rapò an 2026 di yo te anile poz sa a pita (gade nòt ki vin apre a). Kidonk pa konte sou poz sa a jodi a.',
    },
    {
      text: 'Rapò an 2026 di yon tribinal apèl federal nan Washington, D.C. (D.C. Circuit) te anile poz sa a ak yon vòt 2 kont 1, kidonk yo ka sèvi ak depòtasyon rapid nan tout peyi a ankò. Rapò sa yo soti nan sous nou pa t ka konfime, e nou pa wè desizyon tribinal la limenm. Yo di tou tribinal la te deside ofisye yo pa oblije esplike kijan yon moun ta ka evite depòtasyon rapid. Règ sa yo toujou ap chanje. Mande yon avoka oswa yon gwoup ou fè konfyans sa ki aplike jodi a.',
    },
    {
      text: 'Konsèy sou pote papye pa menm. Gen kèk avoka ak gwoup ki di pou w pote kopi kèk papye ki gen dat. Lòt gwoup di moun ki pa gen papye imigrasyon ameriken pa ta dwe janm pote anyen ki montre yo fèt nan yon lòt peyi. Pifò papye ki pwouve 2 an pa montre ki kote ou fèt. Men fòm long batistè ameriken an montre ki kote chak paran fèt, kidonk kenbe batistè timoun ou yo nan dosye a e pa janm pote yo. Gen avantaj ak dezavantaj, kidonk mande yon avoka sa ki pi bon pou ou.',
    },
    {
      text: 'Si yo te ba ou papye imigrasyon ameriken, lalwa di granmoun ki gen 18 an oswa plis dwe pote yo, tankou yon kat rezidans oswa yon pèmi travay. Si ou isit ak yon viza, lalwa di pou w pote paspò ou ak I-94 ou. Si yon ajan imigrasyon mande papye ou, e ou gen yo sou ou, ou dwe montre yo.',
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
