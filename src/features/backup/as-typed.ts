/**
 * A passphrase as the key derivation takes it (src/storage/lock/passphrase.ts): Unicode NFC, trimmed.
 * The two boxes of a new passphrase are compared this way, so "the same words" are the same key.
 */
export function asTyped(text: string): string {
  return text.normalize('NFC').trim();
}
