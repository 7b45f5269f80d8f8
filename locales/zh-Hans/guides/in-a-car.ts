import type { Guide } from '../../../src/content/guide-types';

export const inACar: Guide = {
  id: 'in-a-car',
  title: '在车里、检查站和 100 英里边境区',
  summary: '如果警察或移民探员拦下您的车，或在边境巡逻队的检查站，该怎么做。',
  rightNow: {
    steps: [
      '把车停在安全的地方。关掉引擎。双手放在方向盘上。',
      '对方要的时候，司机出示驾照、车辆登记和保险证明。',
      '关于您的身份，您可以保持沉默。拒绝他们搜查车子。',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: '我在使用我保持沉默的权利。',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: '我不同意你们搜查我的车。',
      },
    ],
  },
  steps: [
    '对方示意您停车时，把车停在安全的地方。',
    '关掉引擎。打开车里的灯。',
    '把车窗摇下一部分。双手放在方向盘上。',
    '如果您是司机，对方要的时候，出示驾照、车辆登记和保险证明。',
    '您不必回答关于身份或出生地的问题。持签证的人可能必须回答。说您在使用保持沉默的权利。',
    '如果您是乘客，您也可以保持沉默。问您可不可以走。如果可以，就安静地离开。',
    '如果他们要搜查车子，就清楚地说您不同意。',
    '在边境巡逻队的检查站，您可以保持沉默。问了几个问题后还扣着您，就问您是不是被拘留了。',
  ],
  sayThis: [
    { english: 'I am using my right to remain silent.', meaning: '我在使用我保持沉默的权利。' },
    { english: 'I do not consent to a search of my car.', meaning: '我不同意你们搜查我的车。' },
    { english: 'Am I free to go?', meaning: '我可以走了吗？' },
    { english: 'Am I being detained?', meaning: '我是被拘留了吗？' },
    { english: 'I want to speak with a lawyer.', meaning: '我要和律师谈话。' },
  ],
  doNot: [
    '不要对警察或探员说谎。',
    '永远不要把假文件放在车里，也永远不要出示假文件。',
    '就算您说了不同意，也不要用身体去挡搜查。',
    '如果您没有美国移民文件，就不要带或出示别国的文件，例如外国护照或领事馆身份证。',
  ],
  goodToKnow: [
    {
      text: '您可以拒绝搜查。但如果警察相信车里有犯罪证据，他们仍然可能不经您同意就搜查车子。这叫做“合理根据”（"probable cause"）。',
    },
    {
      text: '一条联邦规定让边境机构 CBP 可以在任何陆地边境或海岸 100 英里以内执法。这常被叫做“100 英里边境区”。美国大约每三个人中就有两个住在这个区域里。',
    },
    {
      text: '在这个区域的检查站，边境巡逻队可以短时间拦下您的车，问您的公民身份，就算他们没有怀疑您做了什么。要扣留您更久，他们需要“合理怀疑”（"reasonable suspicion"）。要搜查车子，他们需要令状（"warrant"）或合理根据。在检查站以外，边境巡逻队需要合理怀疑才能拦车。',
    },
    {
      text: '持签证的人，例如游客、学生和商务旅客，有不同的义务。他们可能必须回答关于自己移民身份的问题。',
    },
    {
      text: '如果您不是美国公民，年满 18 岁，并且拿到过登记文件，法律规定您必须随时带着它们。例如绿卡、工作许可，或您用 G-325R 表登记过的证明。如果您是持签证在这里，法律规定要带着护照和 I-94。不带这些文件是犯罪。可能被罚款最多 5,000 美元，坐牢最多 30 天。以前这条规定很少执行。2025 年 4 月和 2025 年 7 月，政府又公开提醒了大家。如果您有绿卡，要带原件，不能只有手机上的照片。',
      since: '2025-04',
    },
    {
      text: '如果您身上带着有效的美国移民文件，而移民探员要看，您就必须给他们看。亚利桑那州的 ACLU 说，这个义务是对联邦移民探员的，不是对本地警察的。不要带别国文件的建议，只是给没有美国移民文件的人的。',
    },
    {
      text: '2025 年，有报道说在离南部边境很远的地方也有 CBP 检查站和在公交车上的检查。2025 年 6 月，有报道说这发生在缅因州的 I-95 公路上，离加拿大大约 80 英里。美国公民不必带着公民身份证明。',
      since: '2025-06',
    },
  ],
  sources: [
    'ACLU-100',
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLUM',
    'AILA-REG-FINE',
    'AIR-LEGAL',
    'ALR-2025',
    'DESITALK-2025',
    'DOCUMENTEDNY',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IRC-CARRY',
    'LAWHELPNY-REG',
    'MIINDIA-264E',
    'MOLINAS-CHECKPOINT',
    'NAVARRETE',
    'NILC-ES',
    'SDLR',
    'SUMNER-264E',
    'TEENVOGUE',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
