import { isLanguage, type Language } from './languages';

/**
 * The first language we have among the browser's preferred ones (any `es-*` is Spanish),
 * English when none matches.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
