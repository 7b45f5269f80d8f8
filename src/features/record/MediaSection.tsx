import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { addMedia, deleteMedia, type SavedMedia } from '../../storage/incident-store';
import type { StorageProblem } from '../../storage/result';
import { sizeInWords } from '../../ui/size-in-words';
import { timeInWords } from './strings';
import { Thumbnail } from './Thumbnail';

/** A file the phone could not keep, and why. */
interface NotSaved {
  name: string;
  problem: StorageProblem;
}

/**
 * The record's photos and videos: two inputs, the camera's (`capture`, which opens it directly and hides
 * the gallery) and the gallery's. Each file is kept as it is, with its SHA-256; a file the phone has no room
 * for is named, and the record's text stays saved.
 */
export function MediaSection({
  media,
  unreadable,
  saveRecord,
  recordId,
  reload,
  locked,
}: {
  media: readonly SavedMedia[];
  unreadable: number;
  saveRecord: () => Promise<boolean>;
  recordId: string;
  reload: () => unknown;
  /** Saved to the drop box: nothing can be read back, so what was kept is named from this page. */
  locked: boolean;
}) {
  const { t, language } = useI18n();
  const [saving, setSaving] = useState(0);
  const [notSaved, setNotSaved] = useState<NotSaved[]>([]);
  const [kept, setKept] = useState<string[]>([]);

  const keep = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // the same file may be picked again after a failure
    if (files.length === 0) return;
    setSaving(files.length);
    const failed: NotSaved[] = [];
    // The record must be on the phone first: a file belongs to a saved record.
    const stored = await saveRecord();
    for (const file of files) {
      const result = stored ? await addMedia(recordId, file, file.lastModified) : undefined;
      if (!result?.ok) failed.push({ name: file.name, problem: result?.problem ?? 'unknown' });
      else setKept((names) => [...names, file.name]);
      await reload();
    }
    setNotSaved(failed);
    setSaving(0);
  };

  const kind = (item: SavedMedia) =>
    t(`record.media.kinds.${item.media.type.startsWith('video/') ? 'video' : 'image'}`);
  const full = notSaved.filter((file) => file.problem === 'quota');
  const other = notSaved.filter((file) => file.problem !== 'quota');
  return (
    <section aria-labelledby="record-media">
      <h2 id="record-media">{t('record.media.title')}</h2>
      <p class="hint">{t('record.media.hint')}</p>
      <div class="data-picker">
        <label for="record-camera">{t('record.media.camera')}</label>
        <input
          id="record-camera"
          type="file"
          accept="image/*,video/*"
          capture="environment"
          multiple
          onChange={(event) => void keep(event.currentTarget)}
        />
      </div>
      <div class="data-picker">
        <label for="record-gallery">{t('record.media.gallery')}</label>
        <input
          id="record-gallery"
          type="file"
          accept="image/*,video/*"
          multiple
          onChange={(event) => void keep(event.currentTarget)}
        />
      </div>
      <p role="status">{saving > 0 ? t('record.media.saving', { count: saving }) : ''}</p>
      {[
        [full, 'record.media.notSaved'],
        [other, 'record.media.notSavedOther'],
      ].map(([files, heading]) =>
        (files as NotSaved[]).length > 0 ? (
          <div class="form-problem" role="alert" key={heading as string}>
            <p>{t(heading as 'record.media.notSaved')}</p>
            <ul>
              {(files as NotSaved[]).map((file, index) => (
                <li key={index}>
                  <bdi>{file.name}</bdi>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {locked && kept.length > 0 && (
        <div>
          <p>{t('record.locked.kept')}</p>
          <ul>
            {kept.map((name, index) => (
              <li key={index}>
                <bdi>{name}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
      {unreadable > 0 && (
        <p class="form-problem" role="alert">
          {t('record.media.unreadable')}
        </p>
      )}
      {media.length > 0 && (
        <ol class="record-media">
          {media.map((item, index) => (
            <li key={item.key}>
              {item.media.type.startsWith('image/') && <Thumbnail bytes={item.media.bytes} />}
              <p>
                {t('record.media.item', {
                  kind: kind(item),
                  size: sizeInWords(item.media.size, language),
                  time: timeInWords(item.media.takenAt, language),
                })}
              </p>
              <p class="hint">
                {t('record.media.code')}: <code>{item.media.sha256.replace(/(.{8})(?=.)/g, '$1 ')}</code>
              </p>
              <button
                type="button"
                class="button button-secondary"
                aria-label={t('record.media.deleteName', { kind: kind(item), number: index + 1 })}
                onClick={() => void deleteMedia(item.key).then(() => reload())}
              >
                {t('record.media.delete')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
