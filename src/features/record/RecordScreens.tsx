import { useCallback, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n/i18n-context';
import { noIncidents, watchedIncidents } from '../../storage/incident-store';
import { Screen } from '../../ui/Screen';
import { useStored } from '../../ui/use-stored';
import { OpeningScreen, UnlockForm, useLockStatus } from '../lock/public';
import { returnedFromCheck } from './check-paper';
import RecordListScreen from './RecordListScreen';
import RecordScreen, { RecordForm } from './RecordScreen';
import './strings';

/**
 * `/record` (the list) and `/record/:id` (a record; `new` starts one): one route and one import in the
 * app's start, whose every byte is in the first screen's script. While locked, a new record can still be
 * written (it goes to the drop box, src/storage/lock/drop-box.ts), and so can one this page holds while the
 * person was at the warrant check (check-paper.ts); the list and saved records wait for the passphrase.
 * The list is read at the same time as the lock's status, not after it (issue 13: the list drawn within
 * 100 ms); while locked that read is refused and nothing of it is shown.
 */
export function RecordScreens() {
  const { t } = useI18n();
  const { id } = useRoute().params;
  const status = useLockStatus();
  const list = useStored(id ? noIncidents : watchedIncidents);
  // Back from the warrant check with its answer: taken once, when this route opens.
  const [returned, setReturned] = useState(() => (id && id !== 'new' ? returnedFromCheck(id) : undefined));
  const onKept = useCallback(() => setReturned((now) => now && { ...now, answer: undefined }), []);
  const back = returned?.id === id ? returned : undefined;
  if (status === undefined) return <OpeningScreen />;
  if (status === 'locked' && id && (id === 'new' || back?.draft))
    return <RecordForm id={id} locked returned={back} onKept={onKept} />;
  if (status === 'locked' && !id)
    return (
      <Screen title={t('record.title')}>
        <ul class="actions">
          <li>
            <a class="action action-urgent" href="/record/new">
              <span class="action-title">{t('record.locked.start')}</span>
            </a>
          </li>
        </ul>
        <p>{t('record.locked.note')}</p>
        <UnlockForm />
      </Screen>
    );
  return id ? (
    <RecordScreen id={id} key={id} returned={back} onKept={onKept} />
  ) : (
    <RecordListScreen stored={list} />
  );
}
