// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorageResult } from '../../src/storage/result';
import type { Watched } from '../../src/storage/watched';
import { useStored, type Stored } from '../../src/ui/use-stored';

/** A stored thing the test answers by hand: each load waits until the test resolves it. */
function fakeSource() {
  const pending: ((result: StorageResult<string>) => void)[] = [];
  const listeners = new Set<() => void>();
  const source: Watched<string> = {
    load: () => new Promise((resolve) => pending.push(resolve)),
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { source, pending, changed: () => listeners.forEach((listener) => listener()) };
}

let root: HTMLElement;
const seen: Stored<string>[] = [];
function Show({ source }: { source: Watched<string> }) {
  seen.push(useStored(source));
  return null;
}
const last = () => seen[seen.length - 1];
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useStored, the one hook that reads what is stored', () => {
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
    seen.length = 0;
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('lists drawn at the same moment share one first read', async () => {
    const { source, pending } = fakeSource();
    await act(() =>
      render(
        <>
          <Show source={source} />
          <Show source={source} />
          <Show source={source} />
        </>,
        root,
      ),
    );
    expect(pending).toHaveLength(1);
    pending[0]?.({ ok: true, value: 'Ana' });
    await settle();
    expect(seen.slice(-3).map((stored) => stored.value)).toEqual(['Ana', 'Ana', 'Ana']);
  });

  it('reads again when another tab changes it, and keeps the value shown when that read fails', async () => {
    const { source, pending, changed } = fakeSource();
    await act(() => render(<Show source={source} />, root));
    pending[0]?.({ ok: true, value: 'Ana' });
    await settle();
    changed();
    expect(pending).toHaveLength(2);
    pending[1]?.({ ok: false, problem: 'unavailable' });
    await settle();
    expect(last()?.result).toEqual({ ok: false, problem: 'unavailable' });
    expect(last()?.value).toBe('Ana');
  });

  it('never lets an older answer overwrite a newer one', async () => {
    const { source, pending } = fakeSource();
    await act(() => render(<Show source={source} />, root));
    const reloaded = last()?.reload();
    pending[1]?.({ ok: true, value: 'new' });
    pending[0]?.({ ok: true, value: 'old' });
    expect(await reloaded).toEqual({ ok: true, value: 'new' });
    await settle();
    expect(last()?.value).toBe('new');
  });
});
