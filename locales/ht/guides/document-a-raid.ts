import type { Guide } from '../../../src/content/guide-types';

export const documentARaid: Guide = {
  id: 'document-a-raid',
  title: 'Dokimante yon rafle san danje',
  summary:
    'Kijan pou w ekri oswa anrejistre sa ajan imigrasyon yo fè, pandan w ap pwoteje tèt ou ak lòt moun.',
  stepLinks: [
    { list: 'steps', step: 2, to: 'record' },
    { list: 'steps', step: 7, to: 'record' },
    { list: 'steps', step: 8, to: 'alert' },
  ],
  steps: [
    'Sekirite ou anvan tout bagay. Anrejistre se chwa ou. Gade epi pran nòt ede tou.',
    'Rete kalm. Rete lwen; yon avoka sijere 10 a 15 pye (3-4.5 mèt). Pa janm antre ant ajan yo ak moun yo kanpe a.',
    'Ekri dat la, lè a ak kote a, konbyen ajan ak machin, ajans ki ekri sou vès yo, ak plak yo.',
    'Si sa sanble san danje, mande ak ki ajans yo ye, non yo ak nimewo badj yo, ak ki kote y ap mennen moun nan.',
    'Si pa gen danje, mande moun y ap mennen an, san fè bri, kiyès ou ta dwe rele pou li.',
    'Si w ap anrejistre, kenbe telefòn ou kote ajan yo ka wè l. Si yo di ou fè bak, fè bak epi kontinye anrejistre.',
    'Note sa ajan yo di ak fè, nenpòt manda ("warrant") yo montre, nenpòt fòs oswa domaj, ak kiyès yo te pran.',
    'Apre sa, ekri tout bagay pandan ou toujou sonje. Bay fanmi an oswa avoka yo nòt ou ak videyo ou.',
    'Tcheke sa ki vre anvan ou pataje anyen. Rapòte sa ou te wè bay liy repons rapid lokal ou.',
  ],
  sayThis: [
    { english: 'Which agency are you with?', meaning: 'Ak ki ajans nou ye?' },
    {
      english: 'What are your names and badge numbers?',
      meaning: 'Ki non nou ak ki nimewo badj nou?',
    },
    { english: 'Where are you taking this person?', meaning: 'Ki kote n ap mennen moun sa a?' },
    { english: 'Do you have a warrant?', meaning: 'Èske nou gen yon manda?' },
    {
      english: 'I am using my right to record. I will not get in your way.',
      meaning: 'Mwen sèvi ak dwa mwen pou m anrejistre. Mwen p ap bare chemen nou.',
    },
    { english: 'Okay. I am stepping back.', meaning: 'Dakò. M ap fè bak.' },
  ],
  doNot: [
    'Pa manyen ajan yo, pa bloke yo, e pa mete ou ant yo ak moun yo kanpe a.',
    'Pa rete sou yon pwopriyete prive si mèt la di ou ale.',
    'Pa fè "live" sou rezo sosyal pandan sa ap pase.',
    'Pa poste figi, plak machin oswa tatou moun yo te pran. Fè yo flou anvan.',
    'Pa pataje yon rapò anvan ou tcheke l. Fo alèt gaye laperèz.',
    'Pa rele 1-866-DHS-2-ICE (1-866-347-2423) pou jwenn èd. Se liy ICE sèvi pou resevwa denonsyasyon sou moun.',
  ],
  goodToKnow: [
    {
      text: 'Filme ajan ICE oswa CBP pandan y ap travay an piblik pwoteje pa Premye Amandman an. Sa vre pou tout moun, sitwayen oswa non. Omwen sèt tribinal apèl federal di moun ka anrejistre lapolis an piblik.',
    },
    {
      text: 'Dwa sa a gen limit. Pa anpeche ajan yo fè travay yo. Yon mèt kay ka fè ou kite yon pwopriyete prive. Yo ka pa pèmèt anrejistre anndan yon tribinal.',
    },
    {
      text: 'Anrejistre ka gen risk. Otorite DHS yo rele filme ajan yo yon kalite obstriksyon oswa menm "vyolans". Yon atik jounal di ProPublica konte omwen 130 moun yo te arete apre yo te akize yo de anpeche oswa filme ajan. Borderless Magazine rapòte ke 24 janvye 2026, nan Minneapolis, ajan imigrasyon federal te tire epi touye yon nonm ki te eseye filme yo. Anrejistre se toujou chwa ou. Sekirite ou vini anvan.',
      since: '2026-01-24',
    },
    {
      text: 'Nan travay, travayè ak patwon ka filme oswa ekri sa ajan yo fè pandan yon rafle tou.',
    },
    {
      text: 'Bloke telefòn ou ak yon kòd, pa ak figi ou oswa anprent dwèt ou. Regle videyo ou yo pou yo sere nan nwaj la ("cloud").',
    },
    {
      text: 'Ou ka mande ajan yo si yo gen yon manda, men yo pa oblije montre l bay yon moun k ap gade sèlman.',
    },
    {
      text: 'Gwoup repons rapid lokal yo tcheke rapò yo, voye obsèvatè legal, epi ede fanmi yo jwenn avoka. United We Dream te gen yon liy nasyonal yo rele MigraWatch pou rapòte aktivite ICE ak CBP. Lòt gwoup bay nimewo li kòm 1-844-363-1423. Dènye atik jounal nou jwenn ak nimewo sa a se an 2019 (The Monitor), e nou pa jwenn okenn paj United We Dream ki bay li, kidonk li ka pa mache. Tcheke unitedwedream.org anvan ou bezwen l.',
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
