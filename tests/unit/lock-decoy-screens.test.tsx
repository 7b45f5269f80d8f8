// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Kdf from '../../src/storage/lock/kdf';
import type * as LockScreens from '../../src/features/lock/public';
import { initI18n } from '../../src/i18n/i18n';
import { closeChanges } from '../../src/storage/changes';
import { lockNow, lockStatus, setDecoy, setLock, unlock } from '../../src/storage/lock-store';
import { chooseOpenNumbers, numbersOpenWhileLocked } from '../../src/storage/open-numbers';
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
/** A wait that follows a key derivation (about a second alone; longer on a loaded machine). */
const DERIVING = { timeout: 15_000 };
const OTHER = 'pebble lantern meadow';

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

const radio = (root: HTMLElement, answer: 'yes' | 'no') =>
  root.querySelector<HTMLInputElement>(`#open-numbers-${answer}`);

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
    await vi.waitFor(
      () => expect(saidFor(root, 'decoy-new')).toBe('Choose a passphrase that is not your own passphrase.'),
      DERIVING,
    );

    type(root.querySelector('#decoy-new'), DECOY);
    type(root.querySelector('#decoy-again'), DECOY);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() => expect(root.textContent).toContain('The second passphrase is set.'), DERIVING);
    page.show(null); // the screen gone: it reads nothing after the test
    lockNow();
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'open', profile: 'decoy' } });
  }, 60_000);

  it('opened with the decoy, shows the same section as the main passphrase, and its buttons change nothing', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('Set a second passphrase'));
    const asMain = root.querySelector('[data-testid="decoy"]')?.textContent;
    expect(asMain).toContain(
      '"Alert my people" does not offer the people it offered while the app was locked',
    );
    expect(asMain).toContain('or changing the answer about emergency numbers does not work there');
    expect(asMain).toContain('the app says "Nothing was changed."');
    expect(asMain).not.toContain('the emergency numbers kept ready while locked are not shown');
    press(root, 'Set a second passphrase');
    type(root.querySelector('#decoy-new'), DECOY);
    type(root.querySelector('#decoy-again'), DECOY);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() => expect(root.textContent).toContain('The second passphrase is set.'), DERIVING);

    act(() => lockNow());
    await act(async () => void (await unlock(DECOY)));
    const again = page.show(<screens.PrivacySection key="after" />);
    await vi.waitFor(() => expect(again.textContent).toContain('The lock is on.'));
    expect(again.textContent).toContain('Change the passphrase');
    // Its absence would tell: the same words and buttons as the main passphrase sees.
    expect(again.querySelector('[data-testid="decoy"]')?.textContent).toBe(asMain);

    // Made to set another second passphrase, or to remove it: nothing changes, and it says so.
    press(again, 'Set a second passphrase');
    type(again.querySelector('#decoy-new'), OTHER);
    type(again.querySelector('#decoy-again'), OTHER);
    press(again, 'Save the second passphrase');
    await vi.waitFor(() => expect(again.textContent).toContain('Nothing was changed. Try again.'), DERIVING);
    expect(again.textContent).not.toContain('The second passphrase is set.');
    press(again, 'Cancel');
    press(again, 'Remove the second passphrase');
    await vi.waitFor(() => expect(again.textContent).toContain('Nothing was changed. Try again.'), DERIVING);
    expect(again.textContent).not.toContain('There is no second passphrase now.');

    page.show(null);
    lockNow();
    expect(await unlock(OTHER)).toMatchObject({ ok: true, value: { outcome: 'wrong' } });
    vi.setSystemTime(Date.now() + 3_600_000); // past the wait after "wrong"
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'open', profile: 'decoy' } });
    lockNow();
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: { outcome: 'open', profile: 'main' } });
  }, 60_000);

  it('opened with the decoy, "Remove the lock" with its passphrase is not called wrong, and counts no miss', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    expect((await setDecoy(DECOY)).ok).toBe(true);
    lockNow();
    await act(async () => void (await unlock(DECOY)));
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('The lock is on.'));
    press(root, 'Remove the lock');
    type(root.querySelector('#lock-remove-current'), DECOY);
    act(() => root.querySelector('form')?.requestSubmit());
    await vi.waitFor(() => expect(root.textContent).toContain('Nothing was changed. Try again.'), DERIVING);
    expect(root.textContent).not.toContain('Wrong passphrase.');
    expect(await lockStatus()).toEqual({ ok: true, value: 'open' });

    page.show(null);
    lockNow();
    // No miss was counted: the decoy opens again at once, with no wait.
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'open', profile: 'decoy' } });
  }, 60_000);

  it("opened with the decoy, asks the emergency numbers' question with the main answer, and a change keeps the list", async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    expect((await chooseOpenNumbers(true)).ok).toBe(true);
    expect((await setDecoy(DECOY)).ok).toBe(true);
    const asMain = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(radio(asMain, 'yes')?.checked).toBe(true));
    const question = asMain.querySelector('fieldset.open-numbers')?.textContent;
    expect(question).toContain('Keep a few emergency numbers ready while the app is locked?');

    page.show(null);
    lockNow();
    await act(async () => void (await unlock(DECOY)));
    const root = page.show(<screens.PrivacySection key="decoy" />);
    await vi.waitFor(() => expect(root.textContent).toContain('The lock is on.'));
    // The same question, with the answer the main passphrase sees: its absence would tell.
    await vi.waitFor(() => expect(radio(root, 'yes')?.checked).toBe(true));
    expect(root.querySelector('fieldset.open-numbers')?.textContent).toBe(question);
    // Made to say "no" in front of someone: nothing changes, it says so as "Remove the lock" does, and
    // the answer shown is the stored one again.
    act(() => radio(root, 'no')?.click());
    await vi.waitFor(() => expect(root.textContent).toContain('Nothing was changed. Try again.'));
    expect(root.textContent).not.toContain('Unlock the app first.');
    await vi.waitFor(() => expect(radio(root, 'yes')?.checked).toBe(true));
    expect(radio(root, 'no')?.checked).toBe(false);
    expect(await numbersOpenWhileLocked()).toEqual({ ok: true, value: true });

    page.show(null);
    lockNow();
    // No miss was counted, and the owner's list is still there, read with no key.
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true, value: { outcome: 'open', profile: 'main' } });
    lockNow();
    expect(await numbersOpenWhileLocked()).toEqual({ ok: true, value: true });
  }, 60_000);

  it('removed, only the main passphrase opens the app', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    const root = page.show(<screens.PrivacySection />);
    await vi.waitFor(() => expect(root.textContent).toContain('Set a second passphrase'));
    press(root, 'Set a second passphrase');
    type(root.querySelector('#decoy-new'), DECOY);
    type(root.querySelector('#decoy-again'), DECOY);
    press(root, 'Save the second passphrase');
    await vi.waitFor(() => expect(root.textContent).toContain('The second passphrase is set.'), DERIVING);
    press(root, 'Remove the second passphrase');
    await vi.waitFor(
      () => expect(root.textContent).toContain('There is no second passphrase now.'),
      DERIVING,
    );
    page.show(null);
    lockNow();
    expect(await unlock(DECOY)).toEqual({ ok: true, value: { outcome: 'wrong', waitMs: 1000 } });
  }, 60_000); // several derivations (DERIVING), each slower on a loaded machine
});
