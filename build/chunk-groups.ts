import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/*
 * Which chunk a module goes in is decided by its folder, so a file added to a folder, or moved
 * within it, goes where the folder goes. What several screens share goes in one chunk, not in several
 * tiny ones: each file is one more download at install, a round trip on a slow link. A module no rule
 * takes goes where Rolldown puts it: with the one screen that needs it.
 */

interface Rule {
  chunk: string;
  /** Folders (or, for the exceptions, single files) whose modules go in this chunk. */
  paths: readonly string[];
  except?: readonly string[];
  /** Only what two or more chunks would otherwise load: what one screen alone needs stays with it. */
  shared?: true;
}

/** In order: the first rule that takes a module wins. */
const RULES: readonly Rule[] = [
  // What the backup file check (a Web Worker, build/module-workers.ts) runs, and storage checks every
  // record with: valibot and the record schemas. A chunk that imports nothing, so the worker loads it
  // without any of the page's code, and one copy serves both.
  {
    chunk: 'records',
    paths: [
      'node_modules/valibot/',
      'src/storage/contact-record.ts',
      'src/storage/plan-record.ts',
      'src/storage/safe-text.ts',
      'src/storage/from-file.ts',
      'src/storage/alert-record.ts', // backup format version 5 holds the alert set-up
      'src/shared/stored-phone.ts',
      'src/storage/backup/format.ts',
      'src/storage/backup/read-file.ts',
      'src/storage/local-line.ts', // read-file.ts maps an older file's local line with it
      'src/storage/backup/envelope.ts', // the check opens an encrypted file (the page derives its key)
      'src/storage/lock/kdf-params.ts', // the caps on a file's key derivation, checked before asking
      'src/storage/incident-record.ts', // version 5 files hold incident records
      'src/storage/backup/media-format.ts', // the media file's header, read by its own worker
      'src/shared/sha256.ts', // that worker checks each photo's hash; photos' names, the packs' check
    ],
  },
  // Everything that reads or writes the device's data, but the backup file code (its own screen's):
  // one file the screens that need it share, instead of ten small ones, each one more entry for the
  // worker's install and one more request on a first visit.
  {
    chunk: 'storage',
    paths: [
      'node_modules/idb/',
      'src/storage/',
      // What the screens read and write the device through; alone, each would be a chunk of its own.
      'src/app/language-memory.ts',
      'src/i18n/start-language.ts', // reads the saved language: the first screen needs no storage code
      'src/i18n/second-language.ts', // set as the saved language is read
      'src/i18n/pack-languages.ts', // the list start-language.ts matches the browser's languages against
      'src/shared/shown-language.ts',
      'src/shared/language-pack-cache.ts', // "Delete all my data" empties it; the packs' chunk reads it
      'src/shared/pending-saves.ts',
      'src/shared/script-url.ts', // starts the workers storage and the backup screen run (Argon2, the file check)
      'src/shared/data-reset.ts', // storage alone calls it: a chunk of its own was one more request // the plan's autosave and the update prompt: both run beside storage
      'src/ui/use-stored.ts',
      'src/ui/use-autosave.ts', // saving as typed (the plan, the record): it runs beside storage
      'src/ui/use-contacts.ts',
      'src/ui/EmergencyCalls.tsx', // the emergency bar's call buttons, which load after the screen is drawn
      'src/ui/download.ts',
      'src/ui/size-in-words.ts', // the record's photos and the media backup file: both beside storage
      'src/shared/sms-platform.ts', // the SMS link's form for the alert and the record, which both load storage
    ],
    // The Web Workers' own code (with argon2id, which no rule takes) stays in the worker's file: the
    // page never loads Argon2, and a worker may import nothing of the page (build/module-workers.ts).
    except: [
      'src/storage/backup/',
      // Incident records' store: only the record screen uses it; its code goes in that screen's chunk.
      'src/storage/incident-store.ts',
      'src/storage/lock/kdf-worker.ts',
      'src/storage/lock/argon2.ts',
      'src/storage/lock/argon2-wasm.ts',
    ],
  },
  // The lock's screens (the unlock form, Settings → Privacy, the plan's offer) and their words, which every
  // screen with personal data needs before it shows anything: a chunk of their own, so the rights screens,
  // which read storage for the emergency bar's numbers, do not parse them (in the storage chunk they cost
  // the guide's Lighthouse score a point of blocking time). The word lists load on request only
  // (src/features/lock/word-passphrase.ts).
  {
    chunk: 'lock',
    paths: ['src/features/lock/', 'locales/*/lock.json'],
    except: ['src/features/lock/words/'],
  },
  // What only a language of a pack needs (issue 16): the packs' list, their download and check.
  // English and Spanish never load it. The screen wrapper (PackScreen.tsx) is a chunk of its own: the
  // app's start loads the packs before i18next starts, and a screen's module adds strings as it loads.
  // So is pack-strings.ts (with the reader of a pack's keyless strings), which i18n.ts (core) imports:
  // alone in its chunk it needs no namespace object, so core needs no Rolldown runtime (which then
  // became a chunk of its own, a request more).
  {
    chunk: 'packs',
    paths: ['src/i18n/packs.ts', 'src/i18n/pack-guides.ts', 'virtual:language-packs'],
  },
  { chunk: 'pack-strings', paths: ['src/i18n/pack-strings.ts', 'src/i18n/packed-strings.ts'] },
  { chunk: 'PackScreen', paths: ['src/ui/PackScreen.tsx'] },
  // What the first screen runs and every other screen shares: Preact, its router, i18next, the screen
  // frame, and Vite's preload helper (in the entry, it would make every chunk import the entry and the
  // stylesheet inline-stylesheet.ts removes). One file compresses better than five, and is one
  // download at install instead of five. src/shared/ is left to the app's start, which imports it: in
  // core it left Rolldown's runtime helper (which no rule can take) a chunk of its own, one more
  // request before the first screen.
  {
    chunk: 'core',
    paths: [
      'node_modules/preact/',
      'node_modules/preact-iso/',
      'node_modules/i18next/',
      'vite/preload-helper',
      'src/i18n/',
      'src/ui/Screen.tsx', // the frame every screen draws in
    ],
  },
  // The line at the foot of every legal screen and the date helpers (today's date, a date in words, with
  // the month names): one small file for the rights screens, the plan, practice and backup. The date
  // helper went with storage once, and a link to a guide downloaded all of storage (16 KB gzip with the
  // records' schemas) for it before the guide showed; with the sources, practice loaded 14 KB for it.
  {
    chunk: 'legal-line',
    paths: [
      'src/ui/LegalLine.tsx',
      'src/ui/InLanguage.tsx', // what a language of a pack shows in English or Spanish: guides and card load it
      'src/ui/Unreviewed.tsx', // "not yet reviewed", with the English one tap away: guides and card load it
      'locales/*/about.ts', // Spanish's, which it reads (a pack's comes in the pack)
      // The warrant check's answer on its way back to a record: both screens load this chunk before they
      // draw; alone it was a chunk of its own (0.2 KB gzip), one more name in the app's start.
      'src/features/warrant/asked-check.ts',
      'src/content/review-age.ts',
      'src/content/format-date.ts',
      'src/shared/local-date.ts',
      'locales/*/legal.json',
      'locales/*/date.json',
    ],
  },
  // The practice screens (by heart, the wallet list) with their words and what the contacts screen shares
  // of them (saving the contacts as a card): one file, 1 KB gzip less to precache than four, and two
  // names fewer in the app's start; the contacts screen brings the practice's code with it (4 KB gzip).
  {
    chunk: 'practice',
    paths: [
      'locales/*/practice.json',
      'src/ui/SaveVCardButton.tsx',
      'src/ui/vcard.ts',
      'src/features/practice/',
    ],
  },
  // The quick exit and the auto-lock's choice with their words: the top bar's button loads all of it
  // once the first screen is drawn, and Settings the choice; four files were 0.5 KB gzip more to precache.
  {
    chunk: 'quick-exit',
    paths: ['src/features/quick-exit/', 'locales/*/quickexit.json'],
    except: ['src/features/quick-exit/public.ts'],
  },
  // The sources screens show at their foot (the data in locales/ that is no one language's; the red
  // card's own, card.ts, stays with it), with the words that say a source is written in another language.
  {
    chunk: 'screen-kit',
    paths: ['locales/*', 'src/ui/SourceList.tsx', 'locales/*/written.json'],
    shared: true,
  },
];

/**
 * Whether a module is in `path`, a folder or file of the project ("folder/*": that folder's own files;
 * "folder/*" then "/file": that file in each folder of `folder`, as each language's lock.json in locales/).
 */
function isIn(id: string, path: string): boolean {
  // A copy of the project that links node_modules (tests/support/third-language.ts) gets its real paths.
  if (path.startsWith('node_modules/')) return id.includes(`/${path}`);
  // Ids are absolute paths, or "\0name" for a bundler's helper.
  const file = id.startsWith(ROOT) ? id.slice(ROOT.length) : id.replace(/^\0/, '');
  const [folder = '', inEach] = path.split('/*/');
  if (inEach !== undefined)
    return new RegExp(`^${folder}/[^/]+/${inEach.replaceAll('.', '\\.')}$`).test(file);
  // A file is that file alone, not also a module made from it (`x.ts?worker-chunk`: the worker's URL).
  if (/\.tsx?$/.test(path)) return file === path;
  if (!path.endsWith('/*')) return file.startsWith(path);
  return file.startsWith(path.slice(0, -1)) && !file.slice(path.length - 1).includes('/');
}

/**
 * The phone-number rule, its metadata and the library it wraps: the contacts screens, help and the plan
 * share it. With it, what the forms share (a person's text isolated on screen and cleaned as it is
 * typed) and the phone's country question: every screen that uses them loads the phone rule too, and in
 * chunks of their own they were three more files and three more names in the app's start (its list of
 * each screen's files), which the first screen downloads.
 */
const PHONE = [
  'node_modules/libphonenumber-js/',
  'src/shared/phone.ts',
  'src/shared/phone-metadata.json',
  'src/ui/isolated.tsx',
  'src/ui/typed-text.ts',
  'src/ui/PhoneCountry.tsx',
  'src/ui/country-name.ts',
  'src/ui/CountryQuestion.tsx',
  'locales/*/phonecountry.json',
  'src/shared/add-contact.ts', // the plan's "add someone" address, which the contacts screen reads
];

/**
 * A feature's parts that two or more of its screens share, one chunk per feature: `<feature>-kit`.
 * A screen (or strings loaded on their own) starts a chunk of its own, and what the app's start
 * imports (home, the not-found screen) stays in the start.
 */
function featureKit(id: string, context: Rolldown.ChunkingContext): string | null {
  if (PHONE.some((path) => isIn(id, path))) return 'contacts-kit';
  const feature = /^src\/features\/([^/]+)\//.exec(id.slice(ROOT.length))?.[1];
  const module = context.getModuleInfo(id);
  if (!feature || !module || module.dynamicImporters.length > 0) return null;
  if (module.importers.some((importer) => isIn(importer, 'src/app/'))) return null;
  return `${feature}-kit`;
}

/** What `from` needs before it runs, itself included: its static imports, in turn. */
function staticClosure(from: string, context: Rolldown.ChunkingContext): Set<string> {
  const found = new Set<string>();
  const visit = (id: string): void => {
    if (found.has(id)) return;
    found.add(id);
    context.getModuleInfo(id)?.importedIds.forEach(visit);
  };
  visit(from);
  return found;
}

/**
 * The family plan's five screens and what only they use: one chunk, not five. Gzipped apart they were
 * 2.1 KB more to precache, and four more names in the app's start; a screen of the plan now brings the
 * others' code with it (7 KB gzip, the plan's strings and kit being the most of it). What other features
 * use of the plan (public.ts: the home's review reminder, the backup's caregiver packet) and the plan's
 * strings, which the reminder loads alone, stay apart.
 */
function planScreens(id: string, context: Rolldown.ChunkingContext): string | null {
  if (!isIn(id, 'src/features/plan/') || isIn(id, PLAN_STRINGS)) return null;
  return staticClosure(ROOT + PLAN_PUBLIC, context).has(id) ? null : 'plan-screens';
}
const PLAN_PUBLIC = 'src/features/plan/public.ts';
const PLAN_STRINGS = 'src/features/plan/plan-strings.ts';

/** The chunks as Rolldown's `output.codeSplitting`; fails if a path a rule names is gone. */
export function chunkGroups(): Rolldown.CodeSplittingOptions {
  const named = [...RULES.flatMap((rule) => [...rule.paths, ...(rule.except ?? [])]), ...PHONE];
  const ours = [...named, PLAN_PUBLIC, PLAN_STRINGS].filter((path) => path.startsWith('src/'));
  for (const path of ours)
    if (!existsSync(ROOT + path)) throw new Error(`chunk-groups: ${path} is gone; move its rule with it`);
  return {
    includeDependenciesRecursively: false, // a chunk holds only what its rule takes
    groups: [
      ...RULES.map(({ chunk, paths, except = [], shared }) => ({
        name: chunk,
        test: (id: string) => paths.some((path) => isIn(id, path)) && !except.some((path) => isIn(id, path)),
        ...(shared && { minShareCount: 2 }),
      })),
      {
        name: planScreens,
        debugName: 'the plan screens',
        test: (id: string) => isIn(id, 'src/features/plan/'),
      },
      {
        name: featureKit,
        debugName: 'feature kits',
        test: (id: string) => isIn(id, 'src/features/') || PHONE.some((path) => isIn(id, path)),
        minShareCount: 2,
      },
    ],
  };
}

/** Chunks whose every function runs as the app starts. */
const EAGER_CHUNKS = ['core', 'start'];

/**
 * The code the first screen runs (Preact, i18next, the app's start) is compiled by V8 while it
 * downloads, on another thread, instead of function by function on the main thread the first time
 * each runs: that made the first render one long task (about 90 ms at 4x CPU, 30 with it).
 * https://v8.dev/blog/explicit-compile-hints
 */
export const compileHints = (chunk: Rolldown.RenderedChunk): string =>
  EAGER_CHUNKS.includes(chunk.name) ? '//# allFunctionsCalledOnLoad' : '';
