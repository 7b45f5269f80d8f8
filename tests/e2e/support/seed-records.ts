import type { Page } from '@playwright/test';
import type { Contact } from '../../../src/storage/contact-record';
import type { Person, PlanRecord, PlanSectionId } from '../../../src/storage/plan-record';

export type PlanSeed = { [K in PlanSectionId]?: PlanRecord<K> };

/** A contact as stored, with plain defaults (family, one U.S. number, may not pick up the children). */
export const seedContact = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name,
  phones: ['+12135550111'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order: 0,
  ...extra,
});

/** A child of the household as stored, every other answer empty. */
export const seedChild = (id: string, fullName: string, extra: Partial<Person> = {}): Person => ({
  id,
  fullName,
  dateOfBirth: '',
  countryOfBirth: '',
  aNumber: '',
  isChild: true,
  medicines: '',
  allergies: '',
  doctor: '',
  school: '',
  ...extra,
});

/**
 * Writes plan sections and contacts straight into the app's database, as the app stores them
 * (revision 1, plain seal), and any other store's records by key (`more`: `{ incidents: { id: record } }`).
 * The page must have opened the database already (any plan screen does); reload afterwards so the app
 * reads them.
 */
export async function seedRecords(
  page: Page,
  plan: PlanSeed,
  contacts: Contact[] = [],
  more: Record<string, Record<string, unknown>> = {},
): Promise<void> {
  await page.evaluate(
    async ({ plan, contacts, more }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('defend-your-rights');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('cannot open the database'));
      });
      const tx = db.transaction(['plan', 'contacts', ...Object.keys(more)], 'readwrite');
      const sealed = (data: unknown) => ({ rev: 1, body: { codec: 'plain-1', data } });
      for (const [section, record] of Object.entries(plan))
        tx.objectStore('plan').put(sealed(record), section);
      for (const contact of contacts) tx.objectStore('contacts').put(sealed(contact), contact.id);
      for (const [store, records] of Object.entries(more))
        for (const [key, record] of Object.entries(records)) tx.objectStore(store).put(sealed(record), key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error ?? new Error('cannot write'));
      });
      db.close();
    },
    { plan, contacts, more },
  );
}
