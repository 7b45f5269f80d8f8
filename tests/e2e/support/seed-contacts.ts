import { expect, type Page } from '@playwright/test';

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
  /** Contacts shape 3 (the alert): the language their message goes in (a pack language: shape 4), and a number that takes no texts. */
  messageLanguage?: string;
  landline?: boolean;
}

const DB_NAME = 'defend-your-rights';

/**
 * Writes records straight into the app's database, in the stored format (`{ rev, body: { codec, data } }`),
 * then reloads so the app reads them. The page must have opened the app once, so the database
 * exists with its stores: opening it here first would create it empty. It is opened at whatever
 * version the app made it (at least 2, the first with contacts), so a newer schema needs no change here.
 */
export async function seed(
  page: Page,
  { contacts = [], settings = {} }: { contacts?: SeedContact[]; settings?: Record<string, string> },
): Promise<void> {
  // Polled from here: `page.waitForFunction` takes the promise an async check returns as a truthy answer at
  // once, so the seed ran before the app had opened its database and made it empty (1 run in 4 under load).
  await expect
    .poll(() =>
      page.evaluate(
        async (name) =>
          (await indexedDB.databases()).some((db) => db.name === name && (db.version ?? 0) >= 2),
        DB_NAME,
      ),
    )
    .toBe(true);
  const records = contacts.map((contact, index) => ({
    role: 'family',
    languages: '',
    notes: '',
    mayPickUpChildren: false,
    order: index,
    ...contact,
  }));
  await page.evaluate(
    async ({ name, records, settings }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name); // no version: the one the app opened, never an upgrade
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
    { name: DB_NAME, records, settings },
  );
  await page.reload();
}
