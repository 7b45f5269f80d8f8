// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as OpenNumbers from '../../src/storage/open-numbers';
import type * as Choice from '../../src/features/lock/OpenNumbersChoice';
import type { StorageResult } from '../../src/storage/result';
import { initI18n } from '../../src/i18n/i18n';
import { chooseOpenNumbers } from '../../src/storage/open-numbers';
import { usePageRoot } from './support/page-root';

// Settings → Privacy's "emergency numbers while locked" (issue 11) while the stored answer is still being
// read: a tap then must not land on an answer about to change under it, and be lost.

let answer: (result: StorageResult<boolean>) => void = () => undefined;
vi.mock('../../src/storage/open-numbers', async (original) => ({
  ...(await original<typeof OpenNumbers>()),
  watchedOpenChoice: {
    load: () => new Promise<StorageResult<boolean>>((resolve) => (answer = resolve)),
    watch: () => () => undefined,
  },
  chooseOpenNumbers: vi.fn(() => Promise.resolve({ ok: true, value: undefined })),
}));

let OpenNumbersSetting: typeof Choice.OpenNumbersSetting;
beforeAll(async () => {
  await initI18n('en');
  ({ OpenNumbersSetting } = await import('../../src/features/lock/OpenNumbersChoice')); // adds its strings
});

describe('the open numbers choice in Settings', () => {
  const page = usePageRoot();

  it('shows no answer chosen, and takes no tap, until the stored one is read; then shows it and takes taps', async () => {
    const root = page.show(<OpenNumbersSetting locked={false} />);
    const [yes, no] = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(yes && no).toBeTruthy();
    // Shown "no" while the stored "yes" is read, a tap on "no" would change nothing and then see "yes".
    expect([yes?.checked, no?.checked]).toEqual([false, false]);
    expect(root.querySelector('fieldset')?.disabled).toBe(true);

    await act(async () => answer({ ok: true, value: true }));
    await vi.waitFor(() => expect(yes?.checked).toBe(true));
    expect(root.querySelector('fieldset')?.disabled).toBe(false);

    act(() => no?.click());
    expect(chooseOpenNumbers).toHaveBeenCalledWith(false);
  });

  it('counts a read that fails as "no", and still takes a tap', async () => {
    const root = page.show(<OpenNumbersSetting locked={false} />);
    await act(async () => answer({ ok: false, problem: 'unavailable' }));
    const [yes, no] = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    await vi.waitFor(() => expect(no?.checked).toBe(true));
    expect(yes?.checked).toBe(false);
    expect(root.querySelector('fieldset')?.disabled).toBe(false);
    act(() => yes?.click());
    expect(chooseOpenNumbers).toHaveBeenLastCalledWith(true);
  });
});
