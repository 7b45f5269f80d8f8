// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveStatus } from '../../src/features/plan/SaveStatus';
import { usePlanSection, type PlanSection } from '../../src/features/plan/use-plan-section';
import { initI18n } from '../../src/i18n/i18n';
import { getDB } from '../../src/storage/db';
import { loadPlan, saveSection } from '../../src/storage/plan-store';
import { useFreshDatabase } from './support/fresh-db';

/* The plan's save line says what really happened: on leaving the page, and for a damaged section. */
let root: HTMLElement;
let hook: PlanSection<'review'>;

function Review() {
  hook = usePlanSection('review');
  return (
    <SaveStatus state={hook.saveState} onShowNewest={() => {}} onStartAgain={() => void hook.startAgain()} />
  );
}

const line = () => root.querySelector('.save-status')?.textContent ?? '';
const reviewed = (lastReviewed: string) => ({ skipped: false, data: { lastReviewed } });

describe('the plan says what happened to a save', () => {
  useFreshDatabase();
  beforeAll(async () => {
    await initI18n('en');
    await import('../../src/features/plan/plan-strings');
  });
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  it('does not say "Saved" when the save made as the page was hidden failed', async () => {
    await act(() => render(<Review />, root));
    await vi.waitFor(() => expect(hook.saveState).toBe('idle'));
    // The phone fills up after the first write: the second, made as the page is left, fails.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await act(() => {
      hook.update(reviewed('2026-03-01'));
      hook.update(reviewed('2026-03-02')); // waits for the first write
      window.dispatchEvent(new Event('pagehide'));
    });
    await vi.waitFor(() => expect(puts).toBe(2));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await vi.waitFor(() => expect(typeof hook.saveState).toBe('object'));
    expect(line()).toContain('this phone is out of space');
    expect(line()).not.toContain('Saved');
  });

  it('shows a damaged section as damaged, keeps it, and replaces it only when asked', async () => {
    const damaged = { rev: 2, shape: 1, body: { codec: 'plain-1' as const, data: { skipped: 'maybe' } } };
    await (await getDB()).put('plan', damaged, 'review');
    await act(() => render(<Review />, root));
    await vi.waitFor(() => expect(hook.saveState).toBe('damaged'));
    expect(hook.record).toBeUndefined(); // no empty form to type over it
    expect(line()).toContain('could not be read');
    // A save from anywhere that did not see it is refused; the copy stays on the phone.
    expect(await saveSection('review', reviewed('2026-03-03'), undefined)).toEqual({
      ok: false,
      problem: 'stale',
    });
    expect(await (await getDB()).get('plan', 'review')).toEqual(damaged);

    await act(() => root.querySelector<HTMLButtonElement>('.save-status button')?.click());
    await vi.waitFor(() => expect(hook.saveState).toBe('saved'));
    const plan = await loadPlan();
    expect(plan.ok && plan.value.plan.review).toEqual({ ...reviewed(''), rev: 3 });
  });

  it('the plan at a glance names a damaged section as such, not as "not started"', async () => {
    const damaged = { rev: 2, shape: 1, body: { codec: 'plain-1' as const, data: { skipped: 'maybe' } } };
    await (await getDB()).put('plan', damaged, 'review');
    const { default: PlanScreen } = await import('../../src/features/plan/PlanScreen');
    await act(() => render(<PlanScreen />, root));
    const review = () => [...root.querySelectorAll('.plan-sections li')].at(-1)?.textContent ?? '';
    await vi.waitFor(() => expect(review()).toContain('Could not be read on this phone'));
    expect(root.querySelectorAll('.plan-sections li')).toHaveLength(7);
  });
});
