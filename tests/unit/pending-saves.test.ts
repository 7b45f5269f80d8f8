import { describe, expect, it } from 'vitest';
import { onSaveRequest, saveEverythingPending } from '../../src/shared/pending-saves';

describe('saving what is pending before the page reloads into a new version', () => {
  it('waits for every registered save, a failing one too, and forgets a save once unregistered', async () => {
    const saved: string[] = [];
    let finish = (): void => undefined;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const stopPlan = onSaveRequest(async () => {
      await slow;
      saved.push('plan');
    });
    const stopBroken = onSaveRequest(() => Promise.reject(new Error('disk full')));
    const stopGone = onSaveRequest(() => saved.push('gone'));
    stopGone();

    let done = false;
    const all = saveEverythingPending().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false); // the plan's write is still running
    finish();
    await all;
    expect(saved).toEqual(['plan']);
    stopPlan();
    stopBroken();
  });
});
