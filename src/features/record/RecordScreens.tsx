import { useRoute } from 'preact-iso';
import { useI18n } from '../../i18n/i18n-context';
import { Screen } from '../../ui/Screen';
import { UnlockForm, useLockStatus } from '../lock/public';
import RecordListScreen from './RecordListScreen';
import RecordScreen, { RecordForm } from './RecordScreen';
import './strings';

/**
 * `/record` (the list) and `/record/:id` (a record; `new` starts one): one route and one import in the
 * app's start, whose every byte is in the first screen's script. While locked, a new record can still be
 * written (it goes to the drop box, src/storage/lock/drop-box.ts); the list and saved records wait for
 * the passphrase.
 */
export function RecordScreens() {
  const { t } = useI18n();
  const { id } = useRoute().params;
  const status = useLockStatus();
  if (status === undefined) return null;
  if (status === 'locked' && id === 'new') return <RecordForm id="new" locked />;
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
  return id ? <RecordScreen id={id} key={id} /> : <RecordListScreen />;
}
