/** Whether the browser promised to keep this app's data when the device runs low on space. */
export type Protection = 'protected' | 'not-protected' | 'unknown';

let asked = false;

/**
 * Asks the browser, once per page, to keep the data. Called after the first save: Chromium
 * grants it silently to installed apps and sites the person uses; others may ignore it.
 */
export async function askToKeepData(): Promise<void> {
  if (asked || !navigator.storage?.persist) return;
  asked = true;
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Refused or unsupported: Settings shows the state and what the person can do.
  }
}

/** The current protection state, for Settings. */
export async function dataProtection(): Promise<Protection> {
  if (!navigator.storage?.persisted) return 'unknown';
  try {
    return (await navigator.storage.persisted()) ? 'protected' : 'not-protected';
  } catch {
    return 'unknown';
  }
}
