import type { Guide } from '../../../src/content/guide-types';

export const inACar: Guide = {
  id: 'in-a-car',
  title: 'Nan machin, nan pòs kontwòl ak nan zòn fwontyè 100 mil la',
  summary:
    'Sa pou w fè si lapolis oswa ajan imigrasyon kanpe machin ou, oswa nan yon pòs kontwòl Border Patrol.',
  rightNow: {
    steps: [
      'Rale sou kote nan yon kote ki an sekirite. Etenn motè a. Men ou sou volan an.',
      'Lè yo mande, chofè a montre lisans li, papye anrejistreman machin nan ak prèv asirans.',
      'Ou gen dwa rete an silans sou estati ou. Di non si yo vle fouye machin nan.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'Mwen pa dakò pou nou fouye machin mwen.',
      },
    ],
  },
  steps: [
    'Lè yo fè ou siy pou w kanpe, rale sou kote nan yon kote ki an sekirite.',
    'Etenn motè a. Limen limyè anndan machin nan.',
    'Bese vit ou yon ti kras. Kenbe men ou sou volan an.',
    'Si se ou ki chofè a e yo mande, montre lisans ou, papye anrejistreman machin nan ak prèv asirans ou.',
    'Ou pa oblije di estati ou ni kote ou fèt. Moun ki gen viza ka oblije reponn. Di w ap sèvi ak dwa sa a.',
    'Si se pasaje ou ye, ou ka rete an silans tou. Mande si ou lib pou w ale. Si yo di wi, ale san bri.',
    'Si yo mande pou yo fouye machin nan, di klè ke ou pa dakò.',
    'Nan yon pòs kontwòl Border Patrol, ou ka rete an silans. Si yo kenbe ou apre kèk kesyon, mande si ou an detansyon.',
  ],
  sayThis: [
    {
      english: 'I am using my right to remain silent.',
      meaning: 'Mwen sèvi ak dwa mwen pou m rete an silans.',
    },
    {
      english: 'I do not consent to a search of my car.',
      meaning: 'Mwen pa dakò pou nou fouye machin mwen.',
    },
    { english: 'Am I free to go?', meaning: 'Èske m lib pou m ale?' },
    { english: 'Am I being detained?', meaning: 'Èske m an detansyon?' },
    { english: 'I want to speak with a lawyer.', meaning: 'Mwen vle pale ak yon avoka.' },
  ],
  doNot: [
    'Pa bay lapolis oswa ajan yo manti.',
    'Pa janm kenbe fo papye nan machin nan, e pa janm montre yo.',
    'Pa mete kò ou nan chemen yon fouy, menm si ou te di non.',
    'Si ou pa gen papye imigrasyon ameriken, pa pote ni montre papye yon lòt peyi, tankou yon paspò etranje oswa yon kat idantite konsila.',
  ],
  goodToKnow: [
    {
      text: 'Ou ka di non pou yon fouy. Men lapolis ka fouye machin nan kanmenm san pèmisyon ou si yo kwè gen prèv yon krim. Yo rele sa "probable cause" (kòz pwobab).',
    },
    {
      text: 'Yon règ federal pèmèt CBP, ajans fwontyè a, travay jiska 100 mil (anviwon 160 km) de nenpòt fwontyè sou tè oswa kòt lanmè. Yo souvan rele sa zòn fwontyè 100 mil la. Anviwon de moun sou twa Ozetazini rete ladan l.',
    },
    {
      text: 'Nan yon pòs kontwòl nan zòn sa a, Border Patrol ka kanpe machin ou pou yon ti tan epi poze kesyon sou sitwayènte, menm si yo pa sispèk ou de anyen. Pou kenbe ou pi lontan, yo bezwen yon sispèk rezonab ("reasonable suspicion"). Pou fouye machin nan, yo bezwen yon manda ("warrant") oswa yon kòz pwobab ("probable cause"). Lwen pòs kontwòl yo, Border Patrol bezwen yon sispèk rezonab pou kanpe yon machin.',
    },
    {
      text: 'Moun ki gen viza, tankou touris, etidyan ak moun k ap vwayaje pou biznis, gen lòt obligasyon. Yo ka oblije reponn kesyon sou estati imigrasyon yo.',
    },
    {
      text: 'Si ou pa sitwayen ameriken, ou gen 18 an oswa plis, e yo te ba ou papye anrejistreman, lalwa di ou dwe pote yo tout tan. Egzanp: yon kat rezidans ("green card"), yon pèmi travay, oswa prèv ou te anrejistre ak Fòm G-325R. Si ou isit ak yon viza, lalwa di pou w pote paspò ou ak I-94 ou. Si ou pa pote yo, se yon krim. Sa ka vle di yon amann jiska $5,000 ak jiska 30 jou nan prizon. Yo te raman aplike règ sa a anvan. An avril 2025, epi ankò an jiyè 2025, gouvènman an te raple moun li an piblik. Si ou gen yon kat rezidans, pote orijinal la, pa sèlman yon foto sou telefòn ou.',
      since: '2025-04',
    },
    {
      text: 'Si ou gen papye imigrasyon ameriken ki valab sou ou, e yon ajan imigrasyon mande ou yo, ou dwe montre yo. ACLU Arizona di obligasyon sa a se anvè ajan imigrasyon federal yo, pa anvè lapolis lokal. Konsèy pou pa pote papye yon lòt peyi a se sèlman pou moun ki pa gen papye imigrasyon ameriken.',
    },
    {
      text: 'An 2025, yo te rapòte pòs kontwòl CBP ak kontwòl nan bis byen lwen fwontyè sid la. An jen 2025, yo te rapòte sa sou otowout I-95 nan Maine, anviwon 80 mil de Kanada. Sitwayen ameriken pa oblije pote prèv sitwayènte yo.',
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
