import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'Goobta shaqada',
  summary: 'Waxa la sameeyo haddii saraakiisha socdaalku yimaadaan meesha aad ka shaqayso.',
  rightNow: {
    steps: [
      'Deggan ahow oo ha ordin. Gacmahaaga ku hay meel ay saraakiishu arki karaan.',
      'Sarkaal weydii: "Am I free to go?" Haddii jawaabtu haa tahay, si deggan u tag.',
      'Haddii jawaabtu maya tahay, aamus oo weydiiso qareen. Waxba ha saxiixin.',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'Ma xor baan u ahay inaan tago?' },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Waxaan isticmaalayaa xaqayga ah inaan aamuso.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
