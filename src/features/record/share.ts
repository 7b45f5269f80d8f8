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

/**
 * The photos as they may leave the phone: JPEGs with their location taken out (strip-location.ts),
 * named by their place in the record. Other files (videos, other formats) are not shared: their location
 * could not be taken out. The originals on the phone stay as they were.
 */
export async function photosToShare(media: readonly SavedMedia[]): Promise<SharedCopy[]> {
  const copies: SharedCopy[] = [];
  for (const [index, { media: item }] of media.entries()) {
    if (item.type !== 'image/jpeg') continue;
    const clean = withoutLocation(new Uint8Array(await item.bytes.arrayBuffer()));
    if (!clean) continue;
    const bytes = clean as Uint8Array<ArrayBuffer>;
    const file = new File([bytes], `photo-${index + 1}.jpg`, { type: 'image/jpeg' });
    copies.push({ file, number: index + 1, sha256: await sha256Hex(bytes) });
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
