import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/content/catalog';
import { buildIndex, search, words } from '../../src/features/guides/search';
import { guides as chinese } from '../../locales/zh-Hans/guides/index';

const spanish = buildIndex(await loadGuides('es'));
const english = buildIndex(await loadGuides('en'));
const ids = (found: ReturnType<typeof search>) => found.map((guide) => guide.id);

describe('guide search', () => {
  it('drops case and accents', () => {
    expect(words('¿Qué ÓRDEN Judicial?')).toEqual(['que', 'orden', 'judicial']);
  });

  it('forgives typos: "orden judisial" finds the guide about warrants', () => {
    expect(ids(search(spanish, 'orden judisial'))).toContain('agents-at-your-door');
  });

  it('finds by the start of a word, and across the whole guide', () => {
    expect(ids(search(english, 'warr'))).toContain('agents-at-your-door');
    expect(ids(search(english, 'badge numbers'))).toContain('agents-at-your-door');
  });

  it('needs every word of the query', () => {
    expect(search(english, 'warrant zebra')).toEqual([]);
  });

  it('shows every guide for an empty query', () => {
    expect(search(english, '  ')).toHaveLength(english.length);
  });

  it('finds a Chinese word inside a sentence written without spaces', () => {
    expect(words('移民局探员')).toEqual(['移民', '民局', '局探', '探员']);
    const found = search(buildIndex(chinese), '令状');
    expect(found.map((guide) => guide.id)).toContain('agents-at-your-door');
  });
});
