import { useEffect, useState } from 'preact/hooks';

/**
 * The state the family said it lives in (the plan asks it once: src/features/plan/StateQuestion.tsx), for
 * a guide's state-only rules (src/content/for-state.ts). Read after the guide is drawn, with storage's
 * code loaded then: a guide never waits for it, and opens without a passphrase. `undefined` until read,
 * when never said, and while locked (the setting is sealed with the rest): then every rule shows.
 */
export function useSavedState(): string | undefined {
  const [state, setState] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    import('../../storage/settings-store')
      .then(({ loadSetting }) => loadSetting('usState'))
      .then(
        (read) => {
          if (live && read.ok) setState(read.value);
        },
        () => undefined, // storage's code not fetched: every rule shows
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
