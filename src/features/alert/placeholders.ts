import type { MessageLanguage } from '../../storage/contact-record';

/*
 * Placeholders the person writes in a message and reads in their language (`[my name]`,
 * `[mi nombre]`), filled in when the message is sent. Stored messages keep the words, not codes, so a
 * message reads the same in the set-up screen, in a backup file and on paper.
 */

export const PLACEHOLDERS = ['name', 'time', 'place', 'pickUp', 'lawyer'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * Each placeholder as it is written in a message of each language: a pack language's as its pack's
 * ready-made messages write them (`locales/<code>/alert.json`; Kreyòl's keep the English words).
 * tests/unit/alert-pack-language.test.ts fills every pack's messages and finds no bracket left.
 */
export const PLACEHOLDER_WORDS: { readonly [L in MessageLanguage]: { readonly [P in Placeholder]: string } } =
  {
    en: {
      name: '[my name]',
      time: '[time]',
      place: '[where I am]',
      pickUp: '[who picks up the children]',
      lawyer: "[my lawyer's number]",
    },
    es: {
      name: '[mi nombre]',
      time: '[hora]',
      place: '[dónde estoy]',
      pickUp: '[quién recoge a los niños]',
      lawyer: '[número de mi abogado]',
    },
    ht: {
      name: '[my name]',
      time: '[time]',
      place: '[where I am]',
      pickUp: '[who picks up the children]',
      lawyer: "[my lawyer's number]",
    },
    'pt-BR': {
      name: '[meu nome]',
      time: '[hora]',
      place: '[onde estou]',
      pickUp: '[quem busca as crianças]',
      lawyer: '[número do meu advogado]',
    },
    'zh-Hans': {
      name: '[我的名字]',
      time: '[时间]',
      place: '[我在哪里]',
      pickUp: '[谁接孩子]',
      lawyer: '[我律师的号码]',
    },
    vi: {
      name: '[tên tôi]',
      time: '[giờ]',
      place: '[nơi tôi đang ở]',
      pickUp: '[người đón các con]',
      lawyer: '[số của luật sư tôi]',
    },
    fr: {
      name: '[mon nom]',
      time: '[heure]',
      place: '[où je suis]',
      pickUp: '[qui va chercher les enfants]',
      lawyer: '[numéro de mon avocat]',
    },
    ar: {
      name: '[اسمي]',
      time: '[الوقت]',
      place: '[مكاني]',
      pickUp: '[من يستلم الأطفال]',
      lawyer: '[رقم محاميّ]',
    },
  };

export type PlaceholderValues = { readonly [P in Placeholder]?: string | undefined };

export interface Filled {
  text: string;
  /** Placeholders the message holds that had no value: left out of the text, named on screen. */
  missing: Placeholder[];
}

/**
 * The message with each placeholder (in any message language: a message may be written in one and sent
 * in another) replaced by its value, or left out when there is none, so no bracket reaches the family.
 */
export function fillMessage(message: string, values: PlaceholderValues): Filled {
  const missing = new Set<Placeholder>();
  // One pass over the message: a value is never read again as a placeholder.
  let text = message.replace(ANY_WORD, (word) => {
    const id = idOf.get(word.toLocaleLowerCase());
    const value = id === undefined ? word : (values[id]?.trim() ?? '');
    if (id !== undefined && value === '') missing.add(id);
    return value;
  });
  // Where a value was left out: no double spaces, no space before a stop, none at a line's ends.
  if (missing.size > 0)
    text = text
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ +([.,;:!?])/g, '$1')
      .replace(/^ +| +$/gm, '');
  return { text, missing: PLACEHOLDERS.filter((id) => missing.has(id)) };
}

const idOf = new Map<string, Placeholder>(
  (Object.keys(PLACEHOLDER_WORDS) as MessageLanguage[]).flatMap((language) =>
    PLACEHOLDERS.map((id) => [PLACEHOLDER_WORDS[language][id].toLocaleLowerCase(), id] as const),
  ),
);
const ANY_WORD = new RegExp(
  [...idOf.keys()].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'giu',
);
