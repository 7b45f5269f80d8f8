import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'На работе',
  summary: 'Что делать, если иммиграционные агенты пришли туда, где вы работаете.',
  rightNow: {
    steps: [
      'Сохраняйте спокойствие и не убегайте. Держите руки так, чтобы агенты их видели.',
      'Спросите агента: «Я могу идти?» Если ответ «да», спокойно уходите.',
      'Если ответ «нет», молчите и попросите адвоката. Ничего не подписывайте.',
    ],
    sayThis: [
      {
        english: 'Am I free to go?',
        meaning: 'Я могу идти?',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Я пользуюсь своим правом хранить молчание.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
