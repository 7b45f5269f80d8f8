// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Kdf from '../../src/storage/lock/kdf';
import type * as LockScreens from '../../src/features/lock/public';
import { initI18n } from '../../src/i18n/i18n';
import { closeChanges } from '../../src/storage/changes';
import { lockNow, setLock, unlock } from '../../src/storage/lock-store';
import { useFreshDatabase } from './support/fresh-db';
import { usePageRoot } from './support/page-root';
import { PASSPHRASE } from './support/lock';

// Settings → Privacy's decoy passphrase (issue 11): offered to the main passphrase only, said plainly,
// typed twice; opened with the decoy, the section looks as it does with any lock set.

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

const DECOY = 'sunflower market ladder';

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
  screens = await import('../../src/features/lock/public');
});

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

const saidFor = (root: HTMLElement, id: string) =>
  (root.querySelector(`#${id}`)?.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((part) => root.querySelector(`#${part}`)?.textContent)
    .join(' ');

describe('Settings → Privacy: the decoy passphrase', () => {
  useFreshDatabase();
  const page = usePageRoot();

  it('is offered with the main passphrase, says what it does and does not, and is set only typed twice, not the main one', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('Set a second passphrase'));
    expect(root.textContent).toContain('It opens the app with your rights only.');
    expect(root.textContent).toContain('It only fools a person who looks at the screen.');
    expect(root.textContent).toContain('An expert who copies the phone can find it');
    expect(root.textContent).toContain('What you save there, only the second passphrase shows.');
    expect(root.textContent).toContain('If you saved something with the second passphrase');
    expect(root.textContent).toContain("It deletes nothing of your family's data.");
    expect(root.textContent).toContain('or remove it, what was saved with it is deleted.');

    press(root, 'Set a second passphrase');
    type(root.querySelector('#decoy-new'), DECOY);
    type(root.querySelector('#decoy-again'), `${DECOY}s`);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() =>
      expect(saidFor(root, 'decoy-again')).toBe('The two passphrases are not the same. Type them again.'),
    );

    type(root.querySelector('#decoy-new'), PASSPHRASE);
    type(root.querySelector('#decoy-again'), PASSPHRASE);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() =>
      expect(saidFor(root, 'decoy-new')).toBe('Choose a passphrase that is not your own passphrase.'),
    );

    type(root.querySelector('#decoy-new'), DECOY);
    type(root.querySelector('#decoy-again'), DECOY);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() => expect(root.textContent).toContain('The second passphrase is set.'));
    page.show(null); // the screen gone: it reads nothing after the test
    lockNow();
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'open', profile: 'decoy' } });
  });

  it('opened with the decoy, shows the lock as set and nothing of the decoy', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('Set a second passphrase'));
    press(root, 'Set a second passphrase');
    type(root.querySelector('#decoy-new'), DECOY);
    type(root.querySelector('#decoy-again'), DECOY);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() => expect(root.textContent).toContain('The second passphrase is set.'));

    act(() => lockNow());
    await act(async () => void (await unlock(DECOY)));
    const again = page.show(<screens.PrivacySection key="after" />);
    await vi.waitFor(() => expect(again.textContent).toContain('The lock is on.'));
    expect(again.textContent).toContain('Change the passphrase');
    expect(again.textContent).not.toMatch(/second passphrase|expert|fools/);
  });

  it('removed, only the main passphrase opens the app', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('Set a second passphrase'));
    press(root, 'Set a second passphrase');
    type(root.querySelector('#decoy-new'), DECOY);
    type(root.querySelector('#decoy-again'), DECOY);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() => expect(root.textContent).toContain('The second passphrase is set.'));
    press(root, 'Remove the second passphrase');
    await vi.waitFor(() => expect(root.textContent).toContain('There is no second passphrase now.'));
    page.show(null);
    lockNow();
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'wrong', waitMs: 1000 } });
  });
});
