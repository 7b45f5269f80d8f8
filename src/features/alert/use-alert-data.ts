import { useEffect, useState } from 'preact/hooks';
import { watchedAlerts, type AlertList } from '../../storage/alert-store';
import type { MessageLanguage } from '../../storage/contact-record';
import type { SavedContact } from '../../storage/contacts-store';
import { watchedContacts } from '../../storage/contacts-store';
import { watchedPlan } from '../../storage/plan-store';
import { isPackLanguage } from '../../i18n/pack-languages';
import { useI18n } from '../../i18n/i18n-context';
import { useStored } from '../../ui/use-stored';
import { messageLanguageOf } from './compose';
import { readAllPackWords } from './pack-words';
import type { PackWords } from './words';

export interface AlertData {
  contacts: SavedContact[];
  alerts: AlertList;
  /** The raid plan's "message my family should receive" ('' when none, or the section was skipped). */
  planMessage: string;
  /** The alert's words in each pack language a message may go in, where its pack is on this phone. */
  packWords: ReadonlyMap<MessageLanguage, PackWords>;
}

const NO_PACKS: ReadonlyMap<MessageLanguage, PackWords> = new Map();

/** What the alert screens read: contacts, the alert set-up, the plan's family message; kept current. */
export function useAlertData(): { data: AlertData | undefined; failed: boolean; reload: () => void } {
  const { language } = useI18n();
  const contacts = useStored(watchedContacts);
  const alerts = useStored(watchedAlerts);
  const plan = useStored(watchedPlan);
  const packs = usePackWords(contacts.value?.contacts, language);
  const failed = [contacts.result, alerts.result, plan.result].some(
    (result) => result !== undefined && !result.ok && result.problem !== 'locked',
  );
  const myPlan = plan.value?.plan.myPlan;
  const data =
    contacts.value && alerts.value && plan.value && packs
      ? {
          contacts: contacts.value.contacts,
          alerts: alerts.value,
          planMessage: myPlan && !myPlan.skipped ? myPlan.data.familyMessage : '',
          packWords: packs,
        }
      : undefined;
  const reload = () => {
    void contacts.reload();
    void alerts.reload();
  };
  return { data, failed, reload };
}

/**
 * The words of the pack languages the contacts' messages go in (and the screen's), read from the packs
 * on this phone; `undefined` until read, so no link is drawn with the wrong text. With no pack language
 * (most phones) there is nothing to wait for.
 */
function usePackWords(
  contacts: readonly SavedContact[] | undefined,
  screenLanguage: string,
): ReadonlyMap<MessageLanguage, PackWords> | undefined {
  const wanted = contacts
    ? [
        ...new Set(
          [messageLanguageOf(screenLanguage), ...contacts.map((contact) => contact.messageLanguage)].flatMap(
            (language) => (isPackLanguage(language) ? [language] : []),
          ),
        ),
      ].sort()
    : undefined;
  const key = wanted?.join(' ');
  const [read, setRead] = useState<{ key: string; words: ReadonlyMap<MessageLanguage, PackWords> }>();
  useEffect(() => {
    if (!wanted || wanted.length === 0) return;
    let current = true;
    void readAllPackWords(wanted).then((words) => {
      if (current) setRead({ key: wanted.join(' '), words });
    });
    return () => {
      current = false;
    };
  }, [key]);
  if (key === undefined) return undefined;
  if (key === '') return NO_PACKS;
  return read?.key === key ? read.words : undefined;
}
