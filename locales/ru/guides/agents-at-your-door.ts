import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'Агенты у вашей двери',
  summary: 'Что делать, если иммиграционные агенты стучат в дверь вашего дома.',
  rightNow: {
    steps: [
      'Держите дверь закрытой. Говорите с агентами через дверь.',
      'Попросите их просунуть ордер («warrant») под дверь. Проверьте, подписал ли его федеральный судья или судья штата.',
      'Молчите. Ничего не подписывайте. Попросите адвоката.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Я не даю согласия на вход в мой дом.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Я пользуюсь своим правом хранить молчание.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
