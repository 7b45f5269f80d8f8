import type { TFunction } from 'i18next';
import type { Refused } from '../../storage/lock-store';

/** What a refused passphrase says: "wrong", and how long until the next try is taken. */
export function refusedText(t: TFunction, refused: Refused): string {
  const wait = t('lock.unlock.wait', { count: Math.max(1, Math.ceil(refused.waitMs / 1000)) });
  return refused.outcome === 'wrong' ? `${t('lock.unlock.wrong')} ${wait}` : wait;
}

/**
 * Resolves once the browser has painted what was just rendered: the key derivation holds the main thread
 * for about a second, so the "this takes a few seconds" line must be on screen before it starts.
 */
export function afterPaint(): Promise<void> {
  // A hidden page paints nothing and runs no animation frame: it would wait until shown again.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A passphrase as the lock compares it (src/storage/lock/passphrase.ts): Unicode NFC, trimmed. */
export function asCompared(text: string): string {
  return text.normalize('NFC').trim();
}
