import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import i18next from 'i18next';
import { I18nContext, useI18n } from '../i18n/i18n-context';
import { loadLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

interface Props {
  /** English or Spanish. */
  language: Language;
  /** One line in the language shown around it, saying why what follows is in `language`. */
  note?: string;
  children: ComponentChildren;
}

/**
 * Part of a screen, or a whole screen, in English or Spanish inside a screen in another language: what a
 * language of the emergency core does not translate, or the English one tap away from an unreviewed
 * translation. Everything inside reads its strings in `language` (no sentence mixes two languages), and
 * is marked so screen readers and read-aloud switch voice, left to right inside a right-to-left page.
 */
export function InLanguage({ language, note, children }: Props) {
  const outer = useI18n();
  const [ready, setReady] = useState(() => i18next.hasResourceBundle(language, 'translation'));
  useEffect(() => {
    if (!ready)
      void loadLanguage(language).then(
        () => setReady(true),
        () => setReady(true),
      );
  }, [language]);
  const inner = useMemo(
    () => ({ ...outer, language, page: outer.page ?? outer.language, t: i18next.getFixedT(language) }),
    [outer, language],
  );
  return (
    <>
      {note && <p class="translation-note">{note}</p>}
      {ready && (
        <I18nContext.Provider value={inner}>
          <div lang={language} dir="ltr">
            {children}
          </div>
        </I18nContext.Provider>
      )}
    </>
  );
}
