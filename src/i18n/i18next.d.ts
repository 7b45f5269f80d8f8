import 'i18next';
import type en from '../../locales/en/index';

// Translation keys are typed from the English strings: a typo in a key is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
