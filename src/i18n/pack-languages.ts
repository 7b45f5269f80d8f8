import type { Language } from './languages';

/**
 * The languages beyond English and Spanish (issue 16). Each is a folder, `locales/<code>/`, built into
 * one language pack (build/language-packs.ts) that a phone downloads only when it needs it: the first
 * visit fetches the browser's language if it is one of these, Settings → "Languages on this phone"
 * adds or removes the others. Not in the first screen's code: the app loads this list when it needs it.
 *
 * - `whole`: every screen, guide and printout, like English.
 * - `core`: the emergency core (locales/core.ts); every other screen opens in the person's second
 *   language, English or Spanish, and says so.
 */
export const PACK_LANGUAGES = {
  ht: { name: 'Kreyòl ayisyen', tier: 'whole', dir: 'ltr' },
  'pt-BR': { name: 'Português (Brasil)', tier: 'whole', dir: 'ltr' },
  'zh-Hans': { name: '简体中文', tier: 'whole', dir: 'ltr' },
  vi: { name: 'Tiếng Việt', tier: 'whole', dir: 'ltr' },
  fr: { name: 'Français', tier: 'whole', dir: 'ltr' },
  ar: { name: 'العربية', tier: 'whole', dir: 'rtl' },
  ko: { name: '한국어', tier: 'core', dir: 'ltr' },
  tl: { name: 'Tagalog', tier: 'core', dir: 'ltr' },
  ru: { name: 'Русский', tier: 'core', dir: 'ltr' },
  uk: { name: 'Українська', tier: 'core', dir: 'ltr' },
  pa: { name: 'ਪੰਜਾਬੀ', tier: 'core', dir: 'ltr' },
  hi: { name: 'हिन्दी', tier: 'core', dir: 'ltr' },
  ur: { name: 'اردو', tier: 'core', dir: 'rtl' },
  so: { name: 'Soomaali', tier: 'core', dir: 'ltr' },
  am: { name: 'አማርኛ', tier: 'core', dir: 'ltr' },
  ti: { name: 'ትግርኛ', tier: 'core', dir: 'ltr' },
} as const satisfies Record<string, { name: string; tier: 'whole' | 'core'; dir: 'ltr' | 'rtl' }>;

export type PackLanguage = keyof typeof PACK_LANGUAGES;
export type Tier = (typeof PACK_LANGUAGES)[PackLanguage]['tier'];

/** Any language the app can show: English, Spanish, or one in a pack. */
export type AppLanguage = Language | PackLanguage;

export const PACK_CODES = /* @__PURE__ */ Object.keys(PACK_LANGUAGES) as readonly PackLanguage[];

export function isPackLanguage(value: unknown): value is PackLanguage {
  return typeof value === 'string' && Object.hasOwn(PACK_LANGUAGES, value);
}

/**
 * Which pack language a browser's language tag asks for, if any: `pt`, `pt-BR`, `pt-PT` → Brazilian
 * Portuguese; `zh`, `zh-CN`, `zh-SG`, `zh-Hans-*` → simplified Chinese (not `zh-TW`, `zh-HK`, `zh-Hant`,
 * written in traditional characters); `fil` → Tagalog; otherwise the tag's first part.
 */
export function packLanguageFor(tag: string): PackLanguage | undefined {
  const parts = tag.toLowerCase().split('-');
  const primary = parts[0] ?? '';
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'fil') return 'tl';
  if (primary === 'zh') {
    const rest = parts.slice(1);
    const traditional = rest.includes('hant') || rest.some((part) => ['tw', 'hk', 'mo'].includes(part));
    return traditional && !rest.includes('hans') ? undefined : 'zh-Hans';
  }
  return isPackLanguage(primary) ? primary : undefined;
}
