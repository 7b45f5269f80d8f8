import type { Guide } from './guide-types';

/** The longest a step may be: one action a frightened person can take in at once. */
export const MAX_STEP_WORDS = 25;

/** What fits the first screen of an encounter guide: three steps and two phrases. */
export const RIGHT_NOW_LIMITS = { steps: 3, phrases: 2 };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function isIsoDateOrMonth(value: string): boolean {
  return isIsoDate(value) || (ISO_MONTH.test(value) && isIsoDate(`${value}-01`));
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * Chinese is written without spaces between words: its steps are measured in characters instead, at
 * most 60 (a 25-word English step is about 45 to 60 characters of plain Chinese). Punctuation counts.
 */
export const MAX_STEP_CHARACTERS_CHINESE = 60;

const isChinese = (language: string) => language === 'zh' || language.startsWith('zh-');

/** A step's length limit in a language, as a problem report names it. */
export const stepLimit = (language: string): string =>
  isChinese(language) ? `${MAX_STEP_CHARACTERS_CHINESE} characters` : `${MAX_STEP_WORDS} words`;

/** Whether one step is longer than its language allows. */
export function isTooLong(step: string, language: string): boolean {
  return isChinese(language)
    ? [...step.replace(/\s+/g, '')].length > MAX_STEP_CHARACTERS_CHINESE
    : wordCount(step) > MAX_STEP_WORDS;
}

/**
 * Everything wrong with one guide file, as sentences a content editor can act on.
 * `language` is the folder the file came from; `knownSources` the keys of locales/sources.ts.
 */
export function validateGuide(guide: Guide, language: string, knownSources: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = `${language}/${guide.id}`;
  const rightNow = guide.rightNow;
  const allPhrases = [...(rightNow?.sayThis ?? []), ...guide.sayThis];
  const texts: Array<[string, string]> = [
    ['title', guide.title],
    ['summary', guide.summary],
    ...(rightNow?.steps ?? []).map((text, i): [string, string] => [`right-now step ${i + 1}`, text]),
    ...guide.steps.map((text, i): [string, string] => [`step ${i + 1}`, text]),
    ...(guide.prepare ?? []).map((text, i): [string, string] => [`prepare ${i + 1}`, text]),
    ...guide.doNot.map((text, i): [string, string] => [`do-not ${i + 1}`, text]),
    ...guide.goodToKnow.map((note, i): [string, string] => [`good-to-know ${i + 1}`, note.text]),
    ...allPhrases.map((phrase, i): [string, string] => [`phrase ${i + 1}`, phrase.english]),
  ];

  if (!ID.test(guide.id)) problems.push(`${where}: id must be kebab-case`);
  for (const [field, text] of texts) {
    if (text.trim() === '') problems.push(`${where}: ${field} is empty`);
    if (/<[a-z!/]/i.test(text)) problems.push(`${where}: ${field} contains markup`);
  }
  if (guide.steps.length === 0) problems.push(`${where}: no steps`);
  const tooLong = (label: string) => (step: string, i: number) => {
    if (isTooLong(step, language))
      problems.push(`${where}: ${label} ${i + 1} is over ${stepLimit(language)}`);
  };
  if (rightNow) {
    rightNow.steps.forEach(tooLong('right-now step'));
    if (rightNow.steps.length === 0 || rightNow.steps.length > RIGHT_NOW_LIMITS.steps)
      problems.push(`${where}: right now needs 1 to ${RIGHT_NOW_LIMITS.steps} steps`);
    if (rightNow.sayThis.length > RIGHT_NOW_LIMITS.phrases)
      problems.push(`${where}: right now has more than ${RIGHT_NOW_LIMITS.phrases} phrases`);
  }
  guide.steps.forEach(tooLong('step'));
  guide.prepare?.forEach(tooLong('prepare'));
  allPhrases.forEach((phrase, i) => {
    const hasMeaning = phrase.meaning !== undefined && phrase.meaning.trim() !== '';
    if (language === 'en' && phrase.meaning !== undefined)
      problems.push(`${where}: phrase ${i + 1} needs no meaning in English`);
    if (language !== 'en' && !hasMeaning)
      problems.push(`${where}: phrase ${i + 1} has no meaning in ${language}`);
  });
  guide.goodToKnow.forEach((note, i) => {
    if (note.since !== undefined && !isIsoDateOrMonth(note.since))
      problems.push(`${where}: good-to-know ${i + 1} date is not YYYY-MM-DD or YYYY-MM`);
    if (note.onlyInState !== undefined && !/^[A-Z]{2}$/.test(note.onlyInState))
      problems.push(`${where}: good-to-know ${i + 1} state is not a postal code like CA`);
  });
  for (const link of guide.stepLinks ?? []) {
    const list = link.list === 'rightNow' ? rightNow?.steps : guide.steps;
    if (!Number.isInteger(link.step) || list?.[link.step] === undefined)
      problems.push(`${where}: link to ${link.to} names a ${link.list} step that does not exist`);
  }
  if (guide.sources.length === 0) problems.push(`${where}: no sources`);
  for (const key of guide.sources) {
    if (!knownSources.has(key)) problems.push(`${where}: unknown source ${key}`);
  }
  if (!isIsoDate(guide.lastReviewed)) problems.push(`${where}: lastReviewed is not YYYY-MM-DD`);
  return problems;
}
