import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** A browser profile on disk, like a phone's: it survives closing and reopening the browser. */
export interface Profile {
  /** The profile's folder: what a copy of the phone's browser files would hold. */
  dir: string;
  open: (options?: { locale?: string }) => Promise<BrowserContext>;
  remove: () => Promise<void>;
}

export async function createProfile(): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'kyr-profile-'));
  return {
    dir,
    open: ({ locale = 'en-US' } = {}) =>
      chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        locale,
        viewport: { width: 390, height: 844 },
      }),
    // Chromium may still be writing its cache just after closing: retry rather than fail the test.
    remove: () => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }),
  };
}
