import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { localIsoDate } from '../../shared/local-date';
import type { StorageProblem, StorageResult } from '../../storage/result';
import { downloadBlob, downloadText } from '../../ui/download';
import { asTyped } from './as-typed';
import { chosenFileName } from './file-name';
import { SealChoice, type SealState } from './SealChoice';
import { useFocusWhen } from './use-focus';

/** A file made to be saved: a backup file's text, or the media file's bytes. */
export type SavedFile = { fileName: string; unreadable: number } & ({ text: string } | { blob: Blob });

type State<F> =
  | { step: 'idle' }
  | { step: 'busy'; sealing: boolean }
  | { step: 'done'; file: F }
  | { step: 'failed'; problem: StorageProblem };

const NO_PASSPHRASE = { next: '', again: '', shown: false };

interface Props<F extends SavedFile> {
  /** Which file: its words are `backup.<kind>.…`, its heading `#data-<kind>`. */
  kind: 'export' | 'caregiver' | 'media';
  /** Makes the file from what is stored now. */
  make: () => Promise<StorageResult<F>>;
  /** Encrypts it with the passphrase typed (`sealBackupFile`, `sealMediaFile`). */
  sealWith: (file: F, passphrase: string) => Promise<StorageResult<F>>;
  /** The plain name the file field starts with, for today's date (`backupFileName`, `packetFileName`). */
  defaultName: (date: string) => string;
  /** A choice of what goes into the file, shown above the file's name. */
  children?: ComponentChildren;
  /** Whether a lock is set: then "Save encrypted" starts checked. */
  lockSet: boolean;
  /** Encrypted whenever a lock is set, with no choice (the media file). */
  sealedWhenLocked?: boolean;
  /** Whether the file is ready to be saved: else only the heading, its text and `children` show. */
  ready?: boolean;
  /** Whether to say how many damaged records were left out of the file. */
  countDamaged?: boolean;
}

/**
 * "Save a backup file" and "Save the caregiver packet as a file": the file's name (a neutral one the
 * person may change: not every browser asks where to save), a button that makes the file on the phone
 * and hands it to the browser's download, then says where it went (focus moves there).
 */
export function SaveFileSection<F extends SavedFile>(props: Props<F>) {
  const { kind, make, sealWith, defaultName, lockSet, countDamaged = false, children } = props;
  const { sealedWhenLocked = false, ready = true } = props;
  const { t } = useI18n();
  const [state, setState] = useState<State<F>>({ step: 'idle' });
  const [typedName, setTypedName] = useState<string | undefined>(undefined);
  // Encrypted by default when a lock is set (the lock's status may come after the first paint).
  const [seal, setSeal] = useState<Omit<SealState, 'on'> & { on?: boolean }>({ typed: NO_PASSPHRASE });
  const required = sealedWhenLocked && lockSet;
  const sealState: SealState = { ...seal, on: required || (seal.on ?? lockSet) };
  const [errors, setErrors] = useState<{ next?: string | undefined; again?: string | undefined }>({});
  const section = useRef<HTMLElement>(null);
  const message = useFocusWhen(state.step === 'done' || state.step === 'failed' ? state : undefined);
  // Today's name until the person types one, so a screen left open overnight offers the new date.
  const name = typedName ?? defaultName(localIsoDate());

  const save = async () => {
    const { next, again } = sealState.typed;
    const found = sealState.on
      ? {
          next: next.trim() ? undefined : t('backup.seal.empty'),
          again: next.trim() && asTyped(again) !== asTyped(next) ? t('backup.seal.mismatch') : undefined,
        }
      : {};
    setErrors(found);
    if (found.next || found.again) {
      requestAnimationFrame(() =>
        section.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setState({ step: 'busy', sealing: sealState.on });
    const made = await make();
    // The key is derived in a Web Worker (about a second on a slow phone): the page keeps painting.
    const result = made.ok && sealState.on ? await sealWith(made.value, next) : made;
    if (!result.ok) return setState({ step: 'failed', problem: result.problem });
    const file = { ...result.value, fileName: chosenFileName(name, result.value.fileName) };
    if ('blob' in file) downloadBlob(file.blob, file.fileName);
    else downloadText(file.text, file.fileName);
    // The passphrase does not stay on screen once the file is saved (whoever picks the phone up next).
    if (sealState.on) setSeal({ on: true, typed: NO_PASSPHRASE });
    setState({ step: 'done', file });
  };

  return (
    <section ref={section} aria-labelledby={`data-${kind}`} aria-busy={state.step === 'busy'}>
      <h2 id={`data-${kind}`}>{t(`backup.${kind}.title`)}</h2>
      <p>{t(`backup.${kind}.what`)}</p>
      {children}
      {ready && (
        <>
          <SealChoice
            kind={kind}
            state={sealState}
            required={required}
            onChange={setSeal}
            errors={errors}
            disabled={state.step === 'busy'}
          />
          <div class="field">
            <label for={`${kind}-file-name`}>{t('backup.fileName.label')}</label>
            <p id={`${kind}-file-name-hint`} class="hint">
              {t('backup.fileName.hint')}
            </p>
            <input
              id={`${kind}-file-name`}
              type="text"
              value={name}
              spellcheck={false}
              autoComplete="off"
              aria-describedby={`${kind}-file-name-hint`}
              onInput={(event) => setTypedName(event.currentTarget.value)}
            />
          </div>
          <button type="button" class="button" disabled={state.step === 'busy'} onClick={() => void save()}>
            {t(`backup.${kind}.button`)}
          </button>
        </>
      )}
      <div aria-live="polite">
        {state.step === 'busy' && (
          <p class="muted">
            {t(state.sealing ? 'backup.seal.busy' : `backup.${kind}.busy`)}
            {state.sealing && <progress class="data-progress" />}
          </p>
        )}
        {state.step === 'done' && (
          <p class="data-result" ref={message} tabIndex={-1}>
            {t(`backup.${kind}.done`, { fileName: state.file.fileName })}
            {countDamaged && state.file.unreadable > 0 && (
              <> {t('backup.export.damaged', { count: state.file.unreadable })}</>
            )}
          </p>
        )}
      </div>
      {state.step === 'failed' && (
        <p class="field-error" role="alert" ref={message} tabIndex={-1}>
          {t(`backup.${kind}.failed`)} {t(`backup.storageProblem.${state.problem}`)}
        </p>
      )}
    </section>
  );
}
