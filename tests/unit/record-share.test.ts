// @vitest-environment happy-dom
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Incident } from '../../src/storage/incident-record';
import { recordLines, recordText, type RecordWords } from '../../src/features/record/record-text';
import { reportHtml } from '../../src/features/record/report-file';
import { photosToShare } from '../../src/features/record/share';
import { withoutLocation } from '../../src/features/record/strip-location';
import { initI18n } from '../../src/i18n/i18n';

const HOSTILE = '<img src=x onerror=alert(1)>';

const words: RecordWords = {
  label: (key) => key,
  warrantShown: (value) => `shown:${value}`,
  warrantKind: (value) => `kind:${value}`,
  checkQuestion: (question) => `q:${question}`,
  time: (iso) => `t(${iso})`,
};

const incident: Incident = {
  id: 'r1',
  createdAt: '2026-03-14T07:10:00.000Z',
  when: '2026-03-14T07:05',
  where: 'Main & 5th',
  warrantShown: 'yes',
  warrantKind: 'ice',
  taken: [{ name: HOSTILE, dateOfBirth: '1990-02-03', countryOfBirth: 'Guatemala', aNumber: '123456789' }],
};
const media = [{ type: 'image/jpeg', sha256: 'ab'.repeat(32), takenAt: '2026-03-14T07:06:00.000Z' }];

describe('the shared text', () => {
  it('leaves out the A-number and date of birth unless ticked, and always carries the hashes', () => {
    const text = recordText(
      'Record',
      recordLines(incident, media, { aNumber: false, birth: false }, words),
      'end',
    );
    expect(text).not.toContain('123456789');
    expect(text).not.toContain('1990-02-03');
    expect(text).toContain('Guatemala');
    expect(text).toContain('ab'.repeat(32));
    expect(text).toContain('warrantKind: kind:ice');
    const all = recordText(
      'Record',
      recordLines(incident, media, { aNumber: true, birth: true }, words),
      'end',
    );
    expect(all).toContain('aNumber 123456789');
    expect(all).toContain('born 1990-02-03');
  });

  it("carries the warrant check's verdict and the answers that led to it, in words", () => {
    const checked: Incident = {
      ...incident,
      warrantKind: 'mismatch',
      warrantAnswers: { court: 'yes', judge: 'yes', immigration: 'no', name: 'no' },
    };
    const text = recordText('Record', recordLines(checked, [], { aNumber: false, birth: false }, words), '');
    expect(text).toContain('warrantKind: kind:mismatch');
    expect(text).toContain(
      'warrantAnswers: q:court: shown:yes; q:judge: shown:yes; q:immigration: shown:no; q:name: shown:no',
    );
  });
});

describe("the hashes: the originals', and each shared copy's own", () => {
  it('says the listed hashes are those of the originals, and lists a shared copy by its own hash', async () => {
    const original = jpegWithGps().bytes as Uint8Array<ArrayBuffer>;
    const stored = [
      { key: 'v', media: { type: 'video/mp4', bytes: new Blob(['video']) } },
      { key: 'p', media: { type: 'image/jpeg', bytes: new Blob([original]) } },
    ];
    const copies = await photosToShare(stored as never);
    expect(copies.map(({ number, file }) => [number, file.name])).toEqual([[2, 'photo-2.jpg']]);
    const [copy] = copies;
    if (!copy) throw new Error('no copy');
    const digest = async (bytes: ArrayBuffer) =>
      Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    const copyHash = await digest(await copy.file.arrayBuffer());
    const originalHash = await digest(original.buffer as ArrayBuffer);
    // The copy has lost its place: its bytes, so its hash, are not the original's.
    expect(copy.sha256).toBe(copyHash);
    expect(copyHash).not.toBe(originalHash);

    const originals = [
      { type: 'video/mp4', sha256: 'cd'.repeat(32), takenAt: '2026-03-14T07:06:00.000Z' },
      { type: 'image/jpeg', sha256: originalHash, takenAt: '2026-03-14T07:07:00.000Z' },
    ];
    const copyLine = { number: copy.number, name: copy.file.name, sha256: copy.sha256 };
    const lines = recordLines(incident, originals, { aNumber: false, birth: false }, words, [copyLine]);
    expect(lines.filter(({ label }) => label === 'media').map(({ value }) => value)).toEqual([
      `#1 video/mp4 t(2026-03-14T07:06:00.000Z) ${'cd'.repeat(32)}`,
      `#2 image/jpeg t(2026-03-14T07:07:00.000Z) ${originalHash}`,
    ]);
    expect(lines.filter(({ label }) => label === 'copies').map(({ value }) => value)).toEqual([
      `#2 photo-2.jpg ${copyHash}`,
    ]);
    // With no copy shared, no copy is listed.
    expect(recordLines(incident, originals, { aNumber: false, birth: false }, words)).not.toContainEqual(
      expect.objectContaining({ label: 'copies' }),
    );
  });

  it('reads and cleans each photo once: a photo added later leaves the others alone', async () => {
    const original = jpegWithGps().bytes as Uint8Array<ArrayBuffer>;
    const first = new Blob([original]);
    let reads = 0;
    const read = first.arrayBuffer.bind(first);
    first.arrayBuffer = () => {
      reads += 1;
      return read();
    };
    const made = new Map();
    const one = [{ key: 'a', media: { type: 'image/jpeg', bytes: first } }];
    const two = [...one, { key: 'b', media: { type: 'image/jpeg', bytes: new Blob([original]) } }];
    const before = await photosToShare(one as never, made);
    const after = await photosToShare(two as never, made);
    expect(reads).toBe(1);
    expect(after.map(({ file, sha256 }) => [file.name, sha256])).toEqual([
      ['photo-1.jpg', before[0]?.sha256],
      ['photo-2.jpg', before[0]?.sha256],
    ]);
  });

  it('labels them in words: the originals on this phone, and the shared copies without the place', async () => {
    await initI18n('en');
    await import('../../src/features/record/strings');
    for (const language of ['en', 'es'] as const) {
      const t = i18next.getFixedT(language);
      expect(t('record.text.media')).toMatch(language === 'en' ? /originals on this phone/ : /originales/);
      expect(t('record.text.copies')).toMatch(language === 'en' ? /Shared copies/ : /Copias compartidas/);
    }
  });
});

describe('the report file', () => {
  it('keeps every field as text: a name made of markup stays text, and nothing runs', () => {
    const html = reportHtml({
      language: 'en',
      title: `Record ${HOSTILE}`,
      lines: recordLines(incident, media, { aNumber: true, birth: true }, words),
      photos: [{ dataUrl: 'data:image/jpeg;base64,/9j/', label: HOSTILE }],
      footer: HOSTILE,
    });
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    // The one image is the photo, carried inside the file; the name is text.
    expect([...parsed.querySelectorAll('img')].map((image) => image.getAttribute('src'))).toEqual([
      'data:image/jpeg;base64,/9j/',
    ]);
    expect(parsed.querySelectorAll('script, [onerror]')).toHaveLength(0);
    expect(parsed.body.textContent).toContain(`taken${HOSTILE}`);
    expect(
      parsed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
  });
});

/** A small JPEG: an Exif segment with an orientation and a GPS position, an XMP segment, then image data. */
function jpegWithGps({ brokenGps = false } = {}): { bytes: Uint8Array; latitude: number[]; image: number[] } {
  const latitude = [0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x0e, 0x00, 0x00, 0x00];
  latitude.push(...[0x01, 0, 0, 0, 0x2d, 0x16, 0, 0, 0x64, 0, 0, 0]); // 3 rationals: 24 bytes
  const tiff: number[] = [0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0];
  const u16 = (n: number) => [n & 0xff, n >> 8];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  // IFD0 at 8: 2 entries (orientation = 6, GPS pointer), next IFD 0. 2 + 24 + 4 = 30 bytes → GPS IFD at 38.
  const gpsAt = brokenGps ? 5000 : 38;
  tiff.push(...u16(2), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(6), 0, 0);
  tiff.push(...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsAt), ...u32(0));
  // GPS IFD at 38: 2 entries (ref 'N', latitude → 68), next 0. 2 + 24 + 4 = 30 → values at 68.
  tiff.push(...u16(2), ...u16(1), ...u16(2), ...u32(2), 0x4e, 0, 0, 0);
  tiff.push(...u16(2), ...u16(5), ...u32(3), ...u32(68), ...u32(0));
  tiff.push(...latitude);
  const exif = [...'Exif'].map((c) => c.charCodeAt(0)).concat([0, 0], tiff);
  const xmp = [...'http://ns.adobe.com/xap/1.0/\0<x:GPSLatitude>34</x:GPSLatitude>'].map((c) =>
    c.charCodeAt(0),
  );
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const image = [0xff, 0xda, 0x00, 0x04, 0x01, 0x02, 0x11, 0x22, 0xff, 0x00, 0x33, 0xff, 0xd9];
  const bytes = [
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0]),
    ...segment(0xe1, exif),
    ...segment(0xe1, xmp),
    ...image,
  ];
  return { bytes: new Uint8Array(bytes), latitude: latitude.slice(0, 8), image };
}

const contains = (haystack: Uint8Array, needle: readonly number[]) =>
  haystack.some((_, at) => needle.every((byte, index) => haystack[at + index] === byte));

describe('a shared photo', () => {
  it('loses its GPS position and XMP, keeps its orientation and image data byte for byte', () => {
    const { bytes, latitude, image } = jpegWithGps();
    expect(contains(bytes, latitude)).toBe(true);
    const shared = withoutLocation(bytes);
    if (!shared) throw new Error('not cleaned');
    expect(contains(shared, latitude)).toBe(false);
    expect(
      contains(
        shared,
        [...'GPSLatitude'].map((c) => c.charCodeAt(0)),
      ),
    ).toBe(false);
    expect(contains(shared, [0x12, 0x01, 0x03, 0x00, 0x01, 0, 0, 0, 0x06, 0x00])).toBe(true); // orientation 6
    expect([...shared.subarray(shared.length - image.length)]).toEqual(image);
    expect(contains(bytes, latitude)).toBe(true); // the original is kept as it was
  });

  it('drops an Exif segment it cannot read, and shares nothing that is not a JPEG', () => {
    const { bytes, image } = jpegWithGps({ brokenGps: true });
    const shared = withoutLocation(bytes);
    if (!shared) throw new Error('not cleaned');
    expect(
      contains(
        shared,
        [...'Exif'].map((c) => c.charCodeAt(0)),
      ),
    ).toBe(false);
    expect([...shared.subarray(shared.length - image.length)]).toEqual(image);
    expect(withoutLocation(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
  });
});

describe('times in words', () => {
  it('writes each time in the language asked for, also after another language was used', async () => {
    await initI18n('en'); // the record's strings join i18next as their module loads
    const { timeInWords } = await import('../../src/features/record/strings');
    const english = timeInWords('2026-03-14T07:05', 'en');
    const spanish = timeInWords('2026-03-14T07:05', 'es');
    expect(english).toMatch(/Mar/);
    expect(spanish).toMatch(/mar/);
    expect(spanish).not.toBe(english);
    expect(timeInWords('2026-03-14T07:05', 'en')).toBe(english);
    expect(timeInWords('2026-12-01T18:30', 'es')).toMatch(/dic/);
  });
});
