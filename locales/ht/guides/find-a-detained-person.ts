import type { Guide } from '../../../src/content/guide-types';

export const findADetainedPerson: Guide = {
  id: 'find-a-detained-person',
  title: 'Jwenn yon moun yo te kenbe',
  summary: 'Kijan pou w jwenn yon manm fanmi ICE ap kenbe, ak baz sou kosyon imigrasyon ("bond").',
  steps: [
    'Ale sou ICE Online Detainee Locator nan locator.ice.gov. Li gratis, e ou pa bezwen yon kont.',
    'Chèche ak nimewo A ("A-number") ak peyi kote moun nan fèt. Tape tout 9 chif yo. Si nimewo a pi kout, mete zewo devan l.',
    'Pa gen nimewo A? Chèche ak non, siyati, ak peyi kote moun nan fèt. Pare dat nesans li tou.',
    'Pa parèt? Ekri non an yon lòt jan. Chèche ankò pita: rapò yo di yon nouvo arestasyon ka pran jiska de jou pou parèt.',
    'Kontinye tcheke, menm apre ou jwenn moun nan. ICE souvan deplase moun byen lwen, pafwa san avètisman.',
    'Rele touswit yon avoka imigrasyon oswa gwoup èd legal ou fè konfyans. Si li ka jwenn kosyon ka depann de ki kote yo kenbe l.',
    'Bay avoka a nimewo A a, ak non ofisye depòtasyon an si ou konnen l.',
    'Mande avoka a si yon kosyon posib, konbyen li ka ye, ak kiyès ki ta dwe peye l.',
    'Ranmase prèv lyen fanmi moun nan, travay li ak taks li, ak lèt sipò. Yon jij ka gade yo pou kosyon an.',
    'Sèlman yon sitwayen ameriken, yon moun ki gen kat rezidans ("green card"), yon biwo avoka oswa yon òganizasyon san bi likratif ka peye kosyon ICE.',
    'Peye kosyon an sou entènèt, nan sistèm CeBONDS ICE a, pa transfè bank.',
    'Kenbe resi kosyon an. Se Fòm I-305.',
  ],
  sayThis: [
    {
      english: 'I am looking for a family member who was detained by immigration.',
      meaning: 'M ap chèche yon manm fanmi m imigrasyon te kenbe.',
    },
    {
      english: 'Where is this person being held?',
      meaning: 'Ki kote y ap kenbe moun sa a?',
    },
    {
      english: 'Has a bond been set, and how much is it?',
      meaning: 'Èske yo fikse yon kosyon, e konbyen li ye?',
    },
  ],
  doNot: [
    'Pa rele 1-866-DHS-2-ICE pou jwenn èd. Se liy ICE pou denonse moun.',
    'Pa peye yon "notario" pou èd legal. Ozetazini, yon notè pa ka bay konsèy legal.',
    'Si ou gen DACA, TPS oswa viza, pa al nan ICE pou peye kosyon. Ou pa gen dwa peye l. Ale la danjere pou ou.',
    'Apre yo lage l, moun nan pa dwe rate okenn odyans. Si li rate youn, yo ka pèdi lajan kosyon an.',
  ],
  goodToKnow: [
    {
      text: 'Sit la montre sèlman moun ki nan detansyon ICE kounye a, oswa yo te lage nan dènye 60 jou yo. Li pa montre okenn moun ki poko gen 18 an. Non yo dwe koresponn egzakteman ak dosye ICE yo. Sit la mache an panyòl ak lòt lang.',
    },
    {
      text: 'Yon kosyon ("bond") se lajan yo peye ICE kòm yon pwomès moun nan pral nan chak odyans. Li pèmèt li goumen ka a deyò. ICE fikse premye montan an, oswa li di pa gen kosyon. Moun nan ka mande yon jij imigrasyon revize l. Jij la gade anvan si moun nan se yon danje pou lòt moun, epi risk pou l pa tounen. Kosyon yo rapòte kòmanse nan $1,500. Montan ant $5,000 ak $15,000 oswa plis kouran.',
    },
    {
      text: 'Pwòp paj Bonds ICE a di yo peye yon kosyon sou entènèt nan sistèm CeBONDS li a, pa transfè bank (ACH oswa Fedwire). Se sèlman yon sitwayen ameriken, yon moun ki gen kat rezidans (rezidan pèmanan legal), yon biwo avoka oswa yon gwoup san bi likratif ki ka peye l. Yon fanmi ki gen DACA, TPS oswa yon viza pa gen dwa peye l, e li an danje si li al nan ICE pou eseye. Ansyen gid ki pale de chèk kesye oswa manda lajan ("money order") nan yon biwo ICE pa ajou ankò. Kenbe resi a (Fòm I-305). Lajan an tounen si moun nan swiv tout règ yo. Li pèdi si li rate yon odyans.',
    },
    {
      text: 'Gen moun ki pa ka jwenn kosyon ditou. Yo rele sa detansyon obligatwa ("mandatory detention"). Li ka aplike pou kèk moun ki gen dosye kriminèl, pou moun yo kanpe lè y ap rive, ak pou moun ki gen yon ansyen lòd depòtasyon.',
    },
    {
      text: 'Depi 8 jiyè 2025, DHS konsidere moun ki te antre Ozetazini san ofisye imigrasyon pa t enspekte yo kòm moun ki pa ka jwenn kosyon. Li di yo dwe rete an detansyon.',
      since: '2025-07-08',
    },
    {
      text: '5 septanm 2025, komisyon apèl imigrasyon an (BIA) te deside Matter of Yajure Hurtado. Li di jij imigrasyon pa gen dwa fè odyans kosyon pou moun ki te antre san enspeksyon.',
      since: '2025-09-05',
    },
    {
      text: 'An novanm ak desanm 2025, yon jij federal nan Kalifòni, Jij Sunshine Sykes, te rejte politik san kosyon an nan yon ka yo rele Maldonado Bautista. Jij la te sètifye yon gwoup nan tout peyi a, "Bond Eligible Class", ki gen dwa pou odyans kosyon. Yo te rapòte yon jijman final an desanm 2025. Rapò yo di gen tribinal imigrasyon ki toujou refize fè odyans sa yo. Yon petisyon "habeas" nan tribinal federal se yon lòt chemen.',
      since: '2025-12',
    },
    {
      text: '6 fevriye 2026, yon tribinal apèl federal, Fifth Circuit, te konfime detansyon san kosyon pou moun ki te antre san enspeksyon, nan Texas, Louisiana ak Mississippi. Ka a se Buenrostro-Mendez v. Bondi. ICE souvan deplase moun li kenbe nan eta sa yo.',
      since: '2026-02-06',
    },
    {
      text: '18 fevriye 2026, yon tribinal federal nan Kalifòni te anile desizyon BIA a nan Matter of Yajure Hurtado. Kidonk, si yon moun ka jwenn kosyon kounye a depann de ki kote yo kenbe l. Sa toujou ap chanje: rele yon avoka touswit.',
      since: '2026-02-18',
    },
  ],
  sources: [
    '2001-BOND-ES',
    'CIBERCUBA-2025',
    'CONEXION-BOND',
    'ELTOQUE-ODLS',
    'FACTCHEQUEADO',
    'HELPWITHBONDS-ES',
    'ICE-BONDS',
    'ICEBOUND-BOND',
    'IMMNET-G28',
    'KYRHUB-BOND',
    'KYRHUB-COUNSEL',
    'LAWFIRM4IMM-2026',
    'LAWHELPMN-ES',
    'LULAC-WI',
    'LVIL-2026',
    'MALDONADO-LV',
    'MALDONADO-WOLFSDORF',
    'MURRAY-OSORIO-2026',
    'NEWZINO',
    'NOLO-BOND',
    'ODLS-FAQ-2017',
    'ODLS-LAUNCH',
    'PIXELATION-ODLS',
    'REF-ODLS',
    'WILDES-BOND',
    'WISLAW',
    'YAJURE-AIC',
    'YAJURE-MO',
  ],
  lastReviewed: '2026-12-05',
};
