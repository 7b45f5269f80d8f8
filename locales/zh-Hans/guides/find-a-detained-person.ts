import type { Guide } from '../../../src/content/guide-types';

export const findADetainedPerson: Guide = {
  id: 'find-a-detained-person',
  title: '找被拘留的人',
  summary: '怎样找到被 ICE 扣押的家人，以及移民保释金（bond）的基本知识。',
  steps: [
    '上 ICE 的网上被拘留者查询系统 locator.ice.gov。它是免费的，不需要账户。',
    '用外国人登记号（A-number）和出生国家查。要输入全部 9 位数。号码不够长，就在前面补 0。',
    '没有 A-number？就用名字、姓和出生国家查。也准备好出生日期。',
    '如果什么都没查到，试试别的拼法。过些时候再查：有报道说，新的逮捕最多要两天才会显示。',
    '找到这个人以后也要继续查。ICE 常常把人送到很远的地方，有时不通知。',
    '马上打给可信的移民律师或法律援助团体。这个人能不能保释，可能要看他被关在哪里。',
    '把 A-number 给律师，如果您知道遣返官员的名字，也给律师。',
    '问律师能不能保释（"bond"）、保释金大概多少、应该由谁来付。',
    '收集这个人的家庭关系、工作和报税的证明，以及支持信。法官在决定保释时可能会看这些。',
    '只有美国公民、有绿卡的人、律师事务所或非营利团体才能付 ICE 的保释金。',
    '通过 ICE 的 CeBONDS 系统在网上用银行转账付保释金。',
    '保存好保释金的收据。它是 I-305 表。',
  ],
  sayThis: [
    {
      english: 'I am looking for a family member who was detained by immigration.',
      meaning: '我在找一位被移民局拘留的家人。',
    },
    { english: 'Where is this person being held?', meaning: '这个人被关在哪里？' },
    {
      english: 'Has a bond been set, and how much is it?',
      meaning: '保释金定了吗？是多少钱？',
    },
  ],
  doNot: [
    '不要打 1-866-DHS-2-ICE 求助。那是 ICE 用来举报别人的热线。',
    '不要付钱给 "notario"（公证人）要法律帮助。在美国，公证人不能给法律意见。',
    '如果您有 DACA、TPS 或签证，不要去 ICE 付保释金。您不可以付，去了会让您有危险。',
    '放出来以后，这个人不能错过任何听证。如果错过一次，保释金可能就没了。',
  ],
  goodToKnow: [
    {
      text: '查询系统只显示现在被 ICE 扣押的人，或在过去 60 天内被放出来的人。它不显示 18 岁以下的人。名字必须和 ICE 的记录完全一样。网站可以用西班牙语和其他语言。',
    },
    {
      text: '保释金（"bond"）是付给 ICE 的钱，保证这个人会去每一次听证。有了它，这个人可以在外面打官司。ICE 先定一个数目，或者说不准保释。这个人可以请移民法官重新审查。法官先看对别人有没有危险，再看这个人会不会不回来。有报道的保释金从 1,500 美元起。5,000 到 15,000 美元或更多也很常见。',
    },
    {
      text: 'ICE 自己的保释金（Bonds）网页说，保释金要通过它的 CeBONDS 系统在网上用银行转账（ACH 或 Fedwire）付。只有美国公民、有绿卡的人（合法永久居民）、律师事务所或非营利团体可以付。有 DACA、TPS 或签证的亲戚不可以付，如果去 ICE 试着付，会有危险。以前的指南说在 ICE 办公室用本票或汇票付，那已经过时了。保存好收据（I-305 表）。如果这个人遵守所有规定，钱会退回来。如果他错过听证，钱就没了。',
    },
    {
      text: '有些人根本不能保释。这叫做强制拘留（"mandatory detention"）。它可能适用于一些有犯罪记录的人、刚到达时被拦下的人，以及有旧驱逐令的人。',
    },
    {
      text: '从 2025 年 7 月 8 日起，DHS 认为没有经过移民官员检查就进入美国的人不能保释。它说这些人必须一直被拘留。',
      since: '2025-07-08',
    },
    {
      text: '2025 年 9 月 5 日，移民上诉委员会（BIA）对 Matter of Yajure Hurtado 一案做出决定。它说，对于没有经过检查入境的人，移民法官不可以举行保释听证。',
      since: '2025-09-05',
    },
    {
      text: '2025 年 11 月和 12 月，加州的联邦法官 Sunshine Sykes 在一个叫 Maldonado Bautista 的案子中否定了不准保释的政策。法官认定了一个全国性的群体，叫 "Bond Eligible Class"（有资格保释的群体），他们有权得到保释听证。有报道说，2025 年 12 月做出了最终判决。有报道说，一些移民法庭仍然拒绝举行这种听证。在联邦法院提出人身保护令申请（"habeas petition"）是另一条路。',
      since: '2025-12',
    },
    {
      text: '2026 年 2 月 6 日，联邦第五巡回上诉法院（Fifth Circuit）支持在德州、路易斯安那州和密西西比州对没有经过检查入境的人不准保释、继续拘留。案子叫 Buenrostro-Mendez v. Bondi。ICE 常常把它拘留的人送到这几个州。',
      since: '2026-02-06',
    },
    {
      text: '2026 年 2 月 18 日，加州的一个联邦法院撤销（取消）了 BIA 在 Matter of Yajure Hurtado 一案中的决定。所以现在一个人能不能保释，要看他被关在哪里。这一直在变：马上打电话给律师。',
      since: '2026-02-18',
    },
  ],
  sources: [
    '2001-BOND-ES',
    'CIBERCUBA-2025',
    'CONEXION-BOND',
    'ELTOQUE-ODLS',
    'FACTCHEQUEADO',
    'HELPWITHBONDS-ES',
    'ICE-BONDS',
    'ICEBOUND-BOND',
    'IMMNET-G28',
    'KYRHUB-BOND',
    'KYRHUB-COUNSEL',
    'LAWFIRM4IMM-2026',
    'LAWHELPMN-ES',
    'LULAC-WI',
    'LVIL-2026',
    'MALDONADO-LV',
    'MALDONADO-WOLFSDORF',
    'MURRAY-OSORIO-2026',
    'NEWZINO',
    'NOLO-BOND',
    'ODLS-FAQ-2017',
    'ODLS-LAUNCH',
    'PIXELATION-ODLS',
    'REF-ODLS',
    'WILDES-BOND',
    'WISLAW',
    'YAJURE-AIC',
    'YAJURE-MO',
  ],
  lastReviewed: '2026-12-05',
};
