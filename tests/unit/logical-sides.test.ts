import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Arabic and Urdu lay the page out mirrored (issue 16): a side named left or right stays where it is
// instead of following the text. The stylesheet names the start and end of a line instead.
const stylesDir = join(import.meta.dirname, '../../src/styles');
const PHYSICAL =
  /(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)[\w-]*|left|right)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/gm;

describe('the stylesheet', () => {
  it('names no left or right side, only start and end (margin-inline-start, inset-inline, text-align: start)', () => {
    const found = readdirSync(stylesDir)
      .filter((name) => name.endsWith('.css'))
      .flatMap((name) => {
        const css = readFileSync(join(stylesDir, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
        return [...css.matchAll(PHYSICAL)].map((match) => `${name}: ${match[0].trim()}`);
      });
    expect(found).toEqual([]);
  });
});
