import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { MEDIA_MAX_BYTES } from '../../storage/incident-record';
import { addMedia, type SavedMedia } from '../../storage/incident-store';
import type { StorageProblem } from '../../storage/result';
import { MediaItem } from './MediaItem';

/** A file the phone could not keep, and why: a file past the size limit is not "the phone is full". */
interface NotSaved {
  name: string;
  problem: StorageProblem | 'tooLarge';
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
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
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
      if (file.size > MEDIA_MAX_BYTES) {
        failed.push({ name: file.name, problem: 'tooLarge' });
        continue;
      }
      const result = stored ? await addMedia(recordId, file, file.lastModified) : undefined;
      if (!result?.ok) failed.push({ name: file.name, problem: result?.problem ?? 'unknown' });
      else setKept((names) => [...names, file.name]);
      await reload();
    }
    setNotSaved(failed);
    setSaving(0);
  };

  const full = notSaved.filter((file) => file.problem === 'quota');
  const tooLarge = notSaved.filter((file) => file.problem === 'tooLarge');
  const other = notSaved.filter((file) => file.problem !== 'quota' && file.problem !== 'tooLarge');
  return (
    <section aria-labelledby="record-media">
      <h2 id="record-media" tabIndex={-1} ref={heading}>
        {t('record.media.title')}
      </h2>
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
        [tooLarge, 'record.media.tooLarge'],
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
            <MediaItem
              key={item.key}
              item={item}
              number={index + 1}
              // The item is gone: the focus goes to the list's heading, not to the page's top.
              onDeleted={() => Promise.resolve(reload()).then(() => heading.current?.focus())}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
