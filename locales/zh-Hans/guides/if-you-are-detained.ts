import type { Guide } from '../../../src/content/guide-types';

export const ifYouAreDetained: Guide = {
  id: 'if-you-are-detained',
  title: '如果您被拘留或逮捕',
  summary: '如果移民探员扣留或逮捕您，该说什么、做什么。',
  steps: [
    '保持冷静。把手放在官员看得见的地方。',
    '说您在使用保持沉默的权利。不要说您在哪里出生，或是怎么来的。',
    '说您要和律师谈话。没有律师，什么都不要解释，什么都不要决定。',
    '和律师谈过之前，不要签任何文件。',
    '要求打一个电话。要一份免费或便宜的律师名单。',
    '如果您害怕回到自己的国家，马上告诉官员。',
    '如果您有 18 岁以下的孩子，马上告诉官员。问您怎样安排人照顾他们。',
    '如果您愿意，请官员通知您国家的领事馆，说您被扣留了。',
    '问清您的遣返官员的名字和电话。把这些和您的外国人登记号（A-number）交给家人和律师。',
  ],
  sayThis: [
    { english: 'I am using my right to remain silent.', meaning: '我在使用我保持沉默的权利。' },
    { english: 'I want to speak with a lawyer.', meaning: '我要和律师谈话。' },
    { english: 'I will not sign anything without a lawyer.', meaning: '没有律师，我什么都不会签。' },
    { english: 'I am afraid to return to my country.', meaning: '我害怕回到我的国家。' },
    {
      english: 'I have children under 18. I need to arrange their care.',
      meaning: '我有 18 岁以下的孩子。我需要安排人照顾他们。',
    },
    {
      english: 'Please give me the list of free legal services.',
      meaning: '请给我免费法律服务的名单。',
    },
    {
      english: 'I want my consulate to be told that I am detained.',
      meaning: '我要求通知我的领事馆，说我被拘留了。',
    },
  ],
  doNot: [
    '不要说谎，也不要出示假文件。',
    '没有律师，不要签任何文件，也不要同意离开美国。',
    '如果您没有美国移民文件，就不要带或交出别国的文件，例如外国护照。',
    '不要跑、推或和官员打斗。',
    '不要付钱给 "notario"（公证人）要法律意见。在美国，公证人不能给法律意见。',
  ],
  goodToKnow: [
    {
      text: '使用您的权利不一定能阻止逮捕。但它能保护您以后的案子。您说的任何话都可能在移民法庭上被用来对您不利。在这里持签证的人，例如游客、学生或商务旅客，可能必须回答关于自己身份的问题。',
    },
    {
      text: 'ICE 可能会叫您签文件。I-826 表要您选择：是见法官，还是不经听证就离开。自愿离境（"voluntary departure"）的意思是您保证在期限前离开美国；如果过了期限还没走，它就变成驱逐令，还有罚款。约定遣返令（"stipulated removal order"）的意思是您放弃听证，接受驱逐令，就算您可能有办法留下来。和律师谈过之前，这些都不要签。',
    },
    {
      text: '移民案件是民事案件，不是刑事案件。所以在移民法庭上，政府不会免费给您律师。这就是为什么您应该要一份免费法律服务的名单。司法部有这份名单。',
    },
    {
      text: '如果您害怕回去，要尽早说出来。在快速遣返中，申请庇护的人会有一次关于害怕的面谈，叫做“可信恐惧面谈”（"credible fear interview"）。',
    },
    {
      text: '2025 年 7 月 2 日，ICE 用一条新的指令 11064.4 取代了它对被拘留父母的规定。有报道说，新指令给父母的保护更少。您仍然可以问关于照顾孩子、探视和参加家事法庭的事。',
      since: '2025-07-02',
    },
    {
      text: '您可以要求通知您的领事馆，说您被拘留了。这个权利来自一个国际条约，叫《维也纳公约》（Vienna Convention）。',
    },
    {
      text: '在出事之前，先知道您的外国人登记号（A-number）。这是一个 8 位或 9 位的号码，DHS 会给每个有过移民案子或移民福利的人。它在移民文件、工作许可和法庭通知上。在出庭通知（Notice to Appear，I-862 表）上，它在右上角。',
    },
    {
      text: '您的家人或律师可以查您在移民法庭有没有案子或以前的命令。打移民法庭的电话线（EOIR）1-800-898-7180，或用 EOIR 的网上案件查询系统。两个都需要您的 A-number。这条电话线只显示移民法庭和移民上诉委员会（BIA）的案子和命令。快速遣返令，以及 ICE 或边境巡逻队做出的其他命令，永远不会在那里显示。',
    },
    {
      text: '如果您拿到过美国移民文件，法律规定年满 18 岁的成年人必须带着它们，例如绿卡或工作许可。如果您是持签证在这里，法律规定要带着护照和 I-94。如果移民探员要看您的文件，而您身上带着，您就必须给他们看。不要带别国文件的建议，只是给没有美国移民文件的人的。',
    },
  ],
  sources: [
    'ACLU-IMM',
    'CATHOLIC-CHARITIES-ES',
    'EDDY-CHAVARRIA',
    'EOIR-PM-1.6C',
    'FACTCHEQUEADO',
    'FRAGOMEN-CARRY',
    'HAFEY-2026',
    'IBX-LEGAL',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-11064',
    'IRC-CARRY',
    'KDNK-2025',
    'KYRHUB-COUNSEL',
    'LAA-ER',
    'LEGALCLARITY-COUNSEL',
    'LULAC-ESCUDO',
    'LULAC-WI',
    'NAVARRETE',
    'NILC-ES',
    'ODLS-FAQ-2017',
    'STMARY-VD',
    'UFCW-RAIDS',
    'UNITYITC',
    'UWD-KYR',
    'WRC-PARENTS',
  ],
  lastReviewed: '2026-12-05',
};
