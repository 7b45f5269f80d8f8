import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref for whichever element should take keyboard focus when `key` changes (to anything but
 * undefined), so a screen reader reads the message or step that just appeared and the keyboard
 * carries on from there. Give it to at most one element at a time.
 */
export function useFocusWhen(key: unknown): (element: HTMLElement | null) => void {
  const target = useRef<HTMLElement | null>(null);
  // A layout effect: focus moves before the next key press is handled, so a fast typist's Tab
  // starts from the new element, not from the button that just disappeared.
  useLayoutEffect(() => {
    if (key !== undefined) target.current?.focus();
  }, [key]);
  return useCallback((element: HTMLElement | null) => {
    target.current = element;
  }, []);
}
