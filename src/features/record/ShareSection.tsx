import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { Incident } from '../../storage/incident-record';
import type { SavedMedia } from '../../storage/incident-store';
import { localIsoDate } from '../../shared/local-date';
import { downloadText } from '../../ui/download';
import { markHandOff } from '../quick-exit/public';
import { recordText, type ShareChoices } from './record-text';
import { reportHtml } from './report-file';
import { dataUrl, photosToShare, reportFileName, smsLink, type CleanCopies, type SharedCopy } from './share';
import { timeInWords } from './strings';
import { useRecordLines } from './use-record-lines';

/**
 * The shared copies of the record's photos, made as soon as the media are known: Safari lets
 * `navigator.share` run only within the tap's user activation, and refuses (NotAllowedError) once the tap
 * has waited for every photo to be read and cleaned. `undefined` while they are being made.
 */
function useSharedCopies(media: readonly SavedMedia[]): readonly SharedCopy[] | undefined {
  const [copies, setCopies] = useState<readonly SharedCopy[]>();
  const made = useRef<CleanCopies>(new Map());
  useEffect(() => {
    let current = true;
    setCopies(undefined);
    void photosToShare(media, made.current).then(
      (made) => current && setCopies(made),
      () => current && setCopies([]),
    );
    return () => {
      current = false;
    };
  }, [media]);
  return copies;
}

/**
 * Share or keep the record: as text (SMS, the share sheet), its photos without their location, on paper,
 * or as one HTML file. What leaves the phone is the least needed: the A-number and date of birth only
 * when ticked, never kept ticked.
 */
export function ShareSection({
  incident,
  media,
  onPrint,
}: {
  incident: Incident;
  media: readonly SavedMedia[];
  onPrint: (choices: ShareChoices) => void;
}) {
  const { t, language } = useI18n();
  const [choices, setChoices] = useState<ShareChoices>({ aNumber: false, birth: false });
  const [failed, setFailed] = useState(false);
  const copies = useSharedCopies(media);
  const lines = useRecordLines(incident, media, choices);
  // With the photos (shared, or in the report file) go their own hashes: their bytes are not the originals'.
  const withCopies = useRecordLines(
    incident,
    media,
    choices,
    (copies ?? []).map(({ file, number, sha256 }) => ({ number, name: file.name, sha256 })),
  );
  const footer = t('record.text.writtenAt', { time: timeInWords(incident.createdAt, language) });
  const text = recordText(t('record.text.heading'), lines, footer);
  const canShare = typeof navigator.share === 'function';

  const share = async (data: ShareData) => {
    setFailed(false);
    markHandOff();
    try {
      await navigator.share(data);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFailed(true);
    }
  };
  // Nothing awaited before share(): the copies are ready (useSharedCopies), the tap shares them at once.
  const sharePhotos = (ready: readonly SharedCopy[]) => {
    const data = {
      files: ready.map(({ file }) => file),
      text: recordText(t('record.text.heading'), withCopies, footer),
    };
    if (!navigator.canShare?.(data)) return setFailed(true);
    void share(data);
  };
  const saveReport = async () => {
    const photos = copies ?? (await photosToShare(media));
    const html = reportHtml({
      language,
      title: t('record.text.heading'),
      lines: copies ? withCopies : lines,
      photos: await Promise.all(
        photos.map(async ({ file }) => ({ dataUrl: await dataUrl(file), label: file.name })),
      ),
      footer,
    });
    downloadText(html, reportFileName(localIsoDate()), 'text/html');
  };
  const tick = (key: keyof ShareChoices, label: string) => (
    <div class="field checkbox">
      <input
        id={`record-share-${key}`}
        type="checkbox"
        checked={choices[key]}
        aria-describedby="record-share-private"
        onChange={(event) => setChoices({ ...choices, [key]: event.currentTarget.checked })}
      />
      <label for={`record-share-${key}`}>{label}</label>
    </div>
  );

  return (
    <section aria-labelledby="record-share">
      <h2 id="record-share">{t('record.share.title')}</h2>
      <p class="notice">{t('record.share.reminder')}</p>
      {tick('aNumber', t('record.share.includeANumber'))}
      {tick('birth', t('record.share.includeBirth'))}
      <p id="record-share-private" class="hint">
        {t('record.share.privateHint')}
      </p>
      <ul class="actions">
        <li>
          <a class="action" href={smsLink(text, navigator.userAgent)}>
            <span class="action-title">{t('record.share.sms')}</span>
          </a>
        </li>
        {canShare && (
          <li>
            <button type="button" class="button" onClick={() => void share({ text })}>
              {t('record.share.shareText')}
            </button>
          </li>
        )}
        {canShare && copies && copies.length > 0 && (
          <li>
            <button
              type="button"
              class="button"
              aria-describedby="record-photos-hint"
              onClick={() => sharePhotos(copies)}
            >
              {t('record.share.sharePhotos')}
            </button>
            <p id="record-photos-hint" class="hint">
              {t('record.share.photosHint')}
            </p>
          </li>
        )}
        <li>
          <button type="button" class="button button-secondary" onClick={() => onPrint(choices)}>
            {t('record.share.print')}
          </button>
        </li>
        <li>
          <button
            type="button"
            class="button button-secondary"
            aria-describedby="record-report-hint"
            onClick={() => void saveReport()}
          >
            {t('record.share.report')}
          </button>
          <p id="record-report-hint" class="hint">
            {t('record.share.reportHint')}
          </p>
        </li>
      </ul>
      {failed && (
        <p class="form-problem" role="alert">
          {t('record.share.failed')}
        </p>
      )}
    </section>
  );
}
