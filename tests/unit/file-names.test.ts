import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chosenFileName } from '../../src/features/backup/file-name';
import { exportCaregiverPacket, packetFileName } from '../../src/features/plan/caregiver-file';
import { backupFileName, exportAll } from '../../src/storage/backup/export';
import { exportMedia } from '../../src/storage/backup/media-export';
import { CONTACTS_FILE_NAME } from '../../src/ui/vcard';
import { reportFileName } from '../../src/features/record/share';
import { closeChanges } from '../../src/storage/changes';
import { NOW, planWith, useTheApp } from './support/backup-fixtures';
import { useFreshDatabase } from './support/fresh-db';

/*
 * A saved file's name shows in the Downloads list, a share sheet or a cloud drive without the file being
 * opened: it must not say what the app is, what it is for, or whom the file is about.
 */

/** The app's names in both languages, what it is for, and what its files hold. */
const TELLING = [
  'defend',
  'rights',
  'derechos',
  'conozca',
  'know-your',
  'immigra',
  'inmigra',
  'raid',
  'redada',
  'plan',
  'backup',
  'caregiver',
  'packet',
  'emergency',
  'family',
  'familia',
];

/** Every name a person or a contact has in the stored data the files are made from. */
const PEOPLE = [
  ...planWith().household.data.people.map((person) => person.fullName),
  'Ana',
  'Beto',
  'Tía Rosa',
].flatMap((name) => name.toLowerCase().split(/\s+/));

function expectNeutral(name: string): void {
  const lower = name.toLowerCase();
  for (const word of [...TELLING, ...PEOPLE]) expect(lower, `${name} holds "${word}"`).not.toContain(word);
}

describe('the names of saved files', () => {
  useFreshDatabase();
  afterEach(() => closeChanges());

  it('say nothing of the app, its purpose or a person: the backup, the caregiver packet, the media file and the vCard', async () => {
    await useTheApp();
    const backup = await exportAll(NOW);
    const packet = await exportCaregiverPacket(NOW);
    const media = await exportMedia(NOW);
    if (!backup.ok || !packet.ok || !media.ok) throw new Error('not made');
    const names = [
      backup.value.fileName,
      packet.value.fileName,
      media.value.fileName,
      CONTACTS_FILE_NAME,
      reportFileName('2026-03-14'),
    ];
    for (const name of names) expectNeutral(name);
    expect(names).toEqual([
      `notes-2026-03-14.json`,
      `notes-to-share-2026-03-14.json`,
      'files-2026-03-14.bin',
      'contacts.vcf',
      'notes-2026-03-14.html',
    ]);
    expect(backupFileName('2026-12-05')).not.toBe(packetFileName('2026-12-05'));
  });

  it('are the ones checked here: nothing else in the app hands the browser a file to save', () => {
    const src = join(__dirname, '../../src');
    const files = (readdirSync(src, { recursive: true }) as string[])
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => join(src, file));
    const saving = files
      .filter((file) => /downloadText\(|\.download\s*=|showSaveFilePicker/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file))
      .sort();
    // download.ts saves; its two callers save the backup, the caregiver packet (SaveFileSection) and the
    // vCard, whose names the test above checks (and the media file, SaveFileSection too). A new caller must be added there, and here.
    expect(saving).toEqual([
      'features/backup/SaveFileSection.tsx',
      'features/record/ShareSection.tsx', // the incident report: its name is checked above
      'ui/SaveVCardButton.tsx',
      'ui/download.ts',
    ]);
  });
});

describe('a name the person types before saving', () => {
  it.each([
    ['', 'notes-2026-12-05.json'],
    ['   ', 'notes-2026-12-05.json'],
    ['recetas', 'recetas.json'],
    ['recetas.json', 'recetas.json'],
    ['Recetas.JSON', 'Recetas.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['a\\b:c*d?e"f<g>h|i', 'a-b-c-d-e-f-g-h-i.json'],
    ['line\nbreak\u0000', 'line-break-.json'],
    ['.hidden', 'hidden.json'],
  ])('%j is saved as %j', (typed, saved) => {
    expect(chosenFileName(typed, 'notes-2026-12-05.json')).toBe(saved);
  });

  it('is at most 100 characters, with the extension', () => {
    const saved = chosenFileName('x'.repeat(500), 'contacts.vcf');
    expect(saved).toHaveLength(100);
    expect(saved.endsWith('.vcf')).toBe(true);
  });
});
