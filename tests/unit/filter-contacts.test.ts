import { describe, expect, it } from 'vitest';
import { filterContacts } from '../../src/features/contacts/filter-contacts';
import type { SavedContact } from '../../src/storage/contacts-store';

const contact = (name: string, phone: string, notes = ''): SavedContact => ({
  id: name,
  rev: 1,
  name,
  phones: [phone],
  role: 'family',
  languages: '',
  notes,
  mayPickUpChildren: false,
  order: 0,
});
const all = [contact('José Núñez', '+12135550100'), contact('Ana', '+525512345678', 'tía en Puebla')];
const names = (query: string) => filterContacts(all, query, () => 'Familia').map((found) => found.name);

describe('contact search', () => {
  it('finds names without accents and in any case', () => {
    expect(names('jose nunez')).toEqual(['José Núñez']);
  });
  it('finds notes and role names', () => {
    expect(names('puebla')).toEqual(['Ana']);
    expect(names('familia')).toEqual(['José Núñez', 'Ana']);
  });
  it('finds a number by some of its digits', () => {
    expect(names('555-0100')).toEqual(['José Núñez']);
    expect(names('1234')).toEqual(['Ana']);
  });
  it('shows everyone for an empty search, and no one for a miss', () => {
    expect(names('  ')).toEqual(['José Núñez', 'Ana']);
    expect(names('zzz')).toEqual([]);
  });
});
