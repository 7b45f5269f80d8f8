import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: 'Waddada ama meel fagaare ah',
  summary:
    'Waxa la sameeyo haddii saraakiisha socdaalku ku joojiyaan ama su’aalo ku weydiiyaan meel gurigaaga ka baxsan.',
  rightNow: {
    steps: [
      'Ka hor intaadan magacaaga bixin ama wax ka jawaabin, weydii: "Am I free to go?" Haddii ay haa tahay, si deggan u tag.',
      'Haddii jawaabtu maya tahay, dheh waxaad isticmaalaysaa xaqaaga ah inaad aamusto. Weydiiso qareen.',
      'Ha ordin, ha dooddin, hana iska caabin. Gacmahaaga ku hay meel ay saraakiishu arki karaan.',
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
