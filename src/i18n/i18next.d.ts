import 'i18next';
import type shell from '../../locales/en/index';
import type card from '../../locales/en/card.json';
import type guides from '../../locales/en/guides.json';
import type help from '../../locales/en/help.json';
import type settings from '../../locales/en/settings.json';
import type warrant from '../../locales/en/warrant.json';

// Translation keys are typed from the English strings: a typo in a key is a compile error.
// The frame's strings load at start; each other screen adds its own (addScreenStrings in src/i18n/i18n.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof shell & {
        card: typeof card;
        guides: typeof guides;
        help: typeof help;
        settings: typeof settings;
        warrant: typeof warrant;
      };
    };
  }
}
