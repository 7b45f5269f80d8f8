import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'На роботі',
  summary: 'Що робити, якщо імміграційні агенти прийшли туди, де ви працюєте.',
  rightNow: {
    steps: [
      'Зберігайте спокій і не тікайте. Тримайте руки так, щоб агенти їх бачили.',
      'Запитайте агента: «Я можу йти?» Якщо відповідь «так», спокійно йдіть.',
      'Якщо відповідь «ні», мовчіть і попросіть адвоката. Нічого не підписуйте.',
    ],
    sayThis: [
      {
        english: 'Am I free to go?',
        meaning: 'Я можу йти?',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Я користуюся своїм правом зберігати мовчання.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
