import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: '직장에서',
  summary: '이민 요원이 당신이 일하는 곳에 올 때 해야 할 일.',
  rightNow: {
    steps: [
      '침착하고, 뛰지 마세요. 요원이 볼 수 있는 곳에 손을 두세요.',
      '요원에게 물어보세요: "가도 되나요?" 된다고 하면 침착하게 떠나세요.',
      '안 된다고 하면, 아무 말도 하지 말고 변호사를 요청하세요. 아무것도 서명하지 마세요.',
    ],
    sayThis: [
      {
        english: 'Am I free to go?',
        meaning: '가도 되나요?',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: '저는 묵비권을 행사하고 있습니다.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
