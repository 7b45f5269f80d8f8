import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

export const localesDir = join(import.meta.dirname, '../../../locales');

function flatten(tree: Tree, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** One area's strings in a language (`locales/<language>/<area>.json`), keyed as t() names them. */
export function areaStrings(language: string, area: string): Map<string, string> {
  const tree = JSON.parse(readFileSync(join(localesDir, language, `${area}.json`), 'utf8')) as Tree;
  return flatten(tree, `${area}.`);
}
