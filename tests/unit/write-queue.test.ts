import { describe, expect, it, vi } from 'vitest';
import type * as Codec from '../../src/storage/codec';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { useFreshDatabase } from './support/fresh-db';

/*
 * Once records are encrypted, sealing takes a while and not always the same while. Writes must still
 * land in the order they were asked for: here the first write's seal is held back until the second has
 * had every chance to overtake it (it has settled, or the event loop has turned many times).
 */
const FIRST = '2026-01-01';
let holdFirst: Promise<unknown> | undefined;
vi.mock('../../src/storage/codec', async (original) => {
  const codec = await original<typeof Codec>();
  return {
    ...codec,
    seal: async (value: unknown, place: Codec.Place) => {
      if (JSON.stringify(value).includes(FIRST)) await holdFirst;
      return codec.seal(value, place);
    },
  };
});

const turns = async (count: number) => {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('the write queue', () => {
  useFreshDatabase();

  it('keeps writes in order when the first one takes longer to seal', async () => {
    await loadPlan();
    let second: Promise<unknown> = Promise.resolve();
    holdFirst = Promise.resolve().then(() => Promise.race([second, turns(50)]));
    // As the plan screen does when the page is hidden during a save: the next text, based on the
    // revision the write in flight will leave behind.
    const first = saveSection('review', { skipped: false, data: { lastReviewed: FIRST } }, undefined);
    second = saveSection('review', { skipped: true, data: { lastReviewed: '2026-02-02' } }, 1);
    expect(await first).toEqual({ ok: true, value: 1 });
    expect(await second).toEqual({ ok: true, value: 2 });
    const plan = await loadPlan();
    expect(plan.ok && plan.value.plan.review).toEqual({
      skipped: true,
      data: { lastReviewed: '2026-02-02' },
      rev: 2,
    });
  });
});
