import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { deleteMedia, type SavedMedia } from '../../storage/incident-store';
import { sizeInWords } from '../../ui/size-in-words';
import { timeInWords } from './strings';
import { Thumbnail } from './Thumbnail';

/**
 * One photo or video of the record: its words, its SHA-256, and a delete that asks first. A photo is
 * evidence: one shaky tap must not lose it, so "Delete" opens a question (focused, so a screen reader
 * reads it) and the answer sits below where "Delete" was; "Cancel" gives the focus back.
 */
export function MediaItem({
  item,
  number,
  onDeleted,
}: {
  item: SavedMedia;
  number: number;
  onDeleted: () => unknown;
}) {
  const { t, language } = useI18n();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLDivElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = asking;
  }, [asking]);
  const kind = t(`record.media.kinds.${item.media.type.startsWith('video/') ? 'video' : 'image'}`);
  const id = `record-media-${number}-question`;
  return (
    <li>
      {item.media.type.startsWith('image/') && <Thumbnail bytes={item.media.bytes} />}
      <p>
        {t('record.media.item', {
          kind,
          size: sizeInWords(item.media.size, language),
          time: timeInWords(item.media.takenAt, language),
        })}
      </p>
      <p class="hint">
        {t('record.media.code')}: <code>{item.media.sha256.replace(/(.{8})(?=.)/g, '$1 ')}</code>
      </p>
      {asking ? (
        <div role="alertdialog" aria-labelledby={id} tabIndex={-1} ref={question}>
          <p id={id}>{t('record.media.deleteConfirm', { kind, number })}</p>
          <button
            type="button"
            class="button button-danger"
            onClick={() => void deleteMedia(item.key).then(() => onDeleted())}
          >
            {t('record.media.deleteYes')}
          </button>{' '}
          <button type="button" class="button button-secondary" onClick={() => setAsking(false)}>
            {t('record.form.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="button button-secondary"
          ref={deleteButton}
          aria-label={t('record.media.deleteName', { kind, number })}
          onClick={() => setAsking(true)}
        >
          {t('record.media.delete')}
        </button>
      )}
    </li>
  );
}
