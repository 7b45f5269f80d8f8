// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as LockStore from '../../src/storage/lock-store';
import { lockStatus } from '../../src/storage/lock-store';
import { initI18n } from '../../src/i18n/i18n';
import type * as Gate from '../../src/features/lock/LockGate';
import { usePageRoot } from './support/page-root';

// A personal screen waits for the lock to be read. A browser whose storage stops answering (seen in
// WebKit) left it blank for good: after a few seconds it now says what is happening and what to do.

vi.mock('../../src/storage/lock-store', async (original) => {
  const real = await original<typeof LockStore>();
  return { ...real, lockStatus: vi.fn(real.lockStatus) };
});

let gate: typeof Gate;
beforeAll(async () => {
  await initI18n('en');
  gate = await import('../../src/features/lock/LockGate'); // adds the lock's strings
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(lockStatus).mockImplementation(() => new Promise(() => undefined)); // storage never answers
});
afterEach(() => {
  vi.useRealTimers();
  vi.mocked(lockStatus).mockReset();
});

const page = usePageRoot();
const contacts = () => gate.lockedScreen(() => <h1>Emergency contacts</h1>);
const SAYS = "The phone's browser has not opened what you saved yet.";

describe('while the lock is still being read', () => {
  it('a personal screen shows nothing for a moment, then says what is happening and links to the rights', () => {
    const Contacts = contacts();
    const root = page.show(<Contacts />);
    act(() => void vi.advanceTimersByTime(gate.OPENING_SAYS_AFTER_MS - 100));
    expect(root.textContent).toBe('');
    act(() => void vi.advanceTimersByTime(200));
    expect(root.querySelector('h1')?.textContent).toBe('Opening what you saved…');
    expect(root.querySelector('[role="status"]')?.textContent).toContain(SAYS);
    expect(root.querySelector('a[href="/"]')?.textContent).toBe('Read your rights');
  });

  it('the personal part of an open screen says it too, and nothing else', () => {
    const root = page.show(
      <gate.LockGate>
        <p>saved numbers</p>
      </gate.LockGate>,
      'es',
    );
    act(() => void vi.advanceTimersByTime(gate.OPENING_SAYS_AFTER_MS + 100));
    expect(root.querySelector('[role="status"]')?.textContent).toContain(
      'El navegador del teléfono todavía no ha abierto lo que usted guardó.',
    );
    expect(root.textContent).not.toContain('saved numbers');
    expect(root.querySelector('h1')).toBeNull();
  });

  it('once read, the screen itself, and the message never comes', async () => {
    vi.mocked(lockStatus).mockResolvedValue({ ok: true, value: 'none' });
    const Contacts = contacts();
    const root = page.show(<Contacts />);
    await act(async () => void (await Promise.resolve()));
    act(() => void vi.advanceTimersByTime(gate.OPENING_SAYS_AFTER_MS + 100));
    expect(root.querySelector('h1')?.textContent).toBe('Emergency contacts');
    expect(root.textContent).not.toContain(SAYS);
  });
});
