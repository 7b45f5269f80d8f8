import { watchedAlerts, type AlertList } from '../../storage/alert-store';
import type { SavedContact } from '../../storage/contacts-store';
import { watchedContacts } from '../../storage/contacts-store';
import { watchedPlan } from '../../storage/plan-store';
import { useStored } from '../../ui/use-stored';

export interface AlertData {
  contacts: SavedContact[];
  alerts: AlertList;
  /** The raid plan's "message my family should receive" ('' when none, or the section was skipped). */
  planMessage: string;
}

/** What the alert screens read: contacts, the alert set-up, the plan's family message; kept current. */
export function useAlertData(): { data: AlertData | undefined; failed: boolean; reload: () => void } {
  const contacts = useStored(watchedContacts);
  const alerts = useStored(watchedAlerts);
  const plan = useStored(watchedPlan);
  const failed = [contacts.result, alerts.result, plan.result].some(
    (result) => result !== undefined && !result.ok && result.problem !== 'locked',
  );
  const myPlan = plan.value?.plan.myPlan;
  const data =
    contacts.value && alerts.value && plan.value
      ? {
          contacts: contacts.value.contacts,
          alerts: alerts.value,
          planMessage: myPlan && !myPlan.skipped ? myPlan.data.familyMessage : '',
        }
      : undefined;
  const reload = () => {
    void contacts.reload();
    void alerts.reload();
  };
  return { data, failed, reload };
}
