import { detectLanguage } from './detect-language';
import type { Language } from './languages';

/*
 * The person's second language, English or Spanish: what a screen opens in when the language shown (one
 * of the emergency core: src/i18n/pack-languages.ts) does not cover it. The browser's until the saved
 * choice is read (start-language.ts); Settings changes it. Only screens shown in a pack language read it.
 */
let second: Language | undefined;
const listeners = new Set<() => void>();

export const secondLanguage = (): Language => second ?? detectLanguage(navigator.languages);

export function setSecondLanguage(language: Language): void {
  if (language === second) return;
  second = language;
  for (const listener of listeners) listener();
}

/** Calls `listener` when the second language changes; returns the unsubscribe. */
export function onSecondLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
