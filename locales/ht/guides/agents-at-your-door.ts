import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: 'Ajan devan pòt ou',
  summary: 'Sa pou w fè si ajan imigrasyon frape pòt lakay ou.',
  rightNow: {
    steps: [
      'Kenbe pòt la fèmen. Pale ak ajan yo atravè pòt la.',
      'Mande yo glise manda a ("warrant") anba pòt la. Tcheke si se yon jij federal oswa eta ki siyen l.',
      'Rete an silans. Pa siyen anyen. Mande yon avoka.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Mwen pa dakò pou nou antre lakay mwen.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
      },
    ],
  },
  stepLinks: [
    { list: 'rightNow', step: 1, to: 'warrant' },
    { list: 'steps', step: 3, to: 'warrant' },
  ],
  steps: [
    'Kenbe pòt la fèmen. Pale ak ajan yo atravè pòt la.',
    'Mande yo kiyès yo ye ak pou ki ajans yo travay.',
    'Mande yo glise manda a ("warrant") anba pòt la, oswa kenbe l plat sou yon fenèt.',
    'Tcheke papye a. Paj "Èske se yon vrè manda?" nan aplikasyon sa a ka ede ou.',
    'Gade anwo a. Manda yon jij bay non yon tribinal federal oswa eta. "Immigration Court" pa konte.',
    'Gade kiyès ki siyen l. Se dwe yon jij federal oswa eta. Yon jij imigrasyon pa konte.',
    'Si se pa yon jij federal oswa eta ki siyen l, di atravè pòt la ke ou pa dakò pou yo antre.',
    'Si yo antre kanmenm, pa reziste. Di byen fò ke ou pa dakò pou yo antre, ni pou yo fouye anyen.',
    'Si se yon jij federal oswa eta ki siyen l, e li gen bon adrès la, pa reziste, pa bloke ajan yo.',
    'Ak manda yon jij, gen gwoup ki di pou w kite yo antre ak kalm. Rete an silans, pa siyen, epi rele yon avoka.',
    'Ou menm ak tout moun lakay ou gen dwa rete an silans. Di ke ou vle pale ak yon avoka.',
    'Mande non yo ak nimewo badj yo. Ekri tout sa k pase.',
  ],
  prepare: [
    'Pratike plan an ak tout moun lakay ou. Chak granmoun dwe konnen yo pa dwe louvri pòt la.',
    'Kole yon papye ki raple dwa ou yo anndan pòt la.',
    'Kenbe baryè yo fèmen ak kle.',
    'Regle telefòn ou pou l sere foto ak videyo yo nan nwaj la ("cloud").',
  ],
  sayThis: [
    {
      english: 'Who are you, and which agency are you with?',
      meaning: 'Kiyès nou ye, e ak ki ajans nou ye?',
    },
    {
      english: 'Please slide the warrant under the door or hold it up to the window.',
      meaning: 'Tanpri, glise manda a anba pòt la oswa kenbe l sou fenèt la.',
    },
    {
      english: 'I do not consent to you entering my home.',
      meaning: 'Mwen pa dakò pou nou antre lakay mwen.',
    },
    {
      english: 'I do not consent to any search.',
      meaning: 'Mwen pa dakò pou nou fouye anyen.',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: 'Mwen vle pale ak yon avoka.',
    },
  ],
  doNot: [
    'Pa louvri pòt la.',
    'Pa bay manti, e pa montre fo papye.',
    'Pa pouse, pa bloke, pa goumen ak ajan yo, menm si yo antre.',
    'Pa siyen okenn papye.',
    'Pa aksepte ale ak ajan yo nan yon biwo oswa pou "bwè yon kafe".',
  ],
  goodToKnow: [
    {
      text: 'Ajan yo pa toujou di se ICE yo ye. Yo ka di se lapolis yo ye oswa yon lòt moun. Vès yo ka ekri POLICE. ICE pèmèt riz sa a, kidonk pa kwè sa yo di a se vre san ou pa tcheke.',
    },
    {
      text: 'ICE ka antre legalman si nenpòt granmoun ki nan kay la kite yo antre. Tout moun lakay ou dwe konnen plan an, pa sèlman moun ajan yo ap chèche a.',
    },
    {
      text: 'Louvri pòt la pa menm bagay ak di wi pou yo antre. Men ajan yo ka konsidere yon pòt ki louvri kòm yon wi epi pouse antre. Li pi an sekirite pou w kenbe l fèmen.',
    },
    {
      text: 'ICE ka arete moun deyò kay la, souvan ak sèlman yon manda ICE oswa san okenn manda. Souvan ajan yo tann nan lari a pou moun soti al travay.',
    },
    {
      text: 'Manda yon jij bay non yon tribinal federal oswa eta anwo a, tankou "U.S. District Court" oswa yon tribinal eta. Yon jij oswa yon majistra federal oswa eta siyen l epi mete dat sou li. Li ta dwe gen bon adrès la, ak non yon moun ki rete la oswa kote yo pral fouye yo. Li pa dwe ekspire. Yon vrè manda jij pèmèt ajan yo antre epi fouye kote li nonmen yo, oswa arete moun li nonmen an.',
    },
    {
      text: 'Yon tribinal imigrasyon se yon pati nan Depatman Jistis. Se pa yon tribinal federal ni yon tribinal eta. Kidonk yon papye ki di "Immigration Court" (tribinal imigrasyon) oswa "Executive Office for Immigration Review" anwo a, oswa ki siyen pa yon jij imigrasyon, se pa manda yon jij.',
    },
    {
      text: 'Yon manda ICE di "Department of Homeland Security" (Depatman Sekirite Enteryè) anwo a. Se yon ofisye imigrasyon ki siyen l, oswa pafwa yon jij imigrasyon. Fòm I-200 ak I-205 se manda ICE. ICE raman gen manda yon jij. Depi plizyè ane, gwoup dwa moun yo di yon manda ICE pou kont li pa bay ajan yo pèmisyon antre nan yon kay.',
    },
    {
      text: 'Yon memo ICE ki date me 2025 te vin piblik an janvye 2026. Li di ofisye yo ka antre pa fòs lakay yon moun ki gen yon lòd depòtasyon final, ak sèlman Fòm I-205. Dapre rapò yo, li kouvri sèlman pwòp kay moun sa a, ant 6 è di maten ak 10 è di swa, e li pa pèmèt yon fouy jeneral. Pou antre lakay nenpòt lòt moun, ajan yo toujou bezwen pèmisyon, yon ijans, oswa yon manda ki siyen pa yon jij federal oswa eta. Gen moun ki konteste sa, e batay la ap fèt nan tribinal. An janvye 2026, yon jij federal nan Minnesota te deside youn nan antre sa yo te vyole Konstitisyon an. Jij la pa t deside sou memo a limenm. Etap ki pa gen danje yo pa chanje: pa louvri pòt la, pa bay pèmisyon, e pa reziste ak kò ou.',
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
