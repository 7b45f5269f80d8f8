import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frontCoded, readFrontCoded } from '../../build/front-coded-words';
import { LANGUAGES } from '../../src/i18n/languages';

// Runs after `vite build`: the passphrase word lists as the app loads them (build/front-coded-words.ts).
const assets = join(import.meta.dirname, '../../dist/assets');
const lock = readdirSync(assets).find((file) => /^lock-[\w-]+\.js$/.test(file)) ?? '';
const lockCode = readFileSync(join(assets, lock), 'utf8');

/** The built file of `words/<language>.ts`, as the lock's code imports it. */
function builtList(language: string): string {
  const file = new RegExp(`"\\./words/${language}\\.ts":[^}]*?import\\(.\\./([\\w-]+\\.js)`).exec(
    lockCode,
  )?.[1];
  if (!file) throw new Error(`the lock's code imports no words/${language}.ts`);
  return join(assets, file);
}

const sourceWords = async (language: string) =>
  ((await import(`../../src/features/lock/words/${language}.ts`)) as { default: string }).default
    .trim()
    .split(/\s+/);

describe('the passphrase word lists', () => {
  it.each(LANGUAGES)('%s: the built list reads back as the very words of the source', async (language) => {
    const built = (await import(/* @vite-ignore */ pathToFileURL(builtList(language)).href)) as {
      default: string;
    };
    expect(built.default.trim().split(/\s+/)).toEqual(await sourceWords(language));
  });

  it.each(LANGUAGES)('%s: ships front-coded, smaller than the plain words', async (language) => {
    const plain = gzipSync((await sourceWords(language)).join(' '), { level: 9 }).length;
    const shipped = gzipSync(readFileSync(builtList(language)), { level: 9 }).length;
    expect(shipped).toBeLessThan(plain * 0.9);
  });

  it('front coding writes the letters shared with the word before as their count, and reads them back', () => {
    const words = ['able', 'about', 'above', 'abs', 'absorb', 'bacon', 'bad', 'bad', 'badge'];
    const coded = frontCoded(words);
    expect(coded).toBe('able 2out 3ve 2s 3orb bacon 2d 3 3ge');
    expect(readFrontCoded(coded)).toBe(words.join(' '));
  });
});
