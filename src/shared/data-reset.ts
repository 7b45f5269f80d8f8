/**
 * Everything stored was deleted or replaced in another tab since this page read it (storage found a new
 * epoch: src/storage/README.md): the page reloads, dropping its drafts of the old data, so what it shows
 * is the data there now. Storage calls this as it refuses the read or write; nothing else needs to listen,
 * so the app's first screen loads none of it.
 */
export function reloadAfterDataReset(): void {
  globalThis.location?.reload();
}
