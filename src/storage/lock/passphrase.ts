/**
 * A passphrase as it is fed to the key derivation: Unicode NFC (an "é" typed as one character on one
 * keyboard and as "e" + accent on another is the same passphrase) and without spaces at either end
 * (a keyboard's autocomplete adds one). Spaces inside are kept: they are part of a word passphrase.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC').trim();
}
