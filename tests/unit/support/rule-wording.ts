import type { AppLanguage } from '../../../src/i18n/pack-languages';
import type { CoreLanguage, WholeLanguage } from './app-texts';

/**
 * How each language words the facts sheet's 2026-12-05 corrections (tests/unit/content-rules.test.ts),
 * read from its files in `locales/<lang>/`. A new language adds its line here; the tests check that each
 * pattern matches the language's text wherever English says the same thing.
 */

/** What an emergency-core pack translates of those rules: the door guide's top, the card, the warrant check. */
export interface CoreWording {
  /** "a federal or state judge", in whatever order the language puts the words. */
  federalOrStateJudge: RegExp;
  /** The old, wrong line: ICE needs no warrant at all. */
  needsNoWarrant: RegExp;
  /** That old line in the language, which the pattern must catch. */
  oldNoWarrantLine: string;
}

/** A language with every guide and screen. */
export interface Wording extends CoreWording {
  /** Advice not to carry, show or hand over papers from another country. */
  foreignPapers: RegExp;
  /** Its qualifier: for people with no U.S. immigration papers. */
  noUsPapers: RegExp;
  /** The carry rule given with that advice. */
  carryRule: RegExp;
  /** The carry-rule fine as the guides write it. */
  fine: string;
  /** The old, wrong fine of 100 dollars. */
  hundredDollars: RegExp;
  /** Only a U.S. citizen, a green card holder, a law firm or a nonprofit may pay an ICE bond. */
  bondPayers: RegExp;
  /** Paying a bond by cashier's check, and the words that say that advice is out of date. */
  cashiersCheck: RegExp;
  outOfDate: RegExp;
  /** The I-9 notice: 3 business days; a text that says 3 days without "business" is wrong. */
  businessDays: string;
  calendarDays: RegExp;
  threeCalendarDays: string;
  /** The old, wrong line: local law limits courthouse arrests. */
  localLawLimits: RegExp;
  oldLocalLawLine: string;
  /**
   * A judge signing: a sentence with both words ("signed by a judge", "a judge signs it") speaks of a judge's
   * warrant, and must say the judge is a federal or state one, unless it speaks of an immigration judge.
   */
  signs: RegExp;
  judge: RegExp;
  immigrationJudge: RegExp;
  /** The red card's old limits line: "a valid warrant signed by a judge", with no federal or state. */
  oldJudgeLine: string;
  /** Advice that you need not say, or should not say, your status or where you were born. */
  statusSilence: RegExp;
  /** Its exception: people here on a visa may have to answer questions about their status. */
  visaMayAnswer: RegExp;
}

const WHOLE_WORDING = {
  en: {
    foreignPapers:
      /\b(do not|don't|never|not to)\s+(carry|show|hand over|give|keep)\b[^.]*?(another country|foreign|consular|your country|passport)/i,
    noUsPapers: /no U\.S\. immigration papers/i,
    carryRule: /must carry|law says to carry/,
    fine: '$5,000',
    hundredDollars: /\$\s?100\b(?![,.]\d)|\b100 dollars/,
    bondPayers: /Only a U\.S\. citizen, a green card holder[^.]*law firm[^.]*nonprofit/,
    cashiersCheck: /cashier's check/i,
    outOfDate: /out of date/i,
    businessDays: '3 business days',
    calendarDays: /\b(3|three) days\b/i,
    threeCalendarDays: '3 days',
    federalOrStateJudge: /federal or state judge/i,
    needsNoWarrant: /does not need any warrant/i,
    oldNoWarrantLine: 'Outside the home, ICE does not need any warrant to arrest you.',
    localLawLimits: /local law does not forbid|unless local law/i,
    oldLocalLawLine: 'ICE may arrest people at courthouses unless local law says otherwise.',
    signs: /\bsign(?!al)/i,
    judge: /\bjudge(?!ment)/i,
    immigrationJudge: /immigration judge/i,
    oldJudgeLine:
      'A red card is not an ID. It does not stop an arrest in public or a valid warrant signed by a judge.',
    statusSilence:
      /\b(do not|don't)( have to)? (say|answer)[^.]*(where you were born|your status)|silent about your status|ask where you were born[^.]*\.\s*You can stay silent/i,
    visaMayAnswer: /\bvisas?\b[^.]*(\.[^.]*)?may have to answer/i,
  },
  es: {
    foreignPapers:
      /\b(no|nunca)\s+(?:(?:se|les|los|las|lo|la|ni|deben)\s+)*(lleve|muestre|entregue|dé|llevar|mostrar|entregar)(?=[\s.,;:])[^.]*?(otro país|extranjer|consular|su país|pasaporte)/i,
    noUsPapers: /(no tiene|sin) papeles de inmigración/i,
    carryRule: /deben? llevar(los)?|dice que lleve/,
    fine: '$5,000',
    hundredDollars: /\$\s?100\b(?![,.]\d)|\b100 dólares/,
    bondPayers:
      /Solo un ciudadano (de EE\. UU\.|estadounidense)[^.]*tarjeta verde[^.]*bufete[^.]*sin fines de lucro/,
    cashiersCheck: /cheque de caja|cashier's check/i,
    outOfDate: /ya no están al día/i,
    businessDays: '3 días hábiles',
    calendarDays: /\b(3|tres) días\b(?! hábiles)/i,
    threeCalendarDays: '3 días',
    federalOrStateJudge: /juez (o magistrado )?federal o estatal/i,
    needsNoWarrant: /no necesita ninguna orden/i,
    oldNoWarrantLine: 'Fuera de la casa, ICE no necesita ninguna orden para arrestarlo.',
    localLawLimits: /la ley local no lo prohíb|a menos que la ley local/i,
    oldLocalLawLine: 'ICE puede arrestar en las cortes a menos que la ley local lo prohíba.',
    signs: /\bfirm[aó]/i,
    judge: /\bjuez/i,
    immigrationJudge: /juez(a)? de inmigración/i,
    oldJudgeLine:
      'La tarjeta roja no es una identificación. No detiene un arresto en público ni una orden válida firmada por un juez.',
    statusSilence:
      /\bno (tiene que|diga)\b[^.]*(dónde nació|su estatus)|silencio sobre su estatus|preguntarle dónde nació[^.]*\.\s*Usted puede guardar silencio/i,
    visaMayAnswer: /\bvisas?\b[^.]*(\.[^.]*)?((tener|tengan?) que|obligad[oa]s? a) contestar/i,
  },
  ht: {
    foreignPapers: /\bpa (pote|montre|bay|ta dwe janm pote)\b[^.]*?(lòt peyi|etranje|konsila|paspò)/i,
    noUsPapers: /pa gen papye imigrasyon ameriken/i,
    carryRule: /dwe pote|di (pou w )?pote/,
    fine: '$5,000',
    hundredDollars: /\$\s?100\b(?![,.]\d)|\b100 dola/,
    bondPayers: /sèlman yon sitwayen ameriken[^.]*kat rezidans[^.]*biwo avoka[^.]*san bi likratif/i,
    cashiersCheck: /chèk kesye|cashier's check/i,
    outOfDate: /pa ajou/i,
    businessDays: '3 jou travay',
    calendarDays: /\b(3|twa) jou\b(?! travay| ouvrab)/i,
    threeCalendarDays: '3 jou',
    federalOrStateJudge: /jij (oswa yon majistra )?federal oswa (yon jij )?eta/i,
    needsNoWarrant: /pa bezwen okenn manda/i,
    oldNoWarrantLine: 'Deyò kay la, ICE pa bezwen okenn manda pou arete ou.',
    localLawLimits: /lwa lokal pa entèdi|sof si (yon )?lwa lokal/i,
    oldLocalLawLine: 'ICE ka arete moun nan tribinal sof si lwa lokal di non.',
    signs: /\bsiyen/i,
    judge: /\bjij\b/i,
    immigrationJudge: /jij imigrasyon/i,
    oldJudgeLine:
      'Yon kat wouj se pa yon pyès idantite. Li pa anpeche yon arestasyon an piblik ni yon manda valab ("warrant") ki siyen pa yon jij.',
    statusSilence:
      /\bpa (oblije|di)\b[^.]*(kote ou fèt|estati ou)|silans sou estati ou|mande ki kote ou fèt[^.]*\.\s*Ou ka rete an silans/i,
    visaMayAnswer: /\bviza\b[^.]*(\.[^.]*)?oblije reponn/i,
  },
  'pt-BR': {
    foreignPapers:
      /\bnão (carregue|mostre|entregue|carregar)\b[^.]*?(outro país|estrangeir|consular|passaporte)|nunca devem carregar[^.]*?outro país/i,
    noUsPapers: /(não tem|sem) documentos de imigração dos EUA/i,
    carryRule: /devem? carregar|devem? carregá-los|diz para carregá?/,
    fine: '$5,000',
    hundredDollars: /\$\s?100\b(?![,.]\d)|\b100 dólares/,
    bondPayers: /Só um cidadão dos EUA[^.]*green card[^.]*escritório de advocacia[^.]*sem fins lucrativos/,
    cashiersCheck: /cheque administrativo|cashier's check/i,
    outOfDate: /desatualizad/i,
    businessDays: '3 dias úteis',
    calendarDays: /\b(3|três) dias\b(?! úteis)/i,
    threeCalendarDays: '3 dias',
    federalOrStateJudge: /juiz federal ou estadual/i,
    needsNoWarrant: /não precisa de nenhum mandado/i,
    oldNoWarrantLine: 'Fora de casa, o ICE não precisa de nenhum mandado para prender você.',
    localLawLimits: /a lei local não (o )?proíb|a menos que a lei local/i,
    oldLocalLawLine: 'O ICE pode prender pessoas em tribunais a menos que a lei local proíba.',
    signs: /\bassin/i,
    judge: /\bju[ií]z/i,
    immigrationJudge: /ju[ií]za? de imigração/i,
    oldJudgeLine:
      'Um cartão vermelho não é documento de identidade. Ele não impede uma prisão em público nem um mandado ("warrant") válido assinado por um juiz.',
    statusSilence:
      /\bnão (é obrigado a|diga)\b[^.]*(onde (você )?nasceu|sua situação migratória)|silêncio sobre sua situação|perguntar onde você nasceu[^.]*\.\s*Você pode ficar em silêncio/i,
    visaMayAnswer: /\bvistos?\b[^.]*(\.[^.]*)?ter que responder/i,
  },
  'zh-Hans': {
    foreignPapers: /不要(带|出示|交出)[^。]*?(别国|外国|领事|护照)/,
    noUsPapers: /没有美国移民文件/,
    carryRule: /必须(随时)?带着|规定要(一直|随身)?带着/,
    fine: '5,000 美元',
    hundredDollars: /\$\s?100\b(?![,.]\d)|(?<![\d,])100\s*美元/,
    bondPayers: /只有美国公民[^。]*绿卡[^。]*律师事务所[^。]*非营利/,
    cashiersCheck: /本票|cashier's check/i,
    outOfDate: /过时/,
    businessDays: '3 个工作日',
    calendarDays: /(?<!\d)(3|三)\s*(个)?(天|日历日)/,
    threeCalendarDays: '3 天',
    federalOrStateJudge: /联邦或州的?[^。，]{0,2}法官/,
    needsNoWarrant: /不需要任何令状/,
    oldNoWarrantLine: '在家外面，ICE 不需要任何令状就可以逮捕您。',
    localLawLimits: /除非(当地|地方)法律|(当地|地方)法律不禁止/,
    oldLocalLawLine: 'ICE 可以在法院逮捕人，除非当地法律禁止。',
    signs: /签/,
    judge: /法官/,
    immigrationJudge: /移民法官/,
    oldJudgeLine: '红卡不是身份证件。它不能阻止在公共场所的逮捕，也不能阻止法官签的有效令状（"warrant"）。',
    statusSilence:
      /不必(说|回答)[^。]*(出生|身份)|关于您的身份，您可以保持沉默|不要说您在哪里出生|问您在哪里出生[^。]*。您可以保持沉默/,
    visaMayAnswer: /签证[^。]*(。[^。]*)?可能(必须|要)回答/,
  },
  vi: {
    foreignPapers:
      /(đừng|không|không bao giờ nên) (mang|đưa)\b[^.]*?(nước khác|nước ngoài|lãnh sự|hộ chiếu)/i,
    noUsPapers: /không có giấy tờ di trú Hoa Kỳ/i,
    carryRule: /phải (luôn )?mang theo/,
    fine: '$5,000',
    hundredDollars: /\$\s?100\b(?![,.]\d)|\b100 đô/,
    bondPayers: /Chỉ công dân Hoa Kỳ[^.]*thẻ xanh[^.]*công ty luật[^.]*phi lợi nhuận/,
    cashiersCheck: /séc ngân hàng|cashier's check/i,
    outOfDate: /lỗi thời/i,
    businessDays: '3 ngày làm việc',
    calendarDays: /\b(3|ba) ngày\b(?! làm việc)/i,
    threeCalendarDays: '3 ngày',
    federalOrStateJudge: /thẩm phán[^.]{0,40}liên bang hoặc tiểu bang/i,
    needsNoWarrant: /không cần bất kỳ lệnh/i,
    oldNoWarrantLine: 'Ở ngoài nhà, ICE không cần bất kỳ lệnh nào để bắt bạn.',
    localLawLimits: /trừ khi luật địa phương|luật địa phương không cấm/i,
    oldLocalLawLine: 'ICE có thể bắt người ở tòa án trừ khi luật địa phương cấm.',
    signs: /\bký/i,
    judge: /thẩm phán/i,
    immigrationJudge: /thẩm phán di trú/i,
    oldJudgeLine:
      'Thẻ đỏ không phải là giấy tờ tùy thân. Thẻ không ngăn được việc bắt giữ nơi công cộng, hay một lệnh ("warrant") hợp lệ có chữ ký của thẩm phán.',
    statusSilence:
      /không phải (nói|trả lời)[^.]*(sinh ra ở đâu|nơi sinh|tình trạng di trú)|im lặng về tình trạng di trú|đừng nói bạn sinh ra ở đâu|hỏi bạn sinh ở đâu[^.]*\.\s*Bạn được quyền im lặng/i,
    visaMayAnswer: /(thị thực|visa)[^.]*(\.[^.]*)?có thể phải trả lời/i,
  },
  fr: {
    foreignPapers:
      /\bne (?:(?:les|la|le|leur)\s+)*(portez|montrez|remettez|donnez|pas porter|devraient jamais porter)\b[^.]*?(autre pays|étranger|consulaire|passeport)/i,
    noUsPapers:
      /(n’avez aucun papier|n’avez pas de papiers|sans papiers) d’immigration (américain|des États-Unis)/i,
    carryRule:
      /doi(ven)?t (toujours )?(les )?porter|devez toujours les avoir sur vous|dit de (les )?porter|portez-les toujours/i,
    fine: '5 000 dollars',
    hundredDollars: /\$\s?100\b(?![,.]\d)|\b100 dollars/,
    bondPayers: /Seuls un citoyen des États-Unis[^.]*carte verte[^.]*cabinet d’avocats[^.]*association/,
    cashiersCheck: /chèque de banque|cashier's check/i,
    outOfDate: /plus à jour/i,
    businessDays: '3 jours ouvrables',
    calendarDays: /\b(3|trois) jours\b(?! ouvrables| ouvrés)/i,
    threeCalendarDays: '3 jours',
    federalOrStateJudge: /(juge|magistrat) fédéral ou d’un État/i,
    needsNoWarrant: /n’a besoin d’aucun mandat/i,
    oldNoWarrantLine: 'Hors de chez vous, l’ICE n’a besoin d’aucun mandat pour vous arrêter.',
    localLawLimits: /la loi locale ne l’interdit pas|(sauf si|à moins que) la loi locale/i,
    oldLocalLawLine: 'L’ICE peut arrêter des personnes aux tribunaux sauf si la loi locale l’interdit.',
    signs: /\bsign(?!al)/i,
    judge: /\b(juge|magistrat)(?!ment)/i,
    immigrationJudge: /juge (de l’|d’)immigration/i,
    oldJudgeLine:
      'Une carte rouge n’est pas une pièce d’identité. Elle n’empêche pas une arrestation en public, ni un mandat ("warrant") valide signé par un juge.',
    statusSilence:
      /(n’êtes pas obligé de (dire|répondre)|ne dites pas)[^.]*(où vous êtes né|votre statut|lieu de naissance)|silence sur votre statut|demander où vous êtes né[^.]*\.\s*Vous pouvez garder le silence/i,
    visaMayAnswer: /\bvisas?\b[^.]*(\.[^.]*)?(peuvent|pouvez|peut|pourriez) devoir répondre/i,
  },
  ar: {
    foreignPapers: /(لا تحمل|بعدم حمل|ألا يحملوا)[^.]*?(بلد آخر|أجنبي|قنصلي|جواز)/,
    noUsPapers: /(لم تكن|ليست) (لديك|لديهم) أوراق هجرة أمريكية/,
    carryRule: /أن تحملها|أن يحملوها|أن يحمل|أن تحمل جواز/,
    fine: '$5,000',
    hundredDollars: /\$\s?100\b(?![,.]\d)|(?<![\d,])100 دولار/,
    bondPayers: /إلا مواطن أمريكي[^.]*بطاقة خضراء[^.]*مكتب محاماة[^.]*غير ربحية/,
    cashiersCheck: /شيك مصرفي|cashier's check/i,
    outOfDate: /لم تعد صحيحة/,
    businessDays: '3 أيام عمل',
    calendarDays: /(?<!\d)(3|ثلاثة) (أيام|يوم)(?! عمل)/,
    threeCalendarDays: '3 أيام',
    federalOrStateJudge: /(قاضيًا فيدراليًا|قاضٍ فيدرالي) أو قاضي ولاية/,
    needsNoWarrant: /لا (تحتاج|يحتاج) (إلى )?أي مذكرة/,
    oldNoWarrantLine: 'خارج البيت، ICE لا تحتاج إلى أي مذكرة لتعتقلك.',
    localLawLimits: /ما لم يمنع(ه)? القانون المحلي|القانون المحلي لا يمنع/,
    oldLocalLawLine: 'يجوز لـ ICE أن تعتقل الناس في المحاكم ما لم يمنع القانون المحلي ذلك.',
    signs: /موقّع|وقّع|توقيع|يوقّع/,
    judge: /قاض/,
    immigrationJudge: /قاضي (ال)?هجرة/,
    oldJudgeLine:
      'البطاقة الحمراء ليست هوية. لا تمنع الاعتقال في مكان عام، ولا تمنع مذكرة ("warrant") صحيحة موقّعة من قاضٍ.',
    statusSilence:
      /(لست مضطرًا أن (تقول|تجيب)|لا تقل)[^.]*(أين وُلدت|وضعك|مكان ولادتك)|الصمت عن وضعك|يسألك ضابط أين وُلدت[^.]*\.\s*يمكنك أن تلتزم الصمت/,
    visaMayAnswer: /تأشير[^.]*(\.[^.]*)?قد يكون (عليهم|عليك) أن (يجيبوا|تجيب)/,
  },
} satisfies Record<WholeLanguage, Wording>;

const CORE_WORDING = {
  ko: {
    federalOrStateJudge: /연방 또는 주 판사/,
    needsNoWarrant: /영장이 전혀 필요 없/,
    oldNoWarrantLine: '집 밖에서는 ICE가 당신을 체포하는 데 영장이 전혀 필요 없습니다.',
  },
  tl: {
    federalOrStateJudge: /hukom (o mahistrado )?na pederal o ng estado/i,
    needsNoWarrant: /hindi (na )?kailangan (ng ICE )?(ng )?anumang warrant/i,
    oldNoWarrantLine: 'Sa labas ng bahay, hindi kailangan ng ICE ng anumang warrant para arestuhin ka.',
  },
  ru: {
    federalOrStateJudge: /федеральн(ый|ым|ого) судь(я|ёй|и) или судь(я|ёй|и) штата/i,
    needsNoWarrant: /не нуж(ен|но) никак(ой|ого) ордер/i,
    oldNoWarrantLine: 'Вне дома ICE не нужен никакой ордер, чтобы вас арестовать.',
  },
  uk: {
    federalOrStateJudge: /федеральн(ий|им|ого) судд(я|ею|і) (або|чи) судд(я|ею|і) штату/i,
    needsNoWarrant: /не потрібен (жоден|жодний|ніякий) ордер|не потрібно жодного ордера/i,
    oldNoWarrantLine: 'Поза домом ICE не потрібен жоден ордер, щоб вас заарештувати.',
  },
  pa: {
    federalOrStateJudge: /ਫ਼ੈਡਰਲ ਜਾਂ ਸਟੇਟ ਜੱਜ/,
    needsNoWarrant: /ਕਿਸੇ ਵਾਰੰਟ ਦੀ ਲੋੜ ਨਹੀਂ|ਵਾਰੰਟ ਦੀ ਕੋਈ ਲੋੜ ਨਹੀਂ/,
    oldNoWarrantLine: 'ਘਰ ਤੋਂ ਬਾਹਰ, ICE ਨੂੰ ਤੁਹਾਨੂੰ ਗ੍ਰਿਫ਼ਤਾਰ ਕਰਨ ਲਈ ਕਿਸੇ ਵਾਰੰਟ ਦੀ ਲੋੜ ਨਹੀਂ।',
  },
  hi: {
    federalOrStateJudge: /फ़ेडरल या राज्य (के|का) जज/,
    needsNoWarrant: /किसी वारंट की (ज़रूरत|जरूरत|आवश्यकता) नहीं|वारंट की कोई (ज़रूरत|जरूरत|आवश्यकता) नहीं/,
    oldNoWarrantLine: 'घर के बाहर, ICE को आपको गिरफ़्तार करने के लिए किसी वारंट की ज़रूरत नहीं है।',
  },
  ur: {
    federalOrStateJudge: /وفاقی یا ریاستی جج/,
    needsNoWarrant: /کسی وارنٹ کی ضرورت نہیں|وارنٹ کی کوئی ضرورت نہیں/,
    oldNoWarrantLine: 'گھر کے باہر، ICE کو آپ کو گرفتار کرنے کے لیے کسی وارنٹ کی ضرورت نہیں۔',
  },
  so: {
    federalOrStateJudge: /garsoore (ama garsoore-hoosaad \(magistrate\) )?federaal ah ama gobol/i,
    needsNoWarrant: /uma baahn[a-z]* wax amar/i,
    oldNoWarrantLine: 'Guriga dibaddiisa, ICE uma baahna wax amar ah si ay kuu xidho.',
  },
  am: {
    federalOrStateJudge: /(የ|በ)?ፌደራል ወይም (በ|የ)?ግዛት ዳኛ/,
    needsNoWarrant: /ምንም\s*ማዘዣ\s*አያስፈል/,
    oldNoWarrantLine: 'ከቤት ውጭ፣ ICE እርስዎን ለመያዝ ምንም ማዘዣ አያስፈልገውም።',
  },
  ti: {
    federalOrStateJudge: /ዳኛ (ወይ ማጂስትሬት )?ፌደራል ወይ ክፍለ ሃገር/,
    needsNoWarrant: /ዝኾነ\s*ትእዛዝ\s*ኣየድልዮ/,
    oldNoWarrantLine: 'ካብ ገዛ ወጻኢ፣ ICE ንኽኣስረኩም ዝኾነ ትእዛዝ ኣየድልዮን እዩ።',
  },
} satisfies Record<CoreLanguage, CoreWording>;

export const WORDING: Record<AppLanguage, CoreWording> = { ...WHOLE_WORDING, ...CORE_WORDING };

/** A whole-app language's wording. */
export const wording = (language: WholeLanguage): Wording => WHOLE_WORDING[language];
