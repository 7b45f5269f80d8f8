import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import i18next, { type TFunction } from 'i18next';
import type { AppLanguage } from './pack-languages';

export interface I18nState {
  language: AppLanguage;
  /** Inside a part in another language (src/ui/InLanguage.tsx): the language of the page around it. */
  page?: AppLanguage;
  t: TFunction;
  /** Switches the interface language and remembers the choice on this device. */
  setLanguage: (language: AppLanguage) => Promise<void>;
}

export const I18nContext = createContext<I18nState>({
  language: 'en',
  t: i18next.t,
  setLanguage: () => Promise.resolve(),
});

/** The current language and its translate function; re-renders when the language changes. */
export function useI18n(): I18nState {
  return useContext(I18nContext);
}
