import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Shows one element alone, filling the screen, where the Fullscreen API exists (not on iPhone,
 * where the card is already as wide as the screen). `available` is false there, to hide the button.
 */
export function useFullScreen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [active, setActive] = useState(false);
  useEffect(() => {
    const onChange = () =>
      setActive(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return {
    ref,
    active,
    available: typeof document !== 'undefined' && document.fullscreenEnabled === true,
    enter: () => void ref.current?.requestFullscreen().catch(() => undefined),
    exit: () => void document.exitFullscreen().catch(() => undefined),
  };
}
