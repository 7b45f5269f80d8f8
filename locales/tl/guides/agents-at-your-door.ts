import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'May mga ahente sa inyong pinto',
  summary: 'Ano ang gagawin kung kumakatok sa pinto ng inyong bahay ang mga ahente ng imigrasyon.',
  rightNow: {
    steps: [
      'Panatilihing nakasara ang pinto. Kausapin ang mga ahente mula sa likod ng pinto.',
      'Sabihin sa kanila na isuksok ang warrant sa ilalim ng pinto. Tingnan kung pinirmahan ito ng hukom na pederal o ng estado.',
      'Manahimik. Huwag pumirma ng kahit ano. Humingi ng abogado.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Hindi ako pumapayag na pumasok kayo sa aking bahay.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Ginagamit ko ang aking karapatang manahimik.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
