import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: '在工作的地方',
  summary: '如果移民探员来到您工作的地方，该怎么做。',
  rightNow: {
    steps: [
      '保持冷静，不要跑。把手放在探员看得见的地方。',
      '问探员："Am I free to go?"（我可以走了吗？）如果回答是可以，就冷静地离开。',
      '如果回答是不可以，就保持沉默，要求见律师。什么都不要签。',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: '我可以走了吗？' },
      { english: 'I am using my right to remain silent.', meaning: '我在使用我保持沉默的权利。' },
    ],
  },
  steps: [
    '保持冷静，不要跑。把手放在探员看得见的地方。',
    '问探员："Am I free to go?"（我可以走了吗？）',
    '如果探员说可以，就冷静地离开。',
    '如果探员说不可以，就说您在使用保持沉默的权利。',
    '说您要和律师谈话。',
    '如果探员叫工人按移民身份分组，您不必加入任何一组。您可以留在原地。',
    '安全的时候，把发生的事记下来：时间、哪个机构、来了几个探员、他们说了什么。',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: '我可以走了吗？' },
    { english: 'I am using my right to remain silent.', meaning: '我在使用我保持沉默的权利。' },
    { english: 'I want to speak with a lawyer.', meaning: '我要和律师谈话。' },
    { english: 'I will not sign anything without a lawyer.', meaning: '没有律师，我什么都不会签。' },
    { english: 'I do not consent to any search.', meaning: '我不同意任何搜查。' },
  ],
  doNot: [
    '不要跑。跑可能会被用来对您不利。',
    '不要说谎，也不要出示假文件。',
    '没有和律师谈过，什么都不要签。',
    '如果您没有美国移民文件，就不要带或出示别国的文件，例如外国护照或领事馆身份证。',
    '不要推、挡或和探员打斗。',
  ],
  goodToKnow: [
    {
      text: '任何人，包括 ICE，都可以走进商店或公司的公共区域，例如餐厅、大堂、等候区或停车场。探员在那里，并不等于他们可以随便拦下、盘问或逮捕任何人。',
    },
    {
      text: '私人区域就不一样了，例如厨房、办公室、仓库和只准员工进的房间。探员要进去，需要雇主同意，或联邦或州法官签的令状（"warrant"）。ICE 的令状不够。写着 "Private"（私人）的牌子和关着或锁着的门会有帮助。',
    },
    {
      text: '如果雇主，或雇主允许的人，让探员进了私人区域，探员进这些区域就不再需要令状了。',
    },
    {
      text: '有一个团体说，探员用按移民身份分组的方法把人挑出来。',
    },
    {
      text: 'I-9 检查和突袭不一样。检查时，ICE 查看雇主的 I-9 表。ICE 通常至少提前 3 个工作日给雇主书面通知。雇主可以选择不等。如果 ICE 用传票（"subpoena"）或令状，也可以不给通知。',
    },
    {
      text: '在加州，一条叫 AB 450 的州法律规定，雇主收到 I-9 检查通知后，必须在 72 小时内告诉工人，以后还要告诉他们结果。2018 年，一个联邦法院阻止了其中的一部分：那部分不让私人雇主在没有法官令状时让探员进入私人区域。2019 年，上诉法院也同意了。雇主仍然可以选择要求看法官的令状。',
      since: '2018-07-04',
      onlyInState: 'CA',
    },
    {
      text: '如果您不是美国公民，年满 18 岁，并且拿到过登记文件，例如绿卡或工作许可，法律规定您必须随时带着它们。如果您是持签证在这里，法律规定要带着护照和 I-94。如果您身上带着有效的美国移民文件，而移民探员要看，您就必须给他们看。',
    },
    {
      text: '工人和雇主可以拍下或记下探员做的事。但拍探员可能有风险。DHS 官员曾把拍摄探员说成是一种妨碍。一篇新闻报道说，ProPublica 统计到至少 130 人在被指控妨碍或拍摄探员后被逮捕。Borderless Magazine 报道，2026 年 1 月 24 日，在明尼阿波利斯，联邦移民探员开枪打死了一个想拍他们的男人。拍不拍由您选择，不是义务。只在安全的时候拍。保持距离，不要挡路。',
      since: '2026-01-24',
    },
  ],
  sources: [
    'ACLU-IMM',
    'ACLUNC-ES',
    'ALTOTRUMP-WORK',
    'BENACH-WORK',
    'BORDERLESS',
    'BUTZEL',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'FRAGOMEN-AB450',
    'FRAGOMEN-CARRY',
    'GPH-AB450',
    'ICS-LAW',
    'IDP-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KMH-AB450',
    'LAW-5THINGS',
    'LAW-FACTSHEET',
    'MASJIDPLUS',
    'NILC-WORK-CLL',
    'NILC-WORK-EVU',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'USCIS-I9-INSPECT',
    'WORKINGCLASS',
  ],
  lastReviewed: '2026-12-05',
};
