// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Working } from '../../src/features/lock/PassphraseField';
import { usePageRoot } from './support/page-root';

// Unlocking (issue 11) "shows progress". Argon2 cannot say how far it is: while it runs, the bar is one of
// unknown length (no value: the browser animates it) rather than a bar standing at 0 for most of the wait.

describe('the lock forms’ progress bar', () => {
  const page = usePageRoot();

  it('has no value while the key is derived, then shows how far sealing is, and goes when done', () => {
    const root = page.show(<Working label="Unlocking…" progress={0} />);
    const bar = () => root.querySelector('progress');
    expect(root.textContent).toBe('Unlocking…');
    expect(bar()?.hasAttribute('value')).toBe(false); // indeterminate: it moves

    page.show(<Working label="Unlocking…" progress={0.8} />);
    expect(bar()?.getAttribute('value')).toBe('0.8');
    expect(bar()?.getAttribute('aria-label')).toBe('Unlocking…');

    page.show(<Working label="Unlocking…" progress={undefined} />);
    expect(bar()).toBeNull();
  });
});
