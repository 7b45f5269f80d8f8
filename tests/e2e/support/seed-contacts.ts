import type { Page } from '@playwright/test';

/** A contact as the app stores it (src/storage/contact-record.ts); unset fields take plain defaults. */
export interface SeedContact {
  id: string;
  name: string;
  phones: string[];
  role?: string;
  languages?: string;
  notes?: string;
  mayPickUpChildren?: boolean;
  order?: number;
}

const DB = { name: 'defend-your-rights', version: 2 };

/**
 * Writes records straight into the app's database, in the stored format (`{ rev, body: { codec, data } }`),
 * then reloads so the app reads them. The page must have opened the app once, so the database
 * exists at the app's version: opening it here first would create it without its stores.
 */
export async function seed(
  page: Page,
  { contacts = [], settings = {} }: { contacts?: SeedContact[]; settings?: Record<string, string> },
): Promise<void> {
  await page.waitForFunction(
    async ({ name, version }) =>
      (await indexedDB.databases()).some((db) => db.name === name && db.version === version),
    DB,
  );
  const records = contacts.map((contact, index) => ({
    role: 'family',
    languages: '',
    notes: '',
    mayPickUpChildren: false,
    order: index,
    ...contact,
  }));
  await page.evaluate(
    async ({ db: { name, version }, records, settings }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['contacts', 'settings'], 'readwrite');
      const sealed = (data: unknown) => ({ rev: 1, body: { codec: 'plain-1', data } });
      for (const record of records) tx.objectStore('contacts').put(sealed(record), record.id);
      for (const [key, value] of Object.entries(settings)) tx.objectStore('settings').put(sealed(value), key);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { db: DB, records, settings },
  );
  await page.reload();
}
