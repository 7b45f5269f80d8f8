/**
 * The event storage sends on `globalThis` when it finds that everything stored was deleted or replaced
 * in another tab since this page read it: the page reloads (src/app/App.tsx), dropping its drafts of the
 * old data. A name only, so the app's frame can listen without loading any storage code.
 */
export const DATA_RESET_EVENT = 'app-data-reset';
