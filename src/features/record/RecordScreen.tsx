import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../../i18n/i18n-context';
import { deleteIncident, watchedMedia } from '../../storage/incident-store';
import { useStored } from '../../ui/use-stored';
import { PrintView } from './PrintView';
import type { ShareChoices } from './record-text';
import { INCIDENT_LIMITS, WARRANT_SHOWN, type Incident } from '../../storage/incident-record';
import { Screen } from '../../ui/Screen';
import { lockedScreen } from '../lock/public';
import { Choice, Field } from './fields';
import { MediaSection } from './MediaSection';
import { PeopleFields } from './PeopleFields';
import { PositionField } from './PositionField';
import { SaveLine } from './SaveLine';
import { ShareSection } from './ShareSection';
import { useIncident } from './use-incident';
import { checkThePaper, withVerdict, type Returned } from './check-paper';
import { WarrantKept } from './WarrantKept';
import './strings';

/**
 * `/record/:id` (`new` starts one): the record's form, saved as the person types, its photos and videos,
 * and the ways to share or keep it. `returned`: the warrant check's answer, come back to this record.
 */
export function RecordForm({
  id = 'new',
  locked = false,
  returned,
  onKept,
}: {
  id?: string;
  locked?: boolean;
  returned?: Returned | undefined;
  /** The check's answer is in the record (and on its way to the phone). */
  onKept?: () => void;
}) {
  const { t } = useI18n();
  // Once stored, the address names the record (a random id), so a reload opens it again.
  const onCreated = useCallback(
    (created: string) => history.replaceState(history.state, '', `/record/${created}`),
    [],
  );
  const form = useIncident(id, onCreated, returned?.draft);
  const { incident, saveState, update } = form;
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const [kept, setKept] = useState(false);
  const answer = returned?.answer;
  const applied = useRef(answer === undefined);
  const ready = incident !== undefined && saveState !== 'loading' && saveState !== 'missing';
  // Back from the warrant check: its verdict goes into the record, saved like any change, and the
  // focus goes to it, so a screen reader says what was kept.
  useEffect(() => {
    if (!answer || !incident || !ready || applied.current) return;
    applied.current = true;
    update(withVerdict(incident, answer));
    setKept(true);
    onKept?.();
  }, [answer, incident, ready, update, onKept]);
  useEffect(() => {
    if (kept) verdictRef.current?.focus();
  }, [kept]);
  const [deleting, setDeleting] = useState(false);
  const { route } = useLocation();
  const [printing, setPrinting] = useState<ShareChoices | undefined>(undefined);
  const recordId = incident?.id;
  const mediaSource = useMemo(() => watchedMedia(recordId ?? ''), [recordId]);
  const stored = useStored(mediaSource);
  const media = stored.value?.media ?? [];
  const title = id === 'new' ? t('record.form.newTitle') : t('record.form.title');

  if (saveState === 'missing' || !incident)
    return (
      <Screen title={title}>
        {saveState === 'missing' && <p>{t('record.notFound')}</p>}
        {typeof saveState === 'object' && <SaveLine state={saveState} />}
        <p>
          <a class="link-target" href="/record">
            {t('record.form.back')}
          </a>
        </p>
      </Screen>
    );

  if (printing)
    return (
      <Screen title={title}>
        <PrintView
          incident={incident}
          media={media}
          choices={printing}
          onBack={() => setPrinting(undefined)}
        />
      </Screen>
    );

  const set = <K extends keyof Incident>(key: K, value: Incident[K]) => update({ ...incident, [key]: value });
  const text = (
    key: 'agency' | 'agents' | 'vehicles' | 'badges' | 'saidAndDid' | 'warrantNotes' | 'notes' | 'where',
    max: number,
    multiline = false,
  ) => (
    <Field
      id={`record-${key}`}
      label={t(`record.form.${key}`)}
      value={incident[key]}
      onInput={(value) => set(key, value)}
      maxLength={max}
      multiline={multiline}
    />
  );

  const checkPaper = async () => {
    // On the phone first: the check's answer comes back to the record as saved.
    if (!(await form.saveNow())) return;
    checkThePaper(incident, locked ? { incident, rev: form.revision() } : undefined);
    route('/warrant');
  };

  const remove = async () => {
    const rev = form.revision();
    if (rev !== undefined) {
      const result = await deleteIncident(incident.id, rev);
      if (!result.ok) return;
    }
    route('/record', true); // in the app: a reload would drop a lock's key
  };

  return (
    <Screen title={title}>
      <p>
        <a class="link-target" href="/record">
          {t('record.form.back')}
        </a>
      </p>
      {locked && <p class="notice">{t('record.locked.note')}</p>}
      <SaveLine state={saveState} />
      <form class="record-form" onSubmit={(event) => event.preventDefault()}>
        <Field
          id="record-when"
          type="datetime-local"
          label={t('record.form.when')}
          value={incident.when}
          onInput={(value) => set('when', value)}
          maxLength={16}
        />
        {text('where', INCIDENT_LIMITS.place, true)}
        <PositionField position={incident.position} onChange={(position) => set('position', position)} />
        {text('agency', INCIDENT_LIMITS.line)}
        {text('agents', 20)}
        {text('vehicles', 1000, true)}
        {text('badges', 1000, true)}
        {text('saidAndDid', INCIDENT_LIMITS.text, true)}
        <Choice
          id="record-warrant-shown"
          legend={t('record.form.warrantShown')}
          value={incident.warrantShown}
          options={WARRANT_SHOWN.map((value) => ({
            value,
            label: t(`record.form.warrantShownOptions.${value}`),
          }))}
          onChange={(value) => set('warrantShown', value)}
        />
        {incident.warrantShown === 'yes' && (
          <>
            <WarrantKept incident={incident} onCheck={() => void checkPaper()} verdictRef={verdictRef} />
            {text('warrantNotes', 1000, true)}
          </>
        )}
        <PeopleFields incident={incident} onChange={update} />
        {text('notes', INCIDENT_LIMITS.text, true)}
      </form>
      <MediaSection
        recordId={incident.id}
        media={media}
        unreadable={stored.value?.unreadable ?? 0}
        saveRecord={form.saveNow}
        reload={stored.reload}
        locked={locked}
      />
      {!locked && <ShareSection incident={incident} media={media} onPrint={setPrinting} />}
      {!locked && (
        <section aria-labelledby="record-delete">
          <h2 id="record-delete" class="visually-hidden">
            {t('record.form.delete')}
          </h2>
          {deleting ? (
            <div role="alertdialog" aria-labelledby="record-delete-question">
              <p id="record-delete-question">{t('record.form.deleteConfirm')}</p>
              <button type="button" class="button button-danger" onClick={() => void remove()}>
                {t('record.form.deleteYes')}
              </button>{' '}
              <button type="button" class="button button-secondary" onClick={() => setDeleting(false)}>
                {t('record.form.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" class="button button-secondary" onClick={() => setDeleting(true)}>
              {t('record.form.delete')}
            </button>
          )}
        </section>
      )}
    </Screen>
  );
}

/** Behind the lock: while locked, the unlock form in its place (src/features/lock/). */
export default lockedScreen(RecordForm);
