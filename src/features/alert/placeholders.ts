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
 * in another) replaced by its value. A placeholder with no value takes its own clause with it, so no
 * bracket and no dangling word reaches the family (`withoutEmptyClauses`).
 */
export function fillMessage(message: string, values: PlaceholderValues): Filled {
  const valueOf = (word: string) => {
    const id = idOf.get(word.toLocaleLowerCase());
    return id === undefined ? undefined : { id, value: values[id]?.trim() ?? '' };
  };
  const missing = new Set<Placeholder>();
  for (const match of message.matchAll(ANY_WORD)) {
    const found = valueOf(match[0]);
    if (found?.value === '') missing.add(found.id);
  }
  const kept =
    missing.size > 0 ? withoutEmptyClauses(message, (word) => valueOf(word)?.value === '') : message;
  // One pass over the message: a value is never read again as a placeholder.
  let text = kept.replace(ANY_WORD, (word) => valueOf(word)?.value ?? word);
  // Where a clause was left out: no double spaces, no space before a stop, none at a line's ends.
  if (missing.size > 0)
    text = text
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ +([.,;:!?])/g, '$1')
      .replace(/^ +| +$/gm, '');
  return { text, missing: PLACEHOLDERS.filter((id) => missing.has(id)) };
}

/** Holds `message` the placeholder `id`, in any message language? */
export const holds = (message: string, id: Placeholder): boolean =>
  [...message.matchAll(ANY_WORD)].some((match) => idOf.get(match[0].toLocaleLowerCase()) === id);

// A sentence ends with a stop and a space, a Chinese stop (no space follows), or a line's end.
const stopsIn = (text: string) => [...text.matchAll(/[.!?](?:[ \t]+|$)|[。！？][ \t]*|(?=\n)/gu)];

/**
 * `message` without the clause of each empty placeholder, the smallest that reads well without it: the
 * brackets around it (`([time])`); what a colon introduces at a sentence's end (`Call my lawyer: […].`
 * → `Call my lawyer.`); a name called at a sentence's start (`[who picks up the children], please…` →
 * `Please…`); else its whole sentence (`I am at [where I am].`). The ready-made messages are written so
 * that each placeholder is one of these (tests/unit/alert-message.test.ts). Should nothing be left (a
 * one-sentence message of the person's own), the message is kept whole, the empty words simply left out.
 */
function withoutEmptyClauses(message: string, isEmpty: (word: string) => boolean): string {
  const cuts: { from: number; to: number; capital: boolean }[] = [];
  for (const match of message.matchAll(ANY_WORD)) {
    if (!isEmpty(match[0])) continue;
    const start = match.index;
    const end = start + match[0].length;
    const before = message.slice(0, start);
    const after = message.slice(end);
    const sentenceStart = Math.max(0, ...stopsIn(before).map((m) => m.index + m[0].length));
    const bracket = /[ \t]*[(（]$/u.exec(before);
    const colon = /[ \t\u00a0]*[:：][ \t\u00a0]*$/u.exec(before);
    const calledBy = /^[ \t]*[,،，][ \t]*/u.exec(after);
    if (bracket && /^[)）]/u.test(after)) cuts.push({ from: bracket.index, to: end + 1, capital: false });
    else if (colon && /^[ \t]*(?:[.!?。！？]|\n|$)/u.test(after))
      cuts.push({ from: colon.index, to: end, capital: false });
    else if (calledBy && before.slice(sentenceStart).trim() === '')
      cuts.push({ from: start, to: end + calledBy[0].length, capital: true });
    else {
      const stop = stopsIn(after)[0];
      cuts.push({
        from: sentenceStart,
        to: stop ? end + stop.index + stop[0].length : message.length,
        capital: false,
      });
    }
  }
  let text = '';
  let at = 0;
  let capital = false;
  for (const cut of cuts.sort((a, b) => a.from - b.from)) {
    if (cut.from > at) {
      const piece = message.slice(at, cut.from);
      text += capital ? upperFirst(piece) : piece;
      capital = false;
    }
    if (cut.to > at) {
      capital = cut.capital;
      at = cut.to;
    }
  }
  const rest = message.slice(at);
  text += capital ? upperFirst(rest) : rest;
  return /\p{L}/u.test(text.replace(ANY_WORD, '')) ? text : message;
}

const upperFirst = (text: string) => text.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase());

const idOf = new Map<string, Placeholder>(
  (Object.keys(PLACEHOLDER_WORDS) as MessageLanguage[]).flatMap((language) =>
    PLACEHOLDERS.map((id) => [PLACEHOLDER_WORDS[language][id].toLocaleLowerCase(), id] as const),
  ),
);
const ANY_WORD = new RegExp(
  [...idOf.keys()].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'giu',
);
