import type { Guide } from '../../../src/content/guide-types';

export const documentARaid: Guide = {
  id: 'document-a-raid',
  title: '安全地记录突袭',
  summary: '怎样记下或录下移民探员做的事，同时保护好自己和别人的安全。',
  stepLinks: [
    { list: 'steps', step: 2, to: 'record' },
    { list: 'steps', step: 7, to: 'record' },
    { list: 'steps', step: 8, to: 'alert' },
  ],
  steps: [
    '安全第一。录不录由您选择。在旁边看着、做笔记也有帮助。',
    '保持冷静，保持距离；一位律师建议 10 到 15 英尺（3 到 4.5 米）。永远不要站到探员和被拦的人中间。',
    '记下日期、时间和地点，有几个探员和几辆车，背心上的机构名字，还有车牌。',
    '如果觉得安全，问他们是哪个机构的、名字和徽章号码，以及要把人带到哪里。',
    '如果安全，小声问被带走的人，您应该替他打电话给谁。',
    '如果您录像，把手机拿在探员看得见的地方。如果他们叫您后退，就后退，继续录。',
    '记下探员说的话和做的事、他们出示的任何令状（"warrant"）、任何暴力或损坏，以及谁被带走了。',
    '事后，趁还记得，把一切都写下来。把笔记和视频交给那家人或他们的律师。',
    '分享任何消息之前，先核实。把您看到的报告给本地的快速反应热线。',
  ],
  sayThis: [
    { english: 'Which agency are you with?', meaning: '你们是哪个机构的？' },
    { english: 'What are your names and badge numbers?', meaning: '你们的名字和徽章号码是什么？' },
    { english: 'Where are you taking this person?', meaning: '你们要把这个人带到哪里？' },
    { english: 'Do you have a warrant?', meaning: '你们有令状吗？' },
    {
      english: 'I am using my right to record. I will not get in your way.',
      meaning: '我在使用我录像的权利。我不会妨碍你们。',
    },
    { english: 'Okay. I am stepping back.', meaning: '好的。我在后退。' },
  ],
  doNot: [
    '不要碰或挡住探员，也不要站到他们和被拦的人中间。',
    '如果业主叫您离开，就不要留在私人地方。',
    '事情发生的时候，不要在社交媒体上直播。',
    '不要发布被带走的人的脸、车牌或纹身。先把它们弄模糊。',
    '核实之前，不要分享报告。假警报会散播恐惧。',
    '不要打 1-866-DHS-2-ICE（1-866-347-2423）求助。那是 ICE 用来收集别人消息的热线。',
  ],
  goodToKnow: [
    {
      text: '在公共场所拍摄正在执法的 ICE 或 CBP 探员，受到宪法第一修正案的保护。这对每个人都适用，不管是不是公民。至少有七个联邦上诉法院说，人们可以在公共场所录下警察。',
    },
    {
      text: '这个权利有限制。不要妨碍探员。业主可以叫您离开私人地方。在法院里面可能不准录像。',
    },
    {
      text: '录像可能有风险。DHS 官员曾把拍摄探员说成是一种妨碍，甚至说成是“暴力”。一篇新闻报道说，ProPublica 统计到至少 130 人在被指控妨碍或拍摄探员后被逮捕。Borderless Magazine 报道，2026 年 1 月 24 日，在明尼阿波利斯，联邦移民探员开枪打死了一个想拍他们的男人。录不录永远由您选择。您的安全第一。',
      since: '2026-01-24',
    },
    {
      text: '在工作的地方，工人和雇主也可以在突袭时拍下或记下探员做的事。',
    },
    {
      text: '用密码锁手机，不要用脸或指纹。把视频设成自动备份到云端。',
    },
    {
      text: '您可以问探员有没有令状，但他们不必给只是在旁边看的人看。',
    },
    {
      text: '本地的快速反应团体会核实报告、派法律观察员，并帮家庭找律师。United We Dream 办过一条叫 MigraWatch 的全国热线，用来报告 ICE 和 CBP 的行动。其他团体列出的号码是 1-844-363-1423。我们找到的提到这个号码的最新新闻是 2019 年的（The Monitor），我们也没有找到 United We Dream 给出这个号码的网页，所以它可能打不通。在需要之前，先上 unitedwedream.org 核对。',
    },
  ],
  sources: [
    'BORDERLESS',
    'CIBERCUBA-2025',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'ICEENCOUNTER',
    'IMMLIB-MIGRAWATCH',
    'LANACION-FILM-ES',
    'LAW-5THINGS',
    'MASJIDPLUS',
    'MIRA-BYSTANDER',
    'MONITOR-2019',
    'NILC-WORK-EVU',
    'NYCLU-FILM',
    'OBSERVED-FILM',
    'RECORD-MX',
    'SANJOSE-MIGRAWATCH',
    'UWD-2019',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
