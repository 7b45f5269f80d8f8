import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import {
  exportMedia,
  mediaFileName,
  mediaSummary,
  sealMediaFile,
  type MediaSummary,
} from '../../storage/backup/media-export';
import { sizeInWords } from '../../ui/size-in-words';
import { SaveFileSection } from './SaveFileSection';

/**
 * "Save photos too": the records' photos and videos in a media file of their own (the backup file has
 * their text). Nothing is chosen by default; checking the box counts them and shows the file's size
 * before anything is saved. With a lock set the file is always encrypted (`sealedWhenLocked`).
 */
export function MediaFileSection({ lockSet }: { lockSet: boolean }) {
  const { t, language } = useI18n();
  const [chosen, setChosen] = useState(false);
  const [summary, setSummary] = useState<MediaSummary | 'failed' | undefined>(undefined);

  const choose = (on: boolean) => {
    setChosen(on);
    setSummary(undefined);
    // Counted only when asked: with a lock set, every photo is opened to be counted.
    if (on) void mediaSummary().then((result) => setSummary(result.ok ? result.value : 'failed'));
  };

  const ready = chosen && summary !== undefined && summary !== 'failed' && summary.count > 0 && summary.fits;
  return (
    <SaveFileSection
      kind="media"
      make={() => exportMedia()}
      sealWith={sealMediaFile}
      defaultName={mediaFileName}
      lockSet={lockSet}
      sealedWhenLocked
      ready={ready}
      countDamaged
    >
      <div class="field checkbox">
        <input
          id="media-choose"
          type="checkbox"
          checked={chosen}
          onChange={(event) => choose(event.currentTarget.checked)}
        />
        <label for="media-choose">{t('backup.media.choose')}</label>
      </div>
      {chosen && (
        <p aria-live="polite" data-testid="media-size">
          {summary === undefined
            ? t('backup.media.counting')
            : summary === 'failed'
              ? t('backup.media.failed')
              : summary.count === 0
                ? t('backup.media.none')
                : summary.fits
                  ? t('backup.media.size', {
                      count: summary.count,
                      size: sizeInWords(summary.bytes, language),
                    })
                  : t('backup.media.tooBig')}
        </p>
      )}
    </SaveFileSection>
  );
}
