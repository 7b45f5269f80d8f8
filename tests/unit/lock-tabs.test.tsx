// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Kdf from '../../src/storage/lock/kdf';
import type * as LockScreens from '../../src/features/lock/public';
import { initI18n } from '../../src/i18n/i18n';
import { closeChanges } from '../../src/storage/changes';
import { listContacts, watchedContacts } from '../../src/storage/contacts-store';
import { lockNow, lockStatus, onLockChange, setLock, unlock } from '../../src/storage/lock-store';
import { useStored } from '../../src/ui/use-stored';
import { useFreshDatabase } from './support/fresh-db';
import { usePageRoot } from './support/page-root';
import { MARK, PASSPHRASE, seedPersonal } from './support/lock';

// A lock in one tab locks every tab (issue 11): a quick exit or an auto-lock must not leave the family's
// data on show in another tab of the app. And in the same tab, what a screen read before an unlock or a
// lock is read again.

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

const CHANNEL = 'defend-your-rights-lock';
const NAME = `Ana ${MARK}`;

/** Another tab of the app: its own end of the lock channel. */
function anotherTab(): { heard: Promise<unknown>; lock: () => void; close: () => void } {
  const tab = new BroadcastChannel(CHANNEL);
  const heard = new Promise<unknown>((resolve) => (tab.onmessage = (event) => resolve(event.data)));
  return { heard, lock: () => tab.postMessage('lock'), close: () => tab.close() };
}

/** Resolves the next time this page is locked or unlocked. */
const nextLockChange = () =>
  new Promise<void>((resolve) => {
    const stop = onLockChange(() => {
      stop();
      resolve();
    });
  });

let screens: typeof LockScreens;
beforeAll(async () => {
  await initI18n('en');
  screens = await import('../../src/features/lock/public');
  return () => closeChanges();
});

/** The family's data, saved under the lock. */
async function seedContact(): Promise<void> {
  await seedPersonal();
}

describe('a lock in another tab', () => {
  useFreshDatabase();
  const page = usePageRoot();

  it('drops this tab’s key: personal reads are locked at once', async () => {
    await setLock(PASSPHRASE);
    await seedContact();
    const other = anotherTab();
    const locked = nextLockChange();
    other.lock();
    await locked;
    other.close();
    expect(await lockStatus()).toEqual({ ok: true, value: 'locked' });
    expect(await listContacts()).toEqual({ ok: false, problem: 'locked' });
  });

  it('is what this tab’s lock tells the others: the one word "lock", nothing personal', async () => {
    await setLock(PASSPHRASE);
    await seedContact();
    const other = anotherTab();
    lockNow();
    expect(await other.heard).toBe('lock');
    other.close();
  });

  it('puts the unlock form in place of a screen with personal data, and takes the data off the page', async () => {
    await setLock(PASSPHRASE);
    await seedContact();
    const Contacts = screens.lockedScreen(() => {
      const { value } = useStored(watchedContacts);
      return (
        <ul>
          {value?.contacts.map((contact) => (
            <li key={contact.id}>{contact.name}</li>
          ))}
        </ul>
      );
    });
    const root = page.show(<Contacts />);
    await vi.waitFor(() => expect(root.textContent).toContain(NAME));

    const other = anotherTab();
    act(() => other.lock());
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Unlock to see this'));
    other.close();
    expect(root.innerHTML).not.toContain(NAME);
  });
});

describe('in the same tab', () => {
  useFreshDatabase();
  const page = usePageRoot();

  it('a screen that read its data while locked reads it again after the unlock, and again after a lock', async () => {
    await setLock(PASSPHRASE);
    await seedContact();
    lockNow();
    // Like the emergency bar: not behind the unlock form, it shows what it can read.
    const Bar = () => {
      const { result } = useStored(watchedContacts);
      if (!result) return null;
      return <p>{result.ok ? result.value.contacts.map((contact) => contact.name).join(', ') : 'none'}</p>;
    };
    const root = page.show(<Bar />);
    await vi.waitFor(() => expect(root.textContent).toBe('none'));

    expect((await unlock(PASSPHRASE)).ok).toBe(true);
    await vi.waitFor(() => expect(root.textContent).toContain(NAME));

    act(() => lockNow());
    await vi.waitFor(() => expect(root.textContent).toBe('none'));
  });
});
