import { createHash } from 'node:crypto';

/** A small JPEG made here: start of image, a JFIF segment, `size` bytes of "image data", end of image. */
export function jpeg(size: number): Buffer {
  const data = Buffer.alloc(size, 0x42);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x07, 0x4a, 0x46, 0x49, 0x46, 0x00]),
    Buffer.from([0xff, 0xda, 0x00, 0x04, 0x01, 0x02]),
    data,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A file's SHA-256 as the screen shows it: in groups of 8. */
export const shownHash = (bytes: Buffer): string =>
  createHash('sha256')
    .update(bytes)
    .digest('hex')
    .replace(/(.{8})(?=.)/g, '$1 ');
