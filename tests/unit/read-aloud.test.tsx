// @vitest-environment happy-dom
import i18next from 'i18next';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import english from '../../locales/en/guides.json';
import spanish from '../../locales/es/guides.json';
import french from '../../locales/fr/guides.json';
import { PhraseList } from '../../src/features/guides/PhraseList';
import { initI18n } from '../../src/i18n/i18n';
import { InLanguage } from '../../src/ui/InLanguage';
import { usePageRoot } from './support/page-root';

const phrases = [{ english: 'I do not consent to a search.', meaning: 'Je ne consens pas à une fouille.' }];
const voice = (lang: string) => ({ lang, localService: true, name: lang }) as SpeechSynthesisVoice;

/** A stand-in for the phone's speech engine: these voices, and what it was asked to say. */
function speechEngine(voices: SpeechSynthesisVoice[]) {
  const said: { text: string; lang: string }[] = [];
  const listeners = new Set<() => void>();
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: class {
      voice: unknown = null;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    },
  });
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      cancel: () => undefined,
      speak: ({ text, lang }: { text: string; lang: string }) => said.push({ text, lang }),
    },
  });
  return {
    said,
    /** Voices that arrive after the page has loaded, as on some browsers. */
    arrive(more: SpeechSynthesisVoice[]) {
      voices.push(...more);
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

describe('reading a phrase aloud', () => {
  const page = usePageRoot();
  beforeAll(async () => {
    await initI18n('en');
    for (const [language, guides] of Object.entries({ en: english, es: spanish, fr: french }))
      i18next.addResourceBundle(language, 'translation', { guides }, true, true);
  });

  const button = (name: string) =>
    [...page.root().querySelectorAll('button')].find((candidate) => candidate.textContent === name);

  it('in French with a French voice: the English and its meaning, each in its own voice', () => {
    const engine = speechEngine([voice('en-US'), voice('fr-FR')]);
    page.show(<PhraseList phrases={phrases} />, 'fr');
    button('Lire à voix haute en français')?.click();
    button('Lire à voix haute en anglais')?.click();
    expect(engine.said).toEqual([
      { text: 'Je ne consens pas à une fouille.', lang: 'fr-FR' },
      { text: 'I do not consent to a search.', lang: 'en-US' },
    ]);
  });

  it('with no French voice on the phone, there is no button to read the French', () => {
    speechEngine([voice('en-US'), voice('es-US')]);
    page.show(<PhraseList phrases={phrases} />, 'fr');
    expect(button('Lire à voix haute en anglais')).toBeDefined();
    expect(button('Lire à voix haute en français')).toBeUndefined();
  });

  it('a French voice that arrives after the page loads brings its button', () => {
    const engine = speechEngine([]);
    page.show(<PhraseList phrases={phrases} />, 'fr');
    expect(page.root().querySelectorAll('button')).toHaveLength(0);
    engine.arrive([voice('fr-CA')]);
    button('Lire à voix haute en français')?.click();
    expect(engine.said).toEqual([{ text: 'Je ne consens pas à une fouille.', lang: 'fr-CA' }]);
  });

  it('in English, no button reads another language', () => {
    speechEngine([voice('en-US'), voice('fr-FR'), voice('es-US')]);
    page.show(<PhraseList phrases={[{ english: 'I do not consent to a search.' }]} />, 'en');
    expect(page.root().querySelectorAll('button')).toHaveLength(0);
  });

  it('the meaning is read in the language it is shown in (a core language’s Spanish part)', () => {
    const engine = speechEngine([voice('fr-FR'), voice('es-MX'), voice('es-US')]);
    page.show(
      <PhraseList phrases={[{ english: 'I want a lawyer.', meaning: 'Quiero un abogado.' }]} />,
      'es',
    );
    button('Leer en voz alta en español')?.click();
    expect(engine.said).toEqual([{ text: 'Quiero un abogado.', lang: 'es-US' }]);
  });

  it('in a core language, its English part keeps the English read aloud (and has no meanings to read)', () => {
    speechEngine([voice('en-US'), voice('ko-KR')]);
    const englishOnly = [{ english: 'I want a lawyer.' }];
    page.show(
      <InLanguage language="en">
        <PhraseList phrases={englishOnly} />
      </InLanguage>,
      'ko',
    );
    expect([...page.root().querySelectorAll('button')].map((shown) => shown.textContent)).toEqual([
      'Read aloud in English',
    ]);
  });
});
