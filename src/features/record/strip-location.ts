/*
 * A JPEG's location, taken out of the copy that is shared (issue 13: what leaves the phone is the least
 * needed). Byte level, no library: the segments before the image data are walked; in the Exif segment
 * (APP1, "Exif\0\0") the GPS directory (tag 0x8825) is emptied, its values overwritten with zeros, so the
 * rest (the orientation, which keeps the photo upright) stays; an Exif segment that cannot be read is
 * dropped whole, and so is an XMP segment (APP1, Adobe's XML), which can repeat the place. The image data
 * from the start of scan on is copied as it is. Anything that is not a JPEG is returned `undefined`:
 * the caller does not share what it cannot clean.
 */

const SOI = 0xd8;
const SOS = 0xda;
const APP1 = 0xe1;
const GPS_TAG = 0x8825;
/** Bytes per value of each TIFF type (TIFF 6.0, section 2; Exif 2.3). */
const TYPE_BYTES: Readonly<Record<number, number>> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
};

const startsWith = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((char, index) => bytes[at + index] === char.charCodeAt(0));

/** A copy of the JPEG `bytes` with no GPS position in it; `undefined` if it is not a JPEG it can read. */
export function withoutLocation(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) return undefined;
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === SOS) {
      kept.push(bytes.subarray(at));
      return join(kept);
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return undefined;
    const segment = bytes.slice(at, end);
    if (marker !== APP1) kept.push(segment);
    else if (startsWith(segment, 4, 'Exif\0\0')) {
      if (blankGps(segment, 10)) kept.push(segment); // else dropped whole
    } // any other APP1 (XMP) is dropped
    at = end;
  }
  return undefined; // no image data: not a JPEG this can vouch for
}

/** Empties the GPS directory of the TIFF structure at `tiff` in `segment`; false if it cannot be read. */
function blankGps(segment: Uint8Array, tiff: number): boolean {
  const view = new DataView(segment.buffer, segment.byteOffset + tiff, segment.length - tiff);
  const order = view.byteLength >= 8 ? view.getUint16(0) : 0;
  if (order !== 0x4949 && order !== 0x4d4d) return false;
  const little = order === 0x4949;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  try {
    const ifd0 = u32(4);
    const count = u16(ifd0);
    for (let index = 0; index < count; index += 1) {
      const entry = ifd0 + 2 + index * 12;
      if (u16(entry) !== GPS_TAG) continue;
      const gps = u32(entry + 8);
      const gpsCount = u16(gps);
      for (let field = 0; field < gpsCount; field += 1) {
        const at = gps + 2 + field * 12;
        const size = (TYPE_BYTES[u16(at + 2)] ?? 1) * u32(at + 4);
        if (size > 4) zero(view, u32(at + 8), size);
      }
      zero(view, gps + 2, gpsCount * 12); // the entries, and the values kept inside them
      view.setUint16(gps, 0, little);
    }
    return true;
  } catch {
    return false; // an offset past the end: a segment this cannot read
  }
}

function zero(view: DataView, at: number, length: number): void {
  if (at + length > view.byteLength) throw new RangeError('Past the segment');
  for (let index = 0; index < length; index += 1) view.setUint8(at + index, 0);
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
