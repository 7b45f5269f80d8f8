import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'Sa trabaho',
  summary: 'Ano ang gagawin kung dumating ang mga ahente ng imigrasyon sa lugar na pinagtatrabahuhan ninyo.',
  rightNow: {
    steps: [
      'Manatiling kalmado at huwag tumakbo. Ilagay ang mga kamay kung saan nakikita ng mga ahente.',
      'Itanong sa isang ahente: "Puwede na ba akong umalis?" Kung oo ang sagot, umalis nang kalmado.',
      'Kung hindi ang sagot, manahimik at humingi ng abogado. Huwag pumirma ng kahit ano.',
    ],
    sayThis: [
      {
        english: 'Am I free to go?',
        meaning: 'Puwede na ba akong umalis?',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Ginagamit ko ang aking karapatang manahimik.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
