/**
 * What a screen has typed but not yet written, saved on request: before the page reloads into a new
 * version (src/offline/sw-bridge.ts), in this tab or, when the person tapped "Update" in another, in this one.
 * A screen that saves as the person types registers its flush while it is shown.
 */

type Save = () => unknown;

const saves = new Set<Save>();

/** Registers `save` (it may return a promise); returns the function that unregisters it. */
export function onSaveRequest(save: Save): () => void {
  saves.add(save);
  return () => void saves.delete(save);
}

/** Runs every registered save and waits for all of them, failed ones too (each screen shows its own problem). */
export async function saveEverythingPending(): Promise<void> {
  await Promise.allSettled([...saves].map(async (save) => save()));
}
