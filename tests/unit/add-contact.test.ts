import { describe, expect, it } from 'vitest';
import { addContactPath, readAddContact } from '../../src/shared/add-contact';

// The plan's "add someone" address: it starts the contact form as the question asks, and it can bring the
// person back only to one of the plan's own screens.

describe('the address to add a contact from the plan', () => {
  it('carries the kind and the plan screen to come back to, and reads back the same', () => {
    const path = addContactPath('lawyer', '/plan/ten-minutes');
    expect(path).toBe('/contacts?add=lawyer&back=%2Fplan%2Ften-minutes');
    const query = Object.fromEntries(new URL(path, 'https://app.example').searchParams);
    expect(readAddContact(query)).toEqual({ kind: 'lawyer', back: '/plan/ten-minutes' });
  });

  it('never brings anyone back anywhere but the plan', () => {
    for (const back of [
      'https://example.org',
      '//example.org/plan',
      '/contacts',
      '/plan/../settings',
      '/plan?x=1',
    ])
      expect(readAddContact({ add: 'pick-up', back })).toEqual({ kind: 'pick-up' });
    expect(addContactPath('someone', 'https://example.org')).toBe('/contacts?add=someone');
  });

  it('is nothing for a plain visit or a kind it does not know', () => {
    expect(readAddContact({})).toBeUndefined();
    expect(readAddContact({ add: 'everyone', back: '/plan' })).toBeUndefined();
  });
});
