import type { Guide } from '../../../src/content/guide-types';

export const onTheStreet: Guide = {
  id: 'on-the-street',
  title: '在街上或公共场所',
  summary: '如果移民探员在您家外面拦住您或问您问题，该怎么做。',
  rightNow: {
    steps: [
      '在说出名字或回答任何问题之前，先问："Am I free to go?"（我可以走了吗？）如果可以，就冷静地走开。',
      '如果回答是不可以，就说您在使用保持沉默的权利。要求见律师。',
      '不要跑，不要争吵，不要反抗。把手放在探员看得见的地方。',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: '我可以走了吗？' },
      { english: 'I am using my right to remain silent.', meaning: '我在使用我保持沉默的权利。' },
    ],
  },
  steps: [
    '保持冷静。把手放在探员看得见的地方。',
    '在说出名字或回答任何问题之前，先问："Am I free to go?"（我可以走了吗？）',
    '如果探员说可以，就冷静地走开。',
    '如果探员说不可以，就说您在使用保持沉默的权利。',
    '说您要和律师谈话。',
    '如果他们要搜查您或您的包，就清楚地说您不同意。',
    '如果您带着红卡，伸手拿之前先告诉探员。然后给他们看。',
  ],
  prepare: ['在钱包里放一张红卡。', '至少背下一个电话号码，以防手机被拿走。'],
  sayThis: [
    { english: 'Am I free to go?', meaning: '我可以走了吗？' },
    { english: 'I am using my right to remain silent.', meaning: '我在使用我保持沉默的权利。' },
    { english: 'I want to speak with a lawyer.', meaning: '我要和律师谈话。' },
    { english: 'I do not consent to any search.', meaning: '我不同意任何搜查。' },
    {
      english: 'I have a card in my wallet. May I take it out to show you?',
      meaning: '我钱包里有一张卡。我可以拿出来给你看吗？',
    },
  ],
  doNot: [
    '不要跑。跑可能会被用来对您不利。',
    '不要和探员争吵、推他们或挡他们的路。',
    '不要说谎，也不要出示假文件。',
    '如果您没有美国移民文件，就不要带或出示别国的文件，例如外国护照或领事馆身份证。',
    '没有和律师谈过，不要签任何文件。',
  ],
  goodToKnow: [
    {
      text: 'ICE 只是在公共场所和您说话，不需要令状（"warrant"）。ICE 也可以在家外面逮捕人，常常只凭 ICE 的令状，或者根本没有令状。',
    },
    {
      text: '您不必说您在哪里出生、是不是公民，或是怎么来到这个国家的。您说的话可能会在移民法庭上被使用。在这里持签证的人，例如游客、学生或商务旅客，可能必须回答关于自己身份的问题。',
    },
    {
      text: '有些州规定，如果您被合法拦下并被问是谁，您必须说出名字。就算这样，您也不必回答其他问题。',
    },
    {
      text: '您可以拒绝搜查。但如果官员认为您带着武器，他可能会拍您衣服的外面。不要反抗。',
    },
    {
      text: '在驱逐案件中，别国的文件可能被用来证明您是在外国出生的。所以没有美国移民文件的人会被告知不要带着它们。',
    },
    {
      text: '如果您不是美国公民，年满 18 岁，并且拿到过登记文件，法律规定您必须随时带着它们。例如绿卡、工作许可，或您用 G-325R 表登记过的证明。如果您是持签证在这里，法律规定要带着护照和 I-94。',
    },
    {
      text: '如果您身上带着有效的美国移民文件，而移民探员要看，您就必须给他们看。亚利桑那州的 ACLU 说，这个义务是对联邦移民探员的，不是对本地警察的。',
    },
    {
      text: '知道自己的权利不等于您不会被逮捕。它能帮助保护您以后的案子。',
    },
    {
      text: '2025 年 9 月，最高法院暂停了下级法院针对洛杉矶地区的一项命令（案件名是 Noem v. Vasquez Perdomo）。那项命令曾禁止只根据以下几点拦人：看起来的种族或族裔、说西班牙语或说英语带口音、所在的地方（例如公交车站、洗车场或打零工的地方），或工作的种类。现在那里的探员又可以综合这几点短暂拦人了。Kavanaugh 大法官写道，这样被拦下的公民和合法居民，在短暂拦查后应该被放走。这只是临时的紧急暂停，不是最终判决，所以可能会改变。',
      since: '2025-09-08',
    },
  ],
  sources: [
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLU-MIRROR',
    'ALC-2023',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IDP-PLAN',
    'II-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KDNK-2025',
    'LAWHELPNY-REG',
    'LULAC-ESCUDO',
    'MASJIDPLUS',
    'NILC-ES',
    'PERDOMO-SCOTUSBLOG',
    'PERDOMO-TEXT',
    'PERDOMO-VISAVERGE',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
