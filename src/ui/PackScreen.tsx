import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../i18n/i18n-context';
import { InLanguage } from './InLanguage';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { PACK_LANGUAGES, type PackLanguage } from '../i18n/pack-languages';
import { onSecondLanguage, secondLanguage } from '../i18n/second-language';

/**
 * Which screens a language of the emergency core (locales/core.ts) covers, by address: `core` for the
 * warrant check, help and the guide list; `content` for the guides and the red card (which say themselves
 * when a translation is not yet reviewed: ./Unreviewed.tsx). A screen with neither opens, in a core
 * language, in the person's second language, and says so.
 */
export function coverageOf(path: string): 'core' | 'content' | undefined {
  if (path === '/card' || path.startsWith('/guides/')) return 'content';
  if (path === '/guides' || path === '/warrant' || path === '/help') return 'core';
  return undefined;
}

interface Props {
  screen: ComponentType<Record<string, unknown>>;
  props: Record<string, unknown>;
}

/** A screen while a pack language is shown (English and Spanish never load this). */
export function PackScreen({ screen: Screen, props }: Props) {
  const { t, language } = useI18n();
  const coverage = coverageOf(useLocation().path);
  const [second, setSecond] = useState(secondLanguage);
  useEffect(() => onSecondLanguage(() => setSecond(secondLanguage())), []);
  if (PACK_LANGUAGES[language as PackLanguage].tier === 'core' && !coverage)
    return (
      <InLanguage language={second} note={t('legal.notTranslated', { language: LANGUAGE_NAMES[second] })}>
        <Screen key={second} {...props} />
      </InLanguage>
    );
  // The key: a guide of a core language shows its rest in the second language; a new one redraws it.
  return <Screen key={second} {...props} />;
}
