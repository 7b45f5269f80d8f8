// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Kdf from '../../src/storage/lock/kdf';
import type * as OpenNumbers from '../../src/storage/open-numbers';
import { chooseOpenNumbers } from '../../src/storage/open-numbers';
import type * as LockStore from '../../src/storage/lock-store';
import type * as SettingsStore from '../../src/storage/settings-store';
import { initI18n } from '../../src/i18n/i18n';
import { lockNow, lockStatus, setLock } from '../../src/storage/lock-store';
import { loadSetting } from '../../src/storage/settings-store';
import { closeChanges } from '../../src/storage/changes';
import type * as LockScreens from '../../src/features/lock/public';
import { useFreshDatabase } from './support/fresh-db';
import { usePageRoot } from './support/page-root';
import { PASSPHRASE } from './support/lock';

// The lock's screens (issue 11): the one unlock form, setting a lock, and the plan's one offer.

// Watched, to wait for the reads a screen makes before saying it shows nothing.
vi.mock('../../src/storage/settings-store', async (original) => {
  const real = await original<typeof SettingsStore>();
  return { ...real, loadSetting: vi.fn(real.loadSetting) };
});
vi.mock('../../src/storage/lock-store', async (original) => {
  const real = await original<typeof LockStore>();
  return { ...real, lockStatus: vi.fn(real.lockStatus) };
});

// Slowed in one test: the set-up's write of the emergency numbers' answer, as a busy phone's can be.
vi.mock('../../src/storage/open-numbers', async (original) => {
  const real = await original<typeof OpenNumbers>();
  return { ...real, chooseOpenNumbers: vi.fn(real.chooseOpenNumbers) };
});

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

// The courtesy wait after a miss runs on the clock: each test starts an hour after the last.
let hour = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 0, 1) + (hour += 1) * 3_600_000);
  return () => {
    vi.useRealTimers();
    closeChanges();
  };
});

let screens: typeof LockScreens;
beforeAll(async () => {
  await initI18n('en');
  screens = await import('../../src/features/lock/public'); // adds its strings
});

/** Types into a box as a person would. */
function type(box: Element | null, text: string) {
  if (!(box instanceof HTMLInputElement)) throw new Error('no such box');
  act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(root: HTMLElement, name: string) {
  const button = [...root.querySelectorAll('button')].find((found) => found.textContent === name);
  if (!button) throw new Error(`no button ${name}`);
  act(() => button.click());
}

/** How long a try of the passphrase may take: the key derivation is slow on purpose, and CI's 2 cores are shared. */
const DERIVING = { timeout: 15_000 };

const errorOf = (root: HTMLElement, id: string) => {
  const box = root.querySelector(`#${id}`);
  const described = box?.getAttribute('aria-describedby') ?? '';
  return {
    invalid: box?.getAttribute('aria-invalid'),
    said: described
      .split(' ')
      .filter(Boolean) // nothing said yet: no id
      .map((part) => root.querySelector(`#${part}`)?.textContent)
      .join(' '),
  };
};

describe('a screen behind the lock', () => {
  useFreshDatabase();
  const page = usePageRoot();
  const Personal = (props: object) => {
    const Screen = screens.lockedScreen(() => <p>the family's data</p>);
    return <Screen {...props} />;
  };

  it('shows itself with no lock set', async () => {
    const root = page.show(<Personal />);
    await vi.waitFor(() => expect(root.textContent).toContain("the family's data"));
  });

  it('while locked shows the unlock form in its place: empty and wrong are said beside the box, the right one shows it', async () => {
    await setLock(PASSPHRASE);
    lockNow();
    const root = page.show(<Personal />);
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Unlock to see this'));
    expect(root.textContent).not.toContain("the family's data");

    press(root, 'Unlock');
    await vi.waitFor(() =>
      expect(errorOf(root, 'unlock-passphrase')).toEqual({ invalid: 'true', said: 'Type your passphrase.' }),
    );

    type(root.querySelector('#unlock-passphrase'), 'river lantern copper');
    press(root, 'Unlock');
    await vi.waitFor(
      () =>
        expect(errorOf(root, 'unlock-passphrase')).toEqual({
          invalid: 'true',
          said: 'Wrong passphrase. Try again in 1 second.',
        }),
      DERIVING,
    );
    type(root.querySelector('#unlock-passphrase'), PASSPHRASE);
    press(root, 'Unlock'); // at once: not even tried
    await vi.waitFor(() =>
      expect(errorOf(root, 'unlock-passphrase').said).toMatch(/^Try again in 1 second\.$/),
    );
    expect(root.textContent).not.toContain("the family's data");

    vi.setSystemTime(Date.now() + 1000);
    press(root, 'Unlock');
    await vi.waitFor(() => expect(root.textContent).toContain("the family's data"), DERIVING);
    expect(await lockStatus()).toEqual({ ok: true, value: 'open' });
  }, 60_000); // three derivations (DERIVING)
});

describe('Settings → Privacy', () => {
  useFreshDatabase();
  const page = usePageRoot();

  it('sets a lock only with the passphrase typed twice the same and the box checked', async () => {
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('No lock is set.'));
    press(root, 'Set a lock');
    expect(root.textContent).toContain('If you forget your passphrase, your saved data is gone.');
    expect(root.textContent).toContain('A 6-digit PIN is not enough.');

    press(root, 'Lock my data');
    await vi.waitFor(() =>
      expect(errorOf(root, 'lock-new')).toEqual({ invalid: 'true', said: 'Type a passphrase.' }),
    );
    type(root.querySelector('#lock-new'), PASSPHRASE);
    type(root.querySelector('#lock-again'), `${PASSPHRASE}s`);
    press(root, 'Lock my data');
    await vi.waitFor(() =>
      expect(errorOf(root, 'lock-again').said).toBe('The two passphrases are not the same. Type them again.'),
    );
    expect(errorOf(root, 'lock-understand')).toEqual({ invalid: 'true', said: 'Check this box first.' });
    expect(await lockStatus()).toEqual({ ok: true, value: 'none' });

    type(root.querySelector('#lock-again'), ` ${PASSPHRASE}`); // compared as the lock compares: trimmed
    act(() => root.querySelector<HTMLInputElement>('#lock-understand')?.click());
    press(root, 'Lock my data');
    await vi.waitFor(() => expect(root.textContent).toContain('Your data is locked.'), DERIVING);
    expect(await lockStatus()).toEqual({ ok: true, value: 'open' });
    expect(root.textContent).toContain('The lock is on.');
  }, 60_000);

  it('shows the emergency numbers answered "yes" once a lock set with "yes" is done', async () => {
    const real = vi.mocked(chooseOpenNumbers).getMockImplementation();
    if (!real) throw new Error('chooseOpenNumbers is not wrapped');
    vi.mocked(chooseOpenNumbers).mockImplementationOnce(async (open) => {
      await new Promise((done) => setTimeout(done, 300)); // the question below has read the answer by then
      return real(open);
    });
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('No lock is set.'));
    press(root, 'Set a lock');
    type(root.querySelector('#lock-new'), PASSPHRASE);
    type(root.querySelector('#lock-again'), PASSPHRASE);
    act(() => root.querySelector<HTMLInputElement>('#lock-understand')?.click());
    act(() => root.querySelector<HTMLInputElement>('#lock-open-yes')?.click());
    press(root, 'Lock my data');
    await vi.waitFor(() => expect(root.textContent).toContain('Your data is locked.'), DERIVING);
    // The set-up wrote the answer after the question below had first read it: it is read again.
    await vi.waitFor(() =>
      expect(root.querySelector<HTMLInputElement>('#open-numbers-yes')?.checked).toBe(true),
    );
  }, 60_000);

  it('chooses five words from the list of the language shown, and shows them', async () => {
    const root = page.show(<screens.PrivacySection />, 'en');
    await vi.waitFor(() => expect(root.textContent).toContain('No lock is set.'));
    press(root, 'Set a lock');
    press(root, 'Choose words for me');
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('#lock-new')?.value).not.toBe(''));
    const box = root.querySelector<HTMLInputElement>('#lock-new');
    expect(box?.type).toBe('text');
    expect(box?.value.split(' ')).toHaveLength(5);
    expect(root.textContent).toContain('Your new passphrase is in the box.');
  });
});

/** Waits for the newest call of a watched storage read to finish. */
async function newestRead(read: unknown, calls: number) {
  const watched = vi.mocked(read as () => Promise<unknown>);
  await vi.waitFor(() => expect(watched.mock.calls.length).toBeGreaterThanOrEqual(calls));
  await watched.mock.results.at(-1)?.value;
  await act(() => Promise.resolve());
}

describe("the plan's offer to set a lock", () => {
  useFreshDatabase();
  const page = usePageRoot();
  beforeEach(() => {
    vi.mocked(loadSetting).mockClear();
    vi.mocked(lockStatus).mockClear();
  });

  it('is shown once, and remembered with nothing personal', async () => {
    let root = page.show(<screens.LockOffer />);
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Lock your data first?'));
    await vi.waitFor(async () =>
      expect(await loadSetting('lockOffered')).toEqual({ ok: true, value: 'yes' }),
    );
    press(root, 'Not now');
    expect(root.textContent).toContain('You can set a lock later in Settings.');

    page.show(<p>another screen</p>);
    vi.mocked(loadSetting).mockClear();
    root = page.show(<screens.LockOffer />);
    await newestRead(loadSetting, 1);
    expect(root.querySelector('h2')).toBeNull();
  });

  it('is not shown with a lock set', async () => {
    await setLock(PASSPHRASE);
    vi.mocked(lockStatus).mockClear();
    vi.mocked(loadSetting).mockClear();
    const root = page.show(<screens.LockOffer />);
    await newestRead(lockStatus, 1);
    expect(root.querySelector('h2')).toBeNull();
    expect(loadSetting).not.toHaveBeenCalled();
  });
});
