import 'i18next';
import type shell from '../../locales/en/index';
import type alert from '../../locales/en/alert.json';
import type backup from '../../locales/en/backup.json';
import type card from '../../locales/en/card.json';
import type contacts from '../../locales/en/contacts.json';
import type date from '../../locales/en/date.json';
import type emergency from '../../locales/en/emergency.json';
import type guides from '../../locales/en/guides.json';
import type help from '../../locales/en/help.json';
import type install from '../../locales/en/install.json';
import type legal from '../../locales/en/legal.json';
import type lock from '../../locales/en/lock.json';
import type offline from '../../locales/en/offline.json';
import type phonecountry from '../../locales/en/phonecountry.json';
import type plan from '../../locales/en/plan.json';
import type practice from '../../locales/en/practice.json';
import type quickexit from '../../locales/en/quickexit.json';
import type record from '../../locales/en/record.json';
import type restore from '../../locales/en/restore.json';
import type settings from '../../locales/en/settings.json';
import type written from '../../locales/en/written.json';
import type warrant from '../../locales/en/warrant.json';

// Translation keys are typed from the English strings: a typo in a key is a compile error.
// The frame's strings load at start; each other screen adds its own (addScreenStrings in src/i18n/i18n.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof shell & {
        alert: typeof alert;
        backup: typeof backup;
        card: typeof card;
        contacts: typeof contacts;
        date: typeof date;
        emergency: typeof emergency;
        guides: typeof guides;
        help: typeof help;
        install: typeof install;
        legal: typeof legal;
        lock: typeof lock;
        offline: typeof offline;
        phonecountry: typeof phonecountry;
        plan: typeof plan;
        practice: typeof practice;
        quickexit: typeof quickexit;
        record: typeof record;
        restore: typeof restore;
        settings: typeof settings;
        written: typeof written;
        warrant: typeof warrant;
      };
    };
  }
}
