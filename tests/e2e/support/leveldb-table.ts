/**
 * The data blocks of a LevelDB table file (`.ldb`, `.sst`), uncompressed. Chromium's IndexedDB compresses
 * them with Snappy, which writes a repeated run of bytes as a copy of an earlier one: a marker seen twice
 * in a block is whole only once, or not at all, in the file's raw bytes. A forensic tool decompresses;
 * so does this search. Format: leveldb's doc/table_format.md; Snappy's format_description.txt.
 */
export function tableBlocks(file: Buffer): Buffer[] {
  // The footer ends with the table's magic number, 0xdb4775248b80fb57, little-endian.
  if (file.length < 48 || file.readUInt32LE(file.length - 8) !== 0x8b80fb57) return [];
  const footer = file.subarray(file.length - 48);
  const [, afterMeta] = handleAt(footer, 0);
  const [index] = handleAt(footer, afterMeta);
  const blocks: Buffer[] = [];
  for (const value of blockValues(readBlock(file, index)))
    blocks.push(readBlock(file, handleAt(value, 0)[0]));
  return blocks;
}

type Handle = { offset: number; size: number };

function varint(buffer: Buffer, at: number): [value: number, next: number] {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = buffer[at++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
  }
}

function handleAt(buffer: Buffer, at: number): [Handle, number] {
  const [offset, next] = varint(buffer, at);
  const [size, end] = varint(buffer, next);
  return [{ offset, size }, end];
}

/** A block's bytes; its one-byte trailer says 0 (as is) or 1 (Snappy). */
function readBlock(file: Buffer, { offset, size }: Handle): Buffer {
  const bytes = file.subarray(offset, offset + size);
  return file[offset + size] === 1 ? snappy(bytes) : bytes;
}

/** The values of a block's entries (an index block's values are the data blocks' handles). */
function blockValues(block: Buffer): Buffer[] {
  const restarts = block.readUInt32LE(block.length - 4);
  const end = block.length - 4 * (restarts + 1);
  const values: Buffer[] = [];
  for (let at = 0; at < end;) {
    const [, a] = varint(block, at); // bytes shared with the previous key
    const [unshared, b] = varint(block, a);
    const [length, c] = varint(block, b);
    values.push(block.subarray(c + unshared, c + unshared + length));
    at = c + unshared + length;
  }
  return values;
}

/** Snappy's raw format: a length, then literals and copies of earlier output. */
function snappy(input: Buffer): Buffer {
  const [length, start] = varint(input, 0);
  const out = Buffer.alloc(length);
  let written = 0;
  for (let at = start; at < input.length;) {
    const tag = input.readUInt8(at++);
    if ((tag & 3) === 0) {
      let size = (tag >> 2) + 1;
      if (size > 60) {
        const bytes = size - 60;
        size = input.readUIntLE(at, bytes) + 1;
        at += bytes;
      }
      written += input.copy(out, written, at, at + size);
      at += size;
      continue;
    }
    let size: number;
    let offset: number;
    if ((tag & 3) === 1) {
      size = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | input.readUInt8(at++);
    } else if ((tag & 3) === 2) {
      size = (tag >> 2) + 1;
      offset = input.readUInt16LE(at);
      at += 2;
    } else {
      size = (tag >> 2) + 1;
      offset = input.readUInt32LE(at);
      at += 4;
    }
    for (let n = 0; n < size; n++, written++) out[written] = out.readUInt8(written - offset); // copies may overlap
  }
  return out;
}
