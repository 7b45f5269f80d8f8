import i18next from 'i18next';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import { I18nContext } from '../../../src/i18n/i18n-context';
import type { AppLanguage } from '../../../src/i18n/pack-languages';

/**
 * For tests that draw components (happy-dom): a fresh element on the page for each test, emptied and
 * removed after it. `show` draws a node into it in a language, as the app's frame would.
 */
export function usePageRoot() {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
    root = undefined;
  });
  const current = (): HTMLElement => {
    if (!root) throw new Error('usePageRoot: only inside a test');
    return root;
  };
  return {
    root: current,
    show(node: ComponentChild, language: AppLanguage = 'en'): HTMLElement {
      const t = i18next.getFixedT(language);
      act(() => {
        render(
          <I18nContext.Provider value={{ language, t, setLanguage: () => Promise.resolve() }}>
            {node}
          </I18nContext.Provider>,
          current(),
        );
      });
      return current();
    },
  };
}
