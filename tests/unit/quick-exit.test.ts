// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Kdf from '../../src/storage/lock/kdf';
import { HANDED_OFF_MINUTES, startAutoLock } from '../../src/features/quick-exit/auto-lock';
import { lockAndLeave, QUICK_EXIT_SAVE_MS, AUTO_LOCK_SAVE_MS } from '../../src/features/quick-exit/leave';
import { markHandOff } from '../../src/features/quick-exit/hand-off';
import { onSaveRequest } from '../../src/shared/pending-saves';
import { lockStatus, setLock, unlock } from '../../src/storage/lock-store';
import { loadSetting, saveSetting } from '../../src/storage/settings-store';
import { useFreshDatabase } from './support/fresh-db';
import { PASSPHRASE } from './support/lock';

vi.mock('../../src/storage/lock/kdf', async (original) => ({
  ...(await original<typeof Kdf>()),
  KDF_PARAMS: { memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 },
}));

describe('quick exit', () => {
  useFreshDatabase();

  it('saves what is typed, then drops the key, then shows the rights home in place of the screen', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    // A screen with unsaved text: its save is sealed with the key, so it must run before the key goes.
    const saved: unknown[] = [];
    const unregister = onSaveRequest(async () => saved.push(await saveSetting('usState', 'CA')));
    const route = vi.fn();
    await lockAndLeave(route, true);
    unregister();
    expect(saved).toEqual([{ ok: true }]);
    expect(await lockStatus()).toEqual({ ok: true, value: 'locked' });
    expect(await loadSetting('usState')).toEqual({ ok: false, problem: 'locked' });
    expect(route).toHaveBeenCalledWith('/', true);
  });

  it('locks at once even when a save hangs; the auto-lock waits longer for it, but not for ever', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // A save that never ends: a big photo being sealed, a database another tab blocks.
    const unregister = onSaveRequest(() => new Promise(() => undefined));
    try {
      const route = vi.fn();
      void lockAndLeave(route, true);
      await vi.advanceTimersByTimeAsync(QUICK_EXIT_SAVE_MS);
      expect(route).toHaveBeenCalledWith('/', true);
      expect(await lockStatus()).toEqual({ ok: true, value: 'locked' });

      expect((await unlock(PASSPHRASE)).ok).toBe(true);
      const hidden = vi.fn();
      void lockAndLeave(hidden, false);
      await vi.advanceTimersByTimeAsync(QUICK_EXIT_SAVE_MS);
      expect(hidden).not.toHaveBeenCalled(); // the auto-lock saves first
      await vi.advanceTimersByTimeAsync(AUTO_LOCK_SAVE_MS - QUICK_EXIT_SAVE_MS);
      expect(hidden).toHaveBeenCalledWith('/', true);
      expect(await lockStatus()).toEqual({ ok: true, value: 'locked' });
    } finally {
      unregister();
      vi.useRealTimers();
    }
  });

  it('locks the other tabs too; the auto-lock of a hidden tab locks that tab alone', async () => {
    expect((await setLock(PASSPHRASE)).ok).toBe(true);
    const otherTab = new BroadcastChannel('defend-your-rights-lock');
    const heard: unknown[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    const told = () => new Promise((resolve) => setTimeout(resolve, 50)).then(() => heard.length);

    await lockAndLeave(vi.fn(), false); // the auto-lock: the tab in use elsewhere stays open
    expect(await lockStatus()).toEqual({ ok: true, value: 'locked' });
    expect(await told()).toBe(0);

    expect((await unlock(PASSPHRASE)).ok).toBe(true);
    await lockAndLeave(vi.fn(), true); // the quick exit
    expect(await told()).toBe(1);
    otherTab.close();
  });
});

describe('auto-lock', () => {
  useFreshDatabase();
  afterEach(() => vi.useRealTimers());

  const hide = (state: 'hidden' | 'visible') => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('locks after the chosen minutes hidden, hides the screen meanwhile, and after a call only later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    await saveSetting('autoLock', '1');
    const lock = vi.fn();
    const stop = startAutoLock(lock);
    await vi.advanceTimersByTimeAsync(0);

    hide('hidden');
    expect(document.documentElement.classList.contains('page-hidden')).toBe(true);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lock).toHaveBeenCalledTimes(1);
    hide('visible');
    expect(document.documentElement.classList.contains('page-hidden')).toBe(false);

    // Just after the app opened the phone app: that hide gets the longer time, not "never".
    markHandOff();
    hide('hidden');
    await vi.advanceTimersByTimeAsync(HANDED_OFF_MINUTES * 60_000 - 1_000);
    expect(lock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lock).toHaveBeenCalledTimes(2); // the call went on, or the phone was taken during it
    hide('visible');
    stop();
  });

  it('does not lock after the alert’s share button opened the share sheet, and does after another tap', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    await saveSetting('autoLock', '1');
    const lock = vi.fn();
    const stop = startAutoLock(lock);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5 * 60_000); // past the hand-off an earlier test marked
    const share = document.createElement('button');
    share.setAttribute('data-hand-off', '');
    const other = document.createElement('button');
    document.body.append(share, other);

    other.click();
    hide('hidden');
    await vi.advanceTimersByTimeAsync(60_000);
    hide('visible');
    expect(lock).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(60_000); // the earlier hand-off, if any, long past
    share.click();
    hide('hidden');
    await vi.advanceTimersByTimeAsync(HANDED_OFF_MINUTES * 60_000 - 1_000);
    hide('visible');
    expect(lock).toHaveBeenCalledTimes(1);
    share.remove();
    other.remove();
    stop();
  });

  it('with "as soon as I leave", a hide after a call still locks after the longer time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    await saveSetting('autoLock', '0');
    const lock = vi.fn();
    const stop = startAutoLock(lock);
    await vi.advanceTimersByTimeAsync(60_000); // the choice read; past the hand-offs earlier tests marked

    markHandOff();
    hide('hidden');
    await vi.advanceTimersByTimeAsync(HANDED_OFF_MINUTES * 60_000 - 1_000);
    expect(lock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lock).toHaveBeenCalledTimes(1);
    hide('visible');
    stop();
  });

  it('printing is a hand-off: the print screen hiding the page does not lock it at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    await saveSetting('autoLock', '0');
    const lock = vi.fn();
    const stop = startAutoLock(lock);
    await vi.advanceTimersByTimeAsync(60_000);

    // Android's print screen: `beforeprint`, then the page hidden while the person picks a printer.
    dispatchEvent(new Event('beforeprint'));
    await vi.advanceTimersByTimeAsync(30_000); // however long the person takes before the page hides
    hide('hidden');
    expect(lock).not.toHaveBeenCalled();
    hide('visible');
    dispatchEvent(new Event('afterprint'));
    expect(lock).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(60_000); // printing long over: a hide is the person leaving
    hide('hidden');
    expect(lock).toHaveBeenCalledTimes(1);
    hide('visible');
    stop();
  });
});
