import type { Page } from '@playwright/test';

/**
 * Sets a lock the way storage stores one (`keySlots` in the `meta` store: src/storage/lock/key-slots.ts),
 * with random slots: a lock that no passphrase opens, so the app finds a lock set and this page holding no
 * key ('locked'). The lock's screens are not needed for that, and nothing test-only is added to the app.
 * Records seeded plain stay readable (as records written before a lock, until the first unlock), so a
 * screen still shows them: what the quick exit must take off the page. Reload afterwards.
 */
export async function seedLock(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('defend-your-rights');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open the database'));
    });
    const bytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));
    const slot = () => ({ iv: bytes(12), wrapped: bytes(48) });
    const keySlots = {
      format: 1,
      lockId: crypto.randomUUID(),
      kdf: { memoryKiB: 64 * 1024, iterations: 2, parallelism: 1, salt: bytes(16) },
      slots: [slot(), slot()],
    };
    const tx = db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put(keySlots, 'keySlots');
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('cannot write'));
    });
    db.close();
  });
}
