import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: '길거리나 공공장소에서',
  summary: '집 밖에서 이민 요원이 당신을 멈춰 세우거나 질문할 때 해야 할 일.',
  rightNow: {
    steps: [
      '이름을 말하거나 무엇에 대답하기 전에 물어보세요: "가도 되나요?" 된다고 하면 침착하게 걸어가세요.',
      '안 된다고 하면, 묵비권을 행사하겠다고 말하세요. 변호사를 요청하세요.',
      '뛰거나, 따지거나, 저항하지 마세요. 요원이 볼 수 있는 곳에 손을 두세요.',
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
