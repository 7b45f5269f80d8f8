import { useLocation } from 'preact-iso';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { addScreenStrings } from '../../i18n/i18n';
import { backupFileName, exportAll, watchedSummary } from '../../storage/backup/export';
import type { BackupSummary } from '../../storage/backup/format';
import { sealBackupFile } from '../../storage/backup/seal';
import { Screen } from '../../ui/Screen';
import { exportCaregiverPacket, packetFileName } from '../plan/public';
import { DeleteSection } from './DeleteSection';
import { ImportSection } from './ImportSection';
import { MediaFileSection } from './MediaFileSection';
import { MediaImportSection } from './MediaImportSection';
import { SaveFileSection } from './SaveFileSection';
import { SummaryList } from './SummaryList';
import { LockGate, useLockStatus } from '../lock/public';

addScreenStrings(import.meta.glob('/locales/{en,es}/backup.json', { eager: true, import: 'default' }));

/**
 * `/settings/data`: what is stored on this phone; save it to a file, bring a file in, or delete it all.
 * With a lock set and no key here, the unlock form stands in for all but "Delete all my data", which
 * must work for someone who forgot the passphrase.
 */
export default function BackupScreen() {
  const { t } = useI18n();
  // `?delete`: the quick exit's "Delete all my data…" (src/features/quick-exit/QuickExit.tsx) opened it.
  const { query } = useLocation();
  const [deleted, setDeleted] = useState(false);
  return (
    <Screen title={t('backup.title')}>
      <p>{t('backup.intro')}</p>
      {/* After "Delete all" the lock is gone with the rest: not asked again (asking would create the database). */}
      {deleted ? (
        <StoredData deleted lockSet={false} />
      ) : (
        <LockGate>
          <UnlockedData />
        </LockGate>
      )}
      <DeleteSection asked={'delete' in query} onDeleted={() => setDeleted(true)} />
    </Screen>
  );
}

const NOTHING: BackupSummary = {
  exportedAt: '',
  contacts: 0,
  practice: 0,
  plan: 0,
  settings: [],
  records: 0,
};

/** With a lock set, files are saved encrypted unless the person unchecks it. */
function UnlockedData() {
  return <StoredData deleted={false} lockSet={useLockStatus() === 'open'} />;
}

/** The summary, saving a backup or the caregiver packet, and bringing a file in. */
function StoredData({ deleted, lockSet }: { deleted: boolean; lockSet: boolean }) {
  const { t } = useI18n();
  const [stored, setStored] = useState<BackupSummary | 'failed' | undefined>(undefined);
  // Asked each time this screen opens, never saved: left out unless the person checks it now.
  const [packetPapers, setPacketPapers] = useState(false);

  const refresh = useCallback(() => {
    void watchedSummary.load().then((result) => setStored(result.ok ? result.value : 'failed'));
  }, []);

  useEffect(() => {
    // After "Delete all" counted as empty, not read: reading would create the database again, empty but there.
    if (deleted) setStored(NOTHING);
    else refresh();
    // Another tab may add a contact or delete everything while this screen is open.
    return watchedSummary.watch(refresh);
  }, [refresh]);

  return (
    <>
      <section aria-labelledby="data-on-phone" data-testid="data-on-phone">
        <h2 id="data-on-phone">{t('backup.onPhone')}</h2>
        {stored === 'failed' ? (
          <p>{t('backup.summary.failed')}</p>
        ) : (
          stored && <SummaryList summary={stored} />
        )}
      </section>
      <SaveFileSection
        kind="export"
        make={() => exportAll()}
        sealWith={sealBackupFile}
        defaultName={backupFileName}
        lockSet={lockSet}
        countDamaged
      />
      <MediaFileSection lockSet={lockSet} />
      {/* Only what the person caring for the children needs (the family plan's rule). */}
      <SaveFileSection
        kind="caregiver"
        make={() => exportCaregiverPacket(new Date(), { immigrationPapers: packetPapers })}
        sealWith={sealBackupFile}
        defaultName={packetFileName}
        lockSet={lockSet}
      >
        <div class="field checkbox">
          <input
            id="caregiver-papers"
            type="checkbox"
            checked={packetPapers}
            aria-describedby="caregiver-papers-why"
            onChange={(event) => setPacketPapers(event.currentTarget.checked)}
          />
          <label for="caregiver-papers">{t('backup.caregiver.includePapers')}</label>
        </div>
        <p id="caregiver-papers-why" class="hint">
          {t('backup.caregiver.includePapersWhy')}
        </p>
      </SaveFileSection>
      <ImportSection onImported={refresh} />
      <MediaImportSection />
    </>
  );
}
