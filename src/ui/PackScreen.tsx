import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { TranslationAbout } from '../content/guide-types';
import { useI18n } from '../i18n/i18n-context';
import { InLanguage } from './InLanguage';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { PACK_LANGUAGES, type PackLanguage } from '../i18n/pack-languages';
import { readPack } from '../i18n/packs';
import { onSecondLanguage, secondLanguage } from '../i18n/second-language';

/**
 * Which screens a language of the emergency core (locales/core.ts) covers, by address: `core` for the
 * warrant check, help and the guide list; `content` for the guides and the red card, which also say, in
 * an unreviewed translation, that it is not yet reviewed, with the English one tap away. A screen with
 * neither opens, in a core language, in the person's second language, and says so.
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
  const pack = language as PackLanguage;
  const [about, setAbout] = useState<TranslationAbout | undefined>(undefined);
  const [english, setEnglish] = useState(false);
  useEffect(() => {
    readPack(pack).then(
      (found) => setAbout(found.about),
      () => undefined,
    );
  }, [pack]);

  if (PACK_LANGUAGES[pack].tier === 'core' && !coverage)
    return (
      <InLanguage language={second} note={t('legal.notTranslated', { language: LANGUAGE_NAMES[second] })}>
        <Screen key={second} {...props} />
      </InLanguage>
    );
  // The key: a guide of a core language shows its rest in the second language; a new one redraws it.
  if (coverage !== 'content' || !about || about.review !== null) return <Screen key={second} {...props} />;
  return (
    <>
      <p class="translation-note">
        {t('legal.notReviewed')}{' '}
        <button type="button" class="link-button" aria-pressed={english} onClick={() => setEnglish(!english)}>
          {t('legal.showEnglish')}
        </button>
      </p>
      {english ? (
        <InLanguage language="en">
          <Screen {...props} />
        </InLanguage>
      ) : (
        <Screen key={second} {...props} />
      )}
    </>
  );
}
