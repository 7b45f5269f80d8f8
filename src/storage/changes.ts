import type { StoreName } from './schema';

/**
 * Tells the app's other open tabs that a store changed, so they show the newest data without a
 * reload. The message names the store only: no record content crosses tabs this way.
 */
const CHANNEL = 'defend-your-rights-changes';

export type ChangedStore = StoreName | 'all';

let channel: BroadcastChannel | undefined;
const listeners = new Set<(store: ChangedStore) => void>();

function getChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const store = event.data;
    if (typeof store === 'string') for (const listener of listeners) listener(store as ChangedStore);
  };
  return channel;
}

/** Announces a committed change to the other tabs (this tab already knows). */
export function announce(store: ChangedStore): void {
  getChannel()?.postMessage(store);
}

/**
 * Calls `listener` when another tab changes `store` (one of `stores`, or everything); returns the
 * unsubscribe.
 */
export function onChange(stores: StoreName | readonly StoreName[], listener: () => void): () => void {
  const watched: readonly ChangedStore[] = typeof stores === 'string' ? [stores] : stores;
  const filtered = (changed: ChangedStore) => {
    if (changed === 'all' || watched.includes(changed)) listener();
  };
  listeners.add(filtered);
  getChannel();
  return () => listeners.delete(filtered);
}

/** Closes the channel (tests). */
export function closeChanges(): void {
  channel?.close();
  channel = undefined;
  listeners.clear();
}
