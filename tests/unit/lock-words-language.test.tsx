// @vitest-environment happy-dom
import i18next from 'i18next';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as NewPassphraseModule from '../../src/features/lock/NewPassphrase';
import type { NewPassphraseState } from '../../src/features/lock/NewPassphrase';
import { loadWords } from '../../src/features/lock/word-passphrase';
import { initI18n } from '../../src/i18n/i18n';
import { setSecondLanguage } from '../../src/i18n/second-language';
import type { AppLanguage } from '../../src/i18n/pack-languages';
import { usePageRoot } from './support/page-root';

// Issue 11: "Choose words for me" draws from an English or a Spanish list only. Shown in a pack's language,
// the screen says which language the words are in; in English or Spanish it says nothing more.

const PACKS = ['fr', 'ht', 'pt-BR', 'zh-Hans', 'vi', 'ar'] as const;

let module: typeof NewPassphraseModule;
beforeAll(async () => {
  await initI18n('en');
  module = await import('../../src/features/lock/NewPassphrase'); // adds its strings
  const packs = import.meta.glob<Record<string, unknown>>('/locales/*/lock.json', {
    eager: true,
    import: 'default',
  });
  for (const language of PACKS)
    i18next.addResourceBundle(language, 'translation', { lock: packs[`/locales/${language}/lock.json`] });
});

function Form() {
  const [state, setState] = useState<NewPassphraseState>({ next: '', again: '', shown: false });
  return <module.NewPassphrase id="words" state={state} onChange={setState} errors={{}} />;
}

describe('Choose words for me: the words’ language', () => {
  const page = usePageRoot();

  async function chooseIn(language: AppLanguage) {
    const root = page.show(<Form />, language);
    const t = i18next.getFixedT(language);
    const button = [...root.querySelectorAll('button')].find(
      (found) => found.textContent === t('lock.privacy.generate'),
    );
    act(() => button?.click());
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('#words-new')?.value).not.toBe(''));
    const words = root.querySelector<HTMLInputElement>('#words-new')?.value.split(' ') ?? [];
    return { said: root.querySelector('[role="status"]')?.textContent ?? '', words, t };
  }

  it.each(PACKS)('in %s, says the words are Spanish when they are', async (language) => {
    setSecondLanguage('es');
    const { said, words, t } = await chooseIn(language);
    const spanish = new Set(await loadWords('es'));
    expect(words.every((word) => spanish.has(word))).toBe(true);
    expect(said).toBe(`${t('lock.privacy.generated')} ${t('lock.privacy.wordsSpanish')}`);
    expect(t('lock.privacy.wordsSpanish')).not.toBe(i18next.getFixedT('en')('lock.privacy.wordsSpanish'));
  });

  it.each(PACKS)('in %s, says the words are English when they are', async (language) => {
    setSecondLanguage('en');
    const { said, words, t } = await chooseIn(language);
    const english = new Set(await loadWords('en'));
    expect(words.every((word) => english.has(word))).toBe(true);
    expect(said).toBe(`${t('lock.privacy.generated')} ${t('lock.privacy.wordsEnglish')}`);
  });

  it.each(['en', 'es'] as const)(
    'in %s, the words are the language shown, and it says nothing more',
    async (language) => {
      setSecondLanguage(language === 'en' ? 'es' : 'en');
      const { said, words, t } = await chooseIn(language);
      const list = new Set(await loadWords(language));
      expect(words.every((word) => list.has(word))).toBe(true);
      expect(said).toBe(t('lock.privacy.generated'));
    },
  );
});
