import { describe, expect, it } from 'vitest';
import { loadGuides } from '../../src/content/catalog';
import { buildIndex, search, words } from '../../src/features/guides/search';

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
});
