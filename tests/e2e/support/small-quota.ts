import type { CDPSession, Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const run = promisify(execFile);

/*
 * A phone with little room left, for real. Tried with Debian's Chromium 156.0.8078.114 (CDP 1.3,
 * Playwright 1.65; the protocol has no storage-key form of the override):
 * - `Storage.overrideQuotaForOrigin` on a browser-level session (`newBrowserCDPSession`): "Internal
 *   error", nothing changed.
 * - The same on the page's session, with the exact origin (`http://127.0.0.1:PORT`): enforced. A write
 *   past it aborts with QuotaExceededError, in a test's own context and in a persistent profile. Set
 *   before the page first touches storage: set after the app had opened its database, Chromium's
 *   IndexedDB went on with the room it had last asked about, and a 3 MB video went in past it.
 *   But `navigator.storage.estimate()` still answered usage + 10 GiB: Chromium's "predictable reported
 *   quota" (feature `StaticStorageQuota`, on by default), so a page is never told the real quota. On a
 *   phone with Chrome the app learns it is full from the write alone.
 * - With `--disable-features=StaticStorageQuota` too: estimate() answers the overridden quota.
 * - A profile on a 40 MB tmpfs (`smallDisk`): estimate() said usage + 1 GiB (24 MiB, 60% of the
 *   disk, with the flag above), and writes failed only when the disk itself was full, as DataError "Failed to write blobs
 *   (IOError)".
 */

/** Launch options for a browser whose estimate() tells the real quota (Chromium's default does not). */
export const TRUE_ESTIMATE = {
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--disable-features=StaticStorageQuota'],
};

/**
 * Leaves `room` bytes to the page's origin: the quota becomes what it uses now plus `room`. Detaching
 * the returned session ends the override (measured), so it is left attached.
 */
export async function leaveRoom(page: Page, origin: string, room: number): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  const { usage } = await session.send('Storage.getUsageAndQuota', { origin });
  await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + room });
  return session;
}

/** A folder on a disk of its own, small enough to fill. */
export interface SmallDisk {
  dir: string;
  /** Fills the disk until `room` bytes are left. */
  fill: (room: number) => Promise<void>;
  remove: () => Promise<void>;
}

/**
 * A tmpfs of `megabytes` (mounting needs root, and a machine that allows it), or why there is none:
 * a test that needs it says so and does not run, rather than pass.
 */
export async function smallDisk(megabytes: number): Promise<SmallDisk | string> {
  const dir = await mkdtemp(join(tmpdir(), 'kyr-disk-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    return `no small disk: mount -t tmpfs failed here (${String(error).split('\n')[0]})`;
  }
  return {
    dir,
    fill: async (room) => {
      const { bavail, bsize } = await statfs(dir);
      await writeFile(join(dir, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - room)));
    },
    remove: async () => {
      await run('umount', [dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
