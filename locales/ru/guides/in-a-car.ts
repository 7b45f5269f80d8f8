import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'В машине, на КПП и в 100-мильной пограничной зоне',
  summary:
    'Что делать, если полиция или иммиграционные агенты останавливают вашу машину, или на контрольно-пропускном пункте Пограничного патруля (Border Patrol).',
  rightNow: {
    steps: [
      'Остановитесь в безопасном месте. Заглушите двигатель. Руки на руль.',
      'Водитель по просьбе показывает права, регистрацию машины и страховку.',
      'Вы можете молчать о своём статусе. Откажитесь от обыска машины.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Я пользуюсь своим правом хранить молчание.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'Я не даю согласия на обыск моей машины.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
