import type { Guide } from '../../../src/content/guide-types';

export const ifYouAreDetained: Guide = {
  id: 'if-you-are-detained',
  title: 'Si yo kenbe ou oswa arete ou',
  summary: 'Sa pou w di ak sa pou w fè si ajan imigrasyon kenbe ou oswa arete ou.',
  steps: [
    'Rete kalm. Kenbe men ou kote ofisye yo ka wè yo.',
    'Di ke w ap sèvi ak dwa ou pou w rete an silans. Pa di ki kote ou fèt ni kijan ou te vin isit.',
    'Di ke ou vle pale ak yon avoka. Pa esplike ni deside anyen san yon avoka.',
    'Pa siyen okenn papye anvan ou pale ak yon avoka.',
    'Mande pou w fè yon apèl telefòn. Mande lis avoka gratis oswa ki pa chè yo.',
    'Si ou pè retounen nan peyi ou, di ofisye yo sa touswit.',
    'Si ou gen timoun ki poko gen 18 an, di ofisye yo sa touswit. Mande kijan ou ka òganize moun pou okipe yo.',
    'Si ou vle, mande ofisye yo avèti konsila peyi ou ke yo kenbe ou.',
    'Aprann non ak nimewo telefòn ofisye depòtasyon ou. Bay fanmi ou ak avoka ou yo, ansanm ak nimewo A ou ("A-number").',
  ],
  sayThis: [
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
    },
    { english: 'I want to speak with a lawyer.', meaning: 'Mwen vle pale ak yon avoka.' },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Mwen p ap siyen anyen san yon avoka.',
    },
    {
      english: 'I am afraid to return to my country.',
      meaning: 'Mwen pè retounen nan peyi mwen.',
    },
    {
      english: 'I have children under 18. I need to arrange their care.',
      meaning: 'Mwen gen timoun ki poko gen 18 an. Mwen bezwen òganize moun pou okipe yo.',
    },
    {
      english: 'Please give me the list of free legal services.',
      meaning: 'Tanpri, ban m lis sèvis legal gratis yo.',
    },
    {
      english: 'I want my consulate to be told that I am detained.',
      meaning: 'Mwen vle yo avèti konsila mwen ke m an detansyon.',
    },
  ],
  doNot: [
    'Pa bay manti, e pa montre fo papye.',
    'Pa siyen okenn papye, ni aksepte kite peyi a, san yon avoka.',
    'Si ou pa gen papye imigrasyon ameriken, pa pote ni bay papye yon lòt peyi, tankou yon paspò etranje.',
    'Pa kouri, pa pouse, pa goumen ak ofisye yo.',
    'Pa peye yon "notario" pou konsèy legal. Ozetazini, yon notè pa ka bay konsèy legal.',
  ],
  goodToKnow: [
    {
      text: 'Sèvi ak dwa ou ka pa anpeche arestasyon an. Li pwoteje ka ou pita. Nenpòt sa ou di, yo ka sèvi avè l kont ou nan tribinal imigrasyon. Moun ki isit ak yon viza, tankou touris, etidyan oswa moun k ap vwayaje pou biznis, ka oblije reponn kesyon sou estati yo.',
    },
    {
      text: 'ICE ka mande ou siyen papye. Fòm I-826 mande ou chwazi ant wè yon jij ak pati san odyans. Depa volontè ("voluntary departure") vle di ou pwomèt kite Etazini anvan yon dat limit; si ou rete apre dat la, li tounen yon lòd depòtasyon ak amann. Yon "stipulated removal order" vle di ou renonse ak odyans ou epi ou aksepte yon lòd depòtasyon, menm si ou ta ka gen yon fason pou rete. Pa siyen okenn nan yo anvan ou pale ak yon avoka.',
    },
    {
      text: 'Ka imigrasyon se ka sivil, se pa ka kriminèl. Kidonk gouvènman an pa ba ou yon avoka gratis nan tribinal imigrasyon. Se pou sa ou dwe mande lis sèvis legal gratis yo. Depatman Jistis kenbe lis sa a.',
    },
    {
      text: 'Si ou pè retounen, di l pi vit ou kapab. Nan depòtasyon rapid, moun ki mande azil jwenn yon entèvyou sou laperèz yo, yo rele "credible fear interview" (entèvyou sou krent serye).',
    },
    {
      text: '2 jiyè 2025, ICE te ranplase règ li yo pou paran ki an detansyon ak yon nouvo direktiv, 11064.4. Rapò yo di li bay paran yo mwens pwoteksyon. Ou ka toujou poze kesyon sou moun k ap okipe timoun ou yo, vizit, ak patisipe nan tribinal fanmi.',
      since: '2025-07-02',
    },
    {
      text: 'Ou ka mande pou yo avèti konsila ou ke ou an detansyon. Dwa sa a soti nan yon trete entènasyonal, Konvansyon Vyèn nan.',
    },
    {
      text: 'Konnen nimewo A ou ("A-number") anvan anyen rive. Se nimewo 8 oswa 9 chif DHS bay nenpòt moun ki te gen yon ka oswa yon benefis imigrasyon. Li sou papye imigrasyon, pèmi travay ak avi tribinal. Sou yon "Notice to Appear" (Fòm I-862), li anwo adwat.',
    },
    {
      text: 'Fanmi ou oswa avoka ou ka tcheke si ou gen yon ka oswa yon ansyen lòd nan tribinal imigrasyon. Rele liy telefòn tribinal imigrasyon an (EOIR) nan 1-800-898-7180, oswa sèvi ak sistèm EOIR sou entènèt pou estati ka yo. Toude bezwen nimewo A ou. Liy sa a montre sèlman ka ak lòd tribinal imigrasyon yo ak komisyon apèl imigrasyon an (BIA). Lòd depòtasyon rapid, ak lòt lòd ICE oswa Border Patrol bay, pa janm parèt la.',
    },
    {
      text: 'Si yo te ba ou papye imigrasyon ameriken, lalwa di granmoun ki gen 18 an oswa plis dwe pote yo, tankou yon kat rezidans ("green card") oswa yon pèmi travay. Si ou isit ak yon viza, lalwa di pou w pote paspò ou ak I-94 ou. Si yon ajan imigrasyon mande papye ou, e ou gen yo sou ou, ou dwe montre yo. Konsèy pou pa pote papye yon lòt peyi a se sèlman pou moun ki pa gen papye imigrasyon ameriken.',
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
