// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { firstScreenShown, later } from '../../src/ui/later';

/** Lets every pending task run (timers, idle callbacks, promise callbacks). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('later()', () => {
  it('downloads nothing until the first screen is shown, then shows the part', async () => {
    // On a link to a guide, the quick exit and the offline status must not download beside the guide.
    const load = vi.fn(async () => ({ default: () => <p>Ready to use offline</p> }));
    const Late = later(load);
    const root = document.createElement('div');
    document.body.append(root);
    render(<Late />, root);
    await settle();
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(root.textContent).toBe('');

    firstScreenShown();
    await vi.waitFor(() => expect(root.textContent).toBe('Ready to use offline'));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
