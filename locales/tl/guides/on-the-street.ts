import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: 'Sa kalye o sa publikong lugar',
  summary:
    'Ano ang gagawin kung pinahinto o tinatanong kayo ng mga ahente ng imigrasyon sa labas ng inyong bahay.',
  rightNow: {
    steps: [
      'Bago ibigay ang pangalan o sumagot ng kahit ano, itanong: "Puwede na ba akong umalis?" Kung oo, lumakad palayo nang kalmado.',
      'Kung hindi ang sagot, sabihing ginagamit ninyo ang karapatang manahimik. Humingi ng abogado.',
      'Huwag tumakbo, makipagtalo o lumaban. Ilagay ang mga kamay kung saan nakikita ng mga ahente.',
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
