/** Whether the browser promised to keep this app's data when the device runs low on space. */
export type Protection = 'protected' | 'not-protected' | 'unknown';

let asked = false;

/** The browser's storage manager; none outside a browser, nor in some browsers' insecure contexts. */
function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser, once per page, to keep the data. Called after the first save: Chromium
 * grants it silently to installed apps and sites the person uses; others may ignore it.
 */
export async function askToKeepData(): Promise<void> {
  const storage = storageManager();
  if (asked || !storage?.persist) return;
  asked = true;
  try {
    if (!(await storage.persisted())) await storage.persist();
  } catch {
    // Refused or unsupported: Settings shows the state and what the person can do.
  }
}

/** The current protection state, for Settings. */
export async function dataProtection(): Promise<Protection> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unknown';
  try {
    return (await storage.persisted()) ? 'protected' : 'not-protected';
  } catch {
    return 'unknown';
  }
}

/** Room kept free beyond the file itself: the record's text and the database's own bookkeeping. */
const MARGIN_BYTES = 1024 * 1024;

/**
 * Whether the phone says it has room for `bytes` more (`navigator.storage.estimate`). Asked before a
 * large file is kept, so a full phone refuses the file before it is read and written; where the browser
 * does not say, the write itself is tried (and refused as 'quota' if the phone is full). Chromium never
 * says: it answers usage + 10 GiB to every page (measured in 156; tests/e2e/support/small-quota.ts).
 */
export async function roomFor(bytes: number): Promise<boolean> {
  try {
    const estimate = await storageManager()?.estimate?.();
    if (estimate?.quota === undefined || estimate.usage === undefined) return true;
    return estimate.quota - estimate.usage >= bytes + MARGIN_BYTES;
  } catch {
    return true;
  }
}
