import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from './when-idle';

let screenShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (screenShown = resolve));

/**
 * Called once the first screen is painted (src/app/start.tsx): until then nothing of `later()` loads, so
 * on a link to a guide the frame's parts (the quick exit, the offline status) do not download beside the
 * guide and hold it back.
 */
export const firstScreenShown = (): void => screenShown();

/**
 * Runs `work` once the first screen is painted and the browser is idle (when-idle.ts). Returns a function
 * that cancels it if it has not run yet.
 */
export function afterFirstScreen(work: () => void): () => void {
  let cancelled = false;
  let cancel = (): void => undefined;
  void shown.then(() => {
    if (!cancelled) cancel = whenIdle(work);
  });
  return () => {
    cancelled = true;
    cancel();
  };
}

/**
 * A part of a screen whose code loads only after the first screen is painted, when the browser is idle
 * (when-idle.ts): it shows nothing until then,
 * and nothing if its code cannot be fetched. For what is never needed at once (a message that may
 * appear later), so that it is not on the way to the first screen. `load` imports a module whose
 * default export is the component.
 */
export function later<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined; // once fetched, every later use shows it at once
  return function Later(props: P) {
    const [Loaded, setLoaded] = useState(() => loaded);
    useEffect(() => {
      if (Loaded) return;
      let mounted = true;
      const cancel = afterFirstScreen(() =>
        load().then(
          ({ default: component }) => {
            loaded = component;
            if (mounted) setLoaded(() => component);
          },
          () => undefined, // not fetched (offline before the install finished): show nothing
        ),
      );
      return () => {
        mounted = false;
        cancel();
      };
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  };
}
