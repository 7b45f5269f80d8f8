import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import type { Incident } from '../../storage/incident-record';
import type { SavedMedia } from '../../storage/incident-store';
import { localIsoDate } from '../../shared/local-date';
import { downloadText } from '../../ui/download';
import { markHandOff } from '../quick-exit/public';
import { recordText, type ShareChoices } from './record-text';
import { reportHtml } from './report-file';
import { dataUrl, photosToShare, reportFileName, smsLink } from './share';
import { timeInWords } from './strings';
import { useRecordLines } from './use-record-lines';

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
  const lines = useRecordLines(incident, media, choices);
  const footer = t('record.text.writtenAt', { time: timeInWords(incident.createdAt, language) });
  const text = recordText(t('record.text.heading'), lines, footer);
  const canShare = typeof navigator.share === 'function';
  const hasPhotos = media.some(({ media: item }) => item.type === 'image/jpeg');

  const share = async (data: ShareData) => {
    setFailed(false);
    markHandOff();
    try {
      await navigator.share(data);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFailed(true);
    }
  };
  const sharePhotos = async () => {
    const files = await photosToShare(media);
    if (!navigator.canShare?.({ files })) return setFailed(true);
    await share({ files });
  };
  const saveReport = async () => {
    const photos = await photosToShare(media);
    const html = reportHtml({
      language,
      title: t('record.text.heading'),
      lines,
      photos: await Promise.all(
        photos.map(async (photo, index) => ({ dataUrl: await dataUrl(photo), label: `${index + 1}` })),
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
        {canShare && hasPhotos && (
          <li>
            <button
              type="button"
              class="button"
              aria-describedby="record-photos-hint"
              onClick={() => void sharePhotos()}
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
