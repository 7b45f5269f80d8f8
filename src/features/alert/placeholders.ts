/*
 * Placeholders the person writes in a message and reads in their language (`[my name]`,
 * `[mi nombre]`), filled in when the message is sent. Stored messages keep the words, not codes, so a
 * message reads the same in the set-up screen, in a backup file and on paper.
 */

export const PLACEHOLDERS = ['name', 'time', 'place', 'pickUp', 'lawyer'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type MessageLanguage = 'en' | 'es';

/** Each placeholder as it is written in a message of each language. */
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
  };

export type PlaceholderValues = { readonly [P in Placeholder]?: string | undefined };

export interface Filled {
  text: string;
  /** Placeholders the message holds that had no value: left out of the text, named on screen. */
  missing: Placeholder[];
}

/**
 * The message with each placeholder (in either language: a message may be written in one and sent in
 * the other) replaced by its value, or left out when there is none, so no bracket reaches the family.
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
  (['en', 'es'] as const).flatMap((language) =>
    PLACEHOLDERS.map((id) => [PLACEHOLDER_WORDS[language][id].toLocaleLowerCase(), id] as const),
  ),
);
const ANY_WORD = new RegExp(
  [...idOf.keys()].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'giu',
);
