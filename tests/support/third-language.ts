import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * A copy of the project with a test-only language added the way locales/README.md says, and nothing
 * else: `locales/xx/` copied from English with every string "translated" (`[xx] ` in front), its
 * `about.ts`, and one line in src/i18n/pack-languages.ts (a whole-app language, as a pack). Built with
 * the project's own `vite build`, so what it shows is what the app's loaders find on their own.
 */

export const THIRD = {
  code: 'xx',
  name: 'Pseudo',
  line: "xx: { name: 'Pseudo', tier: 'whole', dir: 'ltr' },",
} as const;

/** The pseudo-translation: English with a mark in front, so a test can tell where each string came from. */
export const pseudo = (english: string): string => `[${THIRD.code}] ${english}`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = join(root, 'node_modules/vite/bin/vite.js');
const run = promisify(execFile);

/** What is not source: never copied (node_modules is linked instead). */
const NOT_SOURCE = new Set(['.git', 'node_modules', 'dist', 'test-results', 'playwright-report', '.bench']);
const isSource = (name: string) => !NOT_SOURCE.has(name) && !name.startsWith('dist-');

export interface ThirdLanguageBuild {
  /** The copy of the project. */
  dir: string;
  /** Its `vite build` output. */
  dist: string;
  remove: () => Promise<void>;
}

/** Copies the project, adds the test-only language by following locales/README.md, and builds it. */
export async function buildWithThirdLanguage(): Promise<ThirdLanguageBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'kyr-third-language-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    for (const name of (await readdir(root)).filter(isSource))
      await cp(join(root, name), join(dir, name), {
        recursive: true,
        filter: (source) => isSource(basename(source)),
      });
    await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await addLanguage(dir);
    await run(process.execPath, [viteBin, 'build', '--logLevel', 'error'], { cwd: dir });
    return { dir, dist: join(dir, 'dist'), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** The "Add a language" steps of locales/README.md, done by a script. */
async function addLanguage(dir: string): Promise<void> {
  const folder = join(dir, 'locales', THIRD.code);
  // 1. Copy locales/en to locales/<code>.
  await cp(join(dir, 'locales/en'), folder, { recursive: true });
  // 2. Translate every string (plan.date.order is written, not translated) and every guide.
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.json')) continue;
    const strings = JSON.parse(await readFile(join(folder, name), 'utf8')) as unknown;
    await writeFile(join(folder, name), JSON.stringify(translate(strings), null, 2));
  }
  const guides = (await readdir(join(folder, 'guides'))).filter((name) => name !== 'index.ts');
  for (const name of guides) {
    const path = join(folder, 'guides', name);
    const source = await readFile(path, 'utf8');
    const translated = source.replace(/^ {2}title: '/m, `  title: '${pseudo('')}`);
    if (translated === source) throw new Error(`${name}: no title to translate`);
    await writeFile(path, translated);
  }
  // 3. Say who translated it, from which English, and that no one has reviewed it.
  await writeFile(
    join(folder, 'about.ts'),
    `import type { TranslationAbout } from '../../src/content/guide-types';\n\nexport const about: TranslationAbout = {\n  translatedBy: 'A test',\n  fromEnglish: '0000000',\n  on: '2026-12-05',\n  review: null,\n};\n`,
  );
  // 4. One line in the list of languages.
  const languages = join(dir, PACK_LIST);
  const list = await readFile(languages, 'utf8');
  const added = list.replace(/\n} as const satisfies/, `\n  ${THIRD.line}\n} as const satisfies`);
  if (added === list) throw new Error(`${PACK_LIST} has no list of languages to add to`);
  await writeFile(languages, added);
}

/** The list a language is added to. */
export const PACK_LIST = 'src/i18n/pack-languages.ts';

function translate(value: unknown, path = ''): unknown {
  if (typeof value === 'string') return path === '.date.order' ? value : pseudo(value);
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, translate(v, `${path}.${key}`)]));
}
