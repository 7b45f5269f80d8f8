import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'Saraakiil ayaa albaabkaaga jooga',
  summary: 'Waxa la sameeyo haddii saraakiisha socdaalku garaacaan albaabka gurigaaga.',
  rightNow: {
    steps: [
      'Albaabka xidhan ku hay. Saraakiisha kala hadal albaabka gadaashiisa.',
      'Ka codso inay amarka ("warrant") albaabka hoostiisa ka soo geliyaan. Hubi inuu saxiixay garsoore federaal ah ama gobol.',
      'Aamus. Waxba ha saxiixin. Weydiiso qareen.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Kuma ogoli inaad gurigayga soo gashaan.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Waxaan isticmaalayaa xaqayga ah inaan aamuso.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
