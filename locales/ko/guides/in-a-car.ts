import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: '차 안에서, 검문소에서, 그리고 100마일 국경 지역에서',
  summary: '경찰이나 이민 요원이 당신의 차를 세울 때, 또는 국경순찰대(Border Patrol) 검문소에서 해야 할 일.',
  rightNow: {
    steps: [
      '안전한 곳에 차를 세우세요. 시동을 끄세요. 손은 핸들 위에 두세요.',
      '요청하면 운전자는 운전면허증, 차량 등록증, 보험 증명서를 보여 줍니다.',
      '체류 신분에 대해서는 말하지 않아도 됩니다. 차 수색은 거절하세요.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: '저는 묵비권을 행사하고 있습니다.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: '제 차를 수색하는 것에 동의하지 않습니다.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
