import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: '요원이 집 문 앞에 왔을 때',
  summary: '이민 요원이 집 문을 두드리면 해야 할 일.',
  rightNow: {
    steps: [
      '문을 닫아 두세요. 문 너머로 요원과 이야기하세요.',
      '영장("warrant")을 문 밑으로 넣어 달라고 하세요. 연방 또는 주 판사가 서명했는지 확인하세요.',
      '아무 말도 하지 마세요. 아무것도 서명하지 마세요. 변호사를 요청하세요.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: '집에 들어오는 것에 동의하지 않습니다.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: '저는 묵비권을 행사하고 있습니다.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
