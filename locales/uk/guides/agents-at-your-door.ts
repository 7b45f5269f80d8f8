import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'Агенти біля ваших дверей',
  summary: 'Що робити, якщо імміграційні агенти стукають у двері вашого дому.',
  rightNow: {
    steps: [
      'Тримайте двері зачиненими. Говоріть з агентами через двері.',
      'Попросіть їх просунути ордер («warrant») під двері. Перевірте, чи підписав його федеральний суддя або суддя штату.',
      'Мовчіть. Нічого не підписуйте. Попросіть адвоката.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Я не даю згоди на вхід до мого дому.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Я користуюся своїм правом зберігати мовчання.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
