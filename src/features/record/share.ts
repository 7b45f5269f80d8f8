import type { SavedMedia } from '../../storage/incident-store';
import { sha256Hex } from '../../shared/sha256';
import { smsPlatform } from '../../shared/sms-platform';
import { withoutLocation } from './strip-location';

/**
 * A text message with `body` and no recipient: the person picks one in the SMS app. iPhones and iPads
 * read the body after `&`, Android after `?` (RFC 5724's form); each gets its own (src/shared/sms-platform.ts).
 */
export function smsLink(body: string, userAgent: string): string {
  const separator = smsPlatform(userAgent) === 'ios' ? '&' : '?';
  return `sms:${separator}body=${encodeURIComponent(body)}`;
}

/** A photo as it may leave the phone, with its own SHA-256 (not the original's: its bytes differ). */
export interface SharedCopy {
  file: File;
  /** Its place in the record's list, 1 first, as the text numbers the originals. */
  number: number;
  sha256: string;
}

/** A photo's copy without its location, and the copy's SHA-256: `null` for a file that is not shared. */
export type CleanCopies = Map<string, { bytes: Uint8Array<ArrayBuffer>; sha256: string } | null>;

/**
 * The photos as they may leave the phone: JPEGs with their location taken out (strip-location.ts),
 * named by their place in the record. Other files (videos, other formats) are not shared: their location
 * could not be taken out. The originals on the phone stay as they were. `made` keeps each photo's copy by
 * its key, so a photo added to the record does not make every other one read and cleaned again.
 */
export async function photosToShare(
  media: readonly SavedMedia[],
  made: CleanCopies = new Map(),
): Promise<SharedCopy[]> {
  const copies: SharedCopy[] = [];
  for (const [index, { key, media: item }] of media.entries()) {
    if (item.type !== 'image/jpeg') continue;
    if (!made.has(key)) {
      const clean = withoutLocation(new Uint8Array(await item.bytes.arrayBuffer()));
      const bytes = clean as Uint8Array<ArrayBuffer> | undefined;
      made.set(key, bytes ? { bytes, sha256: await sha256Hex(bytes) } : null);
    }
    const copy = made.get(key);
    if (!copy) continue;
    const file = new File([copy.bytes], `photo-${index + 1}.jpg`, { type: 'image/jpeg' });
    copies.push({ file, number: index + 1, sha256: copy.sha256 });
  }
  return copies;
}

/** A file as a `data:` URL, for the report file. */
export function dataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** The report file's name: the date alone, like the backup's (main README, "File names say nothing"). */
export function reportFileName(date: string): string {
  return `notes-${date}.html`;
}
