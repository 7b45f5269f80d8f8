import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: '探员在您家门口',
  summary: '如果移民探员来敲您家的门，该怎么做。',
  rightNow: {
    steps: [
      '让门一直关着。隔着门和探员说话。',
      '请他们把令状（"warrant"）从门缝下塞进来。看看是不是联邦或州法官签的。',
      '保持沉默。什么都不要签。要求见律师。',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: '我不同意你们进入我的家。',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: '我在使用我保持沉默的权利。',
      },
    ],
  },
  stepLinks: [
    { list: 'rightNow', step: 1, to: 'warrant' },
    { list: 'steps', step: 3, to: 'warrant' },
  ],
  steps: [
    '让门一直关着。隔着门和探员说话。',
    '问他们是谁，在哪个机构工作。',
    '请他们把令状（"warrant"）从门缝下塞进来，或平贴在窗户上。',
    '检查这份文件。这个应用里的“这是真的令状吗？”页面可以帮您。',
    '看最上面。法官的令状写着联邦或州法院的名字。"Immigration Court"（移民法庭）不算。',
    '看是谁签的。必须是联邦或州法官。移民法官不算。',
    '如果不是联邦或州法官签的，就隔着门说，您不同意他们进来。',
    '如果他们还是进来了，不要反抗。大声说您不同意他们进来，也不同意任何搜查。',
    '如果是联邦或州法官签的，地址也对，就不要反抗，也不要挡住探员。',
    '有法官的令状时，有些团体说要冷静地让他们进来。保持沉默，不要签字，打电话给律师。',
    '您和家里每个人都可以保持沉默。说您要和律师谈话。',
    '问他们的名字和徽章号码。把发生的一切都记下来。',
  ],
  prepare: [
    '和家里每个人一起练习这个计划。每个大人都必须知道不能开门。',
    '在门的里面贴一张写着您权利的提示。',
    '让院子的大门一直关着、锁着。',
    '把手机设成自动把照片和视频存到云端。',
  ],
  sayThis: [
    {
      english: 'Who are you, and which agency are you with?',
      meaning: '你们是谁？你们是哪个机构的？',
    },
    {
      english: 'Please slide the warrant under the door or hold it up to the window.',
      meaning: '请把令状从门缝下塞进来，或者举到窗户前面。',
    },
    {
      english: 'I do not consent to you entering my home.',
      meaning: '我不同意你们进入我的家。',
    },
    {
      english: 'I do not consent to any search.',
      meaning: '我不同意任何搜查。',
    },
    {
      english: 'I am using my right to remain silent.',
      meaning: '我在使用我保持沉默的权利。',
    },
    {
      english: 'I want to speak with a lawyer.',
      meaning: '我要和律师谈话。',
    },
  ],
  doNot: [
    '不要开门。',
    '不要说谎，也不要出示假文件。',
    '不要推、挡或和探员打斗，就算他们进来了也不要。',
    '不要签任何文件。',
    '不要答应跟探员去办公室，或去“喝杯咖啡”。',
  ],
  goodToKnow: [
    {
      text: '探员不一定会说自己是 ICE 的。他们可能说自己是警察或别的人。他们的背心上可能写着 POLICE（警察）。ICE 允许这种骗术，所以不要以为他们说的就是真的。',
    },
    {
      text: '只要家里任何一个大人让 ICE 进来，ICE 就可以合法进来。家里每个人都必须知道这个计划，不只是探员要找的那个人。',
    },
    {
      text: '开门不等于同意他们进来。但探员可能把开着的门当成同意，然后推门进来。让门关着更安全。',
    },
    {
      text: 'ICE 可以在家外面逮捕人，常常只凭 ICE 的令状，或者根本没有令状。探员常常在街上等人出门上班。',
    },
    {
      text: '法官的令状最上面写着联邦或州法院的名字，例如 "U.S. District Court"（美国地区法院）或某个州法院。由联邦或州的法官或治安法官签名并写上日期。它应该有正确的地址，还有住在那里的人的名字，或要搜查的地方。它不能过期。真的法官令状允许探员进入并搜查上面写的地方，或逮捕上面写的人。',
    },
    {
      text: '移民法庭是司法部的一部分。它不是联邦法院，也不是州法院。所以最上面写着 "Immigration Court"（移民法庭）或 "Executive Office for Immigration Review"（移民审查执行办公室）的文件，或移民法官签的文件，都不是法官的令状。',
    },
    {
      text: 'ICE 的令状最上面写着 "Department of Homeland Security"（国土安全部）。由移民官员签名，有时由移民法官签名。I-200 表和 I-205 表都是 ICE 的令状。ICE 很少有法官的令状。多年来，维权团体一直说，只有 ICE 的令状，探员并没有得到进入住家的许可。',
    },
    {
      text: 'ICE 在 2025 年 5 月写的一份备忘录，在 2026 年 1 月被公开。它说，对于有最终驱逐令的人，官员只凭 I-205 表就可以强行进入他的家。据报道，它只适用于这个人自己的家，只在早上 6 点到晚上 10 点之间，而且不能随便搜查。要进入其他任何人的家，探员仍然需要同意、紧急情况，或联邦或州法官签的令状。这种说法有争议，正在法院里争论。2026 年 1 月，明尼苏达州的一位联邦法官裁定，有一次这样的进入违反了宪法。这位法官没有对备忘录本身做出裁定。安全的做法没有变：不要开门，不要同意，不要动手反抗。',
      since: '2025-05-12',
    },
  ],
  sources: [
    'ACLU-FLYER',
    'ACLU-SOCAL-ES',
    'ACLUNC-ES',
    'AIDSLAWPA-WARRANTS',
    'ALC-2023',
    'ASAP-ES',
    'BRYAN-NOFW',
    'FAMILIES-FREEDOM',
    'ICEENCOUNTER',
    'IDM-WARRANTS',
    'IDP-KYR',
    'IDP-RUSES',
    'IPT-HOME',
    'JUNTOS-WY',
    'KDNK-2025',
    'LULAC-WI',
    'MNKNOW',
    'OLH-WARRANTS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
