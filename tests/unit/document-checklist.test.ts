import { describe, expect, it } from 'vitest';
import english from '../../locales/en/plan.json';
import spanish from '../../locales/es/plan.json';
import { DOCUMENT_CHECKLIST, documentItem, withDocument } from '../../src/features/plan/document-checklist';
import { EMPTY_PLAN, PLAN_LIMITS, type DocumentItem } from '../../src/storage/plan-record';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { useFreshDatabase } from './support/fresh-db';

const ids = DOCUMENT_CHECKLIST.map((entry) => entry.id);
const item = (id: string, have: DocumentItem['have'], originalWhere = '', copyWith = ''): DocumentItem => ({
  id,
  have,
  originalWhere,
  copyWith,
});

describe('documents checklist', () => {
  useFreshDatabase();

  it('keeps the stored ids it has always had, in this order (plans and backups hold them)', () => {
    expect(ids).toEqual([
      'birth-certificates',
      'passports',
      'marriage-divorce',
      'social-security-itin',
      'photo-ids',
      'school-records',
      'medical-records',
      'immigration-papers',
      'a-numbers',
      'past-lawyers',
      'criminal-court',
      'home-papers',
      'tax-returns',
      'bank-papers',
      'proof-two-years',
    ]);
  });

  it('has unique kebab-case ids, fewer than the plan may store', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.length).toBeLessThanOrEqual(PLAN_LIMITS.documents);
  });

  it('names every paper in both languages, with a help line exactly where one is promised', () => {
    for (const strings of [english, spanish]) {
      expect(Object.keys(strings.documents.items).sort()).toEqual([...ids].sort());
      const hinted = DOCUMENT_CHECKLIST.filter((entry) => entry.hint).map((entry) => entry.id);
      expect(Object.keys(strings.documents.hints).sort()).toEqual([...hinted].sort());
    }
  });

  it('an answered checklist is accepted by storage and read back as saved', async () => {
    const items = ids.map((id) => item(id, 'yes', 'Caja con llave', 'Tía Rosa'));
    const saved = await saveSection('documents', { skipped: false, data: { items } }, undefined);
    expect(saved.ok).toBe(true);
    const loaded = await loadPlan();
    expect(loaded.ok && loaded.value.plan.documents.data.items).toEqual(items);
  });

  it('an unanswered paper reads as empty', () => {
    expect(documentItem(EMPTY_PLAN.documents.data.items, 'passports')).toEqual(item('passports', ''));
  });

  it('keeps papers in checklist order, a family’s own after them, and drops a paper with no answer', () => {
    let items = withDocument([item('own-deed-copy', 'yes', 'Banco')], item('tax-returns', 'no'));
    items = withDocument(items, item('passports', 'yes', 'Caja'));
    expect(items.map((entry) => entry.id)).toEqual(['passports', 'tax-returns', 'own-deed-copy']);

    items = withDocument(items, item('passports', 'yes', 'Caja', 'Tía Rosa'));
    expect(documentItem(items, 'passports')).toEqual(item('passports', 'yes', 'Caja', 'Tía Rosa'));

    items = withDocument(items, item('tax-returns', ''));
    expect(items.map((entry) => entry.id)).toEqual(['passports', 'own-deed-copy']);
    // "Not sure yet" after typing where it is: the place is kept.
    items = withDocument(items, item('passports', '', 'Caja', 'Tía Rosa'));
    expect(documentItem(items, 'passports').originalWhere).toBe('Caja');
  });
});
