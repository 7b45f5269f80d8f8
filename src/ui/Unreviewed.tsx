import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { TranslationAbout } from '../content/guide-types';
import { addScreenStrings } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-context';
import { isLanguage } from '../i18n/languages';
import type { AppLanguage, PackLanguage } from '../i18n/pack-languages';
import { InLanguage } from './InLanguage';

addScreenStrings(import.meta.glob('/locales/{en,es}/legal.json', { eager: true, import: 'default' }));

// Spanish is built in but translated all the same; English, the source, has no about.ts.
const BUILT_IN = import.meta.glob<TranslationAbout>('/locales/{en,es}/about.ts', {
  eager: true,
  import: 'about',
});
const builtIn = (language: AppLanguage) => BUILT_IN[`/locales/${language}/about.ts`];

/** What a language's folder says of its translation (locales/<code>/about.ts): Spanish's here, a pack's in it. */
async function aboutOf(language: AppLanguage): Promise<TranslationAbout | undefined> {
  if (isLanguage(language)) return builtIn(language);
  const { readPack } = await import('../i18n/packs');
  return (await readPack(language as PackLanguage)).about;
}

// The line, built where the screen's language is known, shown where the screen puts it.
const Note = createContext<ComponentChildren>(null);

/**
 * A guide or the red card in a translation whose about.ts says `review: null` (no fluent speaker with
 * legal knowledge has checked it): one plain line in its language says so, with the English one tap away.
 * `children` is the screen as an element, not yet drawn, so "Show in English" draws it in English; the
 * screen places the line with `TranslationNote`, after what a person must read first.
 */
export function Unreviewed({ children }: { children: ComponentChildren }) {
  const { t, language } = useI18n();
  const [about, setAbout] = useState(() => (isLanguage(language) ? builtIn(language) : undefined));
  const [english, setEnglish] = useState(false);
  useEffect(() => {
    let current = true;
    aboutOf(language).then(
      (found) => current && setAbout(found),
      () => current && setAbout(undefined),
    );
    return () => {
      current = false;
    };
  }, [language]);

  // In its own language (and direction) also while the screen around it is in English.
  const note = about?.review === null && (
    <p class="translation-note" lang={language} dir="auto">
      {t('legal.notReviewed')}{' '}
      <button type="button" class="link-button" aria-pressed={english} onClick={() => setEnglish(!english)}>
        {t('legal.showEnglish')}
      </button>
    </p>
  );
  return (
    <Note.Provider value={note}>
      {english ? <InLanguage language="en">{children}</InLanguage> : children}
    </Note.Provider>
  );
}

/** Where a screen inside `Unreviewed` shows the line (nothing in English, or a reviewed translation). */
export function TranslationNote() {
  return <>{useContext(Note)}</>;
}
