import type { AppLanguage } from '../../../src/i18n/pack-languages';
import type { CoreLanguage, WholeLanguage } from './app-texts';

/**
 * How each language words the screen fixes of the facts audit (§1b, §8 and gap 3, the phones line):
 * tests/unit/screen-facts.test.ts. Kept apart from rule-wording.ts (the guides' rules): a phrase each
 * language's screen must say, as its own files say it.
 */

/** What an emergency-core pack says of them: the warrant check and the help screen. */
export interface CoreScreenWording {
  /** The warrant check's name question and diagram: a person who lives here, not "your name". */
  livesHere: string;
  /** The immigration question: where on the paper to look (the top, the signature, the form number). */
  whereToLook: string;
  /** MigraWatch: United We Dream has run it (the sheet does not confirm it runs today). */
  hasRun: string;
  /** MigraWatch: we found no United We Dream page with the number (not "it is not on their site"). */
  foundNoPage: string;
}

/** A language with every screen: the record's labels and the practice screen too. */
export interface ScreenWording extends CoreScreenWording {
  /** The record's label for the check's first question: a federal or state court at the top. */
  federalOrStateCourt: string;
  /** The record's label for an immigration paper names the immigration judge. */
  immigrationJudge: string;
  /** The practice screen: know at least one number by heart (the sheet's "phones get taken"). */
  atLeastOne: string;
}

const WHOLE = {
  en: {
    livesHere: 'someone who lives here',
    whereToLook: 'the top, the signature or the form number',
    hasRun: 'United We Dream has run',
    foundNoPage: 'We found no United We Dream page',
    federalOrStateCourt: 'federal or state court',
    immigrationJudge: 'immigration judge',
    atLeastOne: 'at least one number',
  },
  es: {
    livesHere: 'alguien que vive aquí',
    whereToLook: 'Arriba, en la firma o en el número de formulario',
    hasRun: 'United We Dream ha tenido una línea',
    foundNoPage: 'No encontramos ninguna página de United We Dream',
    federalOrStateCourt: 'corte federal o estatal',
    immigrationJudge: 'juez de inmigración',
    atLeastOne: 'al menos un número',
  },
  ht: {
    livesHere: 'yon moun ki rete isit la',
    whereToLook: 'siyati a oswa nimewo fòm nan',
    hasRun: 'United We Dream te gen yon liy',
    foundNoPage: 'Nou pa jwenn okenn paj United We Dream',
    federalOrStateCourt: 'tribinal federal oswa eta',
    immigrationJudge: 'jij imigrasyon',
    atLeastOne: 'omwen yon nimewo',
  },
  'pt-BR': {
    livesHere: 'alguém que mora aqui',
    whereToLook: 'a assinatura ou o número do formulário',
    hasRun: 'United We Dream já teve uma linha',
    foundNoPage: 'Não encontramos nenhuma página da United We Dream',
    federalOrStateCourt: 'tribunal federal ou estadual',
    immigrationJudge: 'juiz de imigração',
    atLeastOne: 'pelo menos um número',
  },
  'zh-Hans': {
    livesHere: '住在这里的某个人',
    whereToLook: '顶部、签名或表格编号',
    hasRun: 'United We Dream 曾经开设',
    foundNoPage: '我们没有找到任何给出这个号码的 United We Dream 网页',
    federalOrStateCourt: '联邦或州法院',
    immigrationJudge: '移民法官',
    atLeastOne: '至少背下一个号码',
  },
  vi: {
    livesHere: 'một người sống ở đây',
    whereToLook: 'chữ ký hoặc số mẫu đơn',
    hasRun: 'United We Dream đã từng có',
    foundNoPage: 'Chúng tôi không tìm thấy trang nào của United We Dream',
    federalOrStateCourt: 'liên bang hoặc tiểu bang',
    immigrationJudge: 'thẩm phán di trú',
    atLeastOne: 'ít nhất một số',
  },
  fr: {
    livesHere: 'une personne qui vit ici',
    whereToLook: 'la signature ou le numéro de formulaire',
    hasRun: 'United We Dream a géré une ligne',
    foundNoPage: 'Nous n’avons trouvé aucune page de United We Dream',
    federalOrStateCourt: 'tribunal fédéral ou d’un État',
    immigrationJudge: 'juge de l’immigration',
    atLeastOne: 'au moins un numéro',
  },
  ar: {
    livesHere: 'اسم شخص يسكن هنا',
    whereToLook: 'في التوقيع أو في رقم النموذج',
    hasRun: 'كان لمنظمة United We Dream',
    foundNoPage: 'لم نجد أي صفحة لمنظمة United We Dream',
    federalOrStateCourt: 'محكمة فيدرالية أو محكمة ولاية',
    immigrationJudge: 'قاضي هجرة',
    atLeastOne: 'رقمًا واحدًا على الأقل',
  },
} satisfies Record<WholeLanguage, ScreenWording>;

const CORE = {
  ko: {
    livesHere: '여기 사는 사람의 이름',
    whereToLook: '서명 또는 양식 번호',
    hasRun: '운영해 왔습니다',
    foundNoPage: 'United We Dream 페이지는 찾지 못했습니다',
  },
  tl: {
    livesHere: 'taong nakatira dito',
    whereToLook: 'sa pirma o sa numero ng form',
    hasRun: 'United We Dream ay nagpatakbo',
    foundNoPage: 'Wala kaming nakitang pahina ng United We Dream',
  },
  ru: {
    livesHere: 'который здесь живёт',
    whereToLook: 'в подписи или в номере формы',
    hasRun: 'United We Dream вела',
    foundNoPage: 'Мы не нашли ни одной страницы United We Dream',
  },
  uk: {
    livesHere: 'яка тут живе',
    whereToLook: 'у підписі або в номері форми',
    hasRun: 'United We Dream вела',
    foundNoPage: 'Ми не знайшли жодної сторінки United We Dream',
  },
  pa: {
    livesHere: 'ਇੱਥੇ ਰਹਿਣ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ',
    whereToLook: 'ਦਸਤਖ਼ਤ ਵਿੱਚ ਜਾਂ ਫ਼ਾਰਮ ਨੰਬਰ',
    hasRun: 'ਚਲਾਈ ਹੈ',
    foundNoPage: 'ਸਾਨੂੰ United We Dream ਦਾ ਕੋਈ ਵੀ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ',
  },
  hi: {
    livesHere: 'यहाँ रहने वाले किसी व्यक्ति',
    whereToLook: 'हस्ताक्षर में या फ़ॉर्म नंबर',
    hasRun: 'चलाई है',
    foundNoPage: 'हमें United We Dream का ऐसा कोई पेज नहीं मिला',
  },
  ur: {
    livesHere: 'یہاں رہنے والے کسی شخص',
    whereToLook: 'دستخط میں یا فارم نمبر',
    hasRun: 'چلائی ہے',
    foundNoPage: 'ہمیں United We Dream کا کوئی ایسا صفحہ نہیں ملا',
  },
  so: {
    livesHere: 'qof halkan deggan',
    whereToLook: 'saxeexa ama lambarka foomka',
    hasRun: 'United We Dream waxay maamushay',
    foundNoPage: 'Ma aanaan helin bog United We Dream',
  },
  am: {
    livesHere: 'እዚህ የሚኖር',
    whereToLook: 'ፊርማው ወይም የቅጹ ቁጥር',
    hasRun: 'ሲያካሂድ ቆይቷል',
    foundNoPage: 'የUnited We Dream ገጽ አላገኘንም',
  },
  ti: {
    livesHere: 'ኣብዚ ዝነብር ሰብ',
    whereToLook: 'እቲ ፊርማ ወይ ቁጽሪ ፎርም',
    hasRun: 'ከካይድ ጸኒሑ',
    foundNoPage: 'ናይ United We Dream ገጽ ኣይረኸብናን',
  },
} satisfies Record<CoreLanguage, CoreScreenWording>;

export const SCREEN_WORDING: Record<AppLanguage, CoreScreenWording> = { ...WHOLE, ...CORE };

/** A whole-app language's wording of the screen fixes. */
export const screenWording = (language: WholeLanguage): ScreenWording => WHOLE[language];
