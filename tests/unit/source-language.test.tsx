// @vitest-environment happy-dom
import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES, type SourceKey } from '../../locales/sources';
import { I18nContext } from '../../src/i18n/i18n-context';
import { initI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import type { SourceList as SourceListType } from '../../src/ui/SourceList';

describe('the language a source is written in', () => {
  let root: HTMLElement | undefined;
  let SourceList: typeof SourceListType;
  beforeAll(async () => {
    await initI18n('en');
    ({ SourceList } = await import('../../src/ui/SourceList')); // adds its strings to the started i18next
  });
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
    root = undefined;
  });

  function shown(language: Language, key: SourceKey): string {
    const into = document.body.appendChild(document.createElement('div'));
    root = into;
    const t = i18next.getFixedT(language);
    act(() => {
      render(
        <I18nContext.Provider value={{ language, t, setLanguage: () => Promise.resolve() }}>
          <SourceList keys={[key]} />
        </I18nContext.Provider>,
        into,
      );
    });
    const text = into.textContent ?? '';
    render(null, into);
    into.remove();
    return text;
  }

  it('every source says which language it is written in', () => {
    const languages = new Set(Object.values(SOURCES).map((source) => source.language));
    expect([...languages].sort()).toEqual(['en', 'es', 'ko']);
    expect(SOURCES['NILC-ES'].language).toBe('es');
    expect(SOURCES['ILRC-FPP'].language).toBe('en');
  });

  it('says so when it differs from the reader’s, and only then', () => {
    expect(shown('en', 'NILC-ES')).toContain('(in Spanish).');
    expect(shown('es', 'NILC-ES')).not.toContain('(en');
    expect(shown('es', 'ILRC-FPP')).toContain('(en inglés).');
    expect(shown('en', 'ILRC-FPP')).not.toContain('(in');
    expect(shown('es', 'NAKASEC-REG')).toContain('(en coreano).');
  });
});
