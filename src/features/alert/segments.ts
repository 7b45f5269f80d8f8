/*
 * How many SMS a text is sent as (3GPP TS 23.038 and 23.040). A text written only in the GSM 7-bit
 * alphabet fits 160 characters in one message, 153 per part once split (each part carries a header);
 * one character outside it (á, í, ó, ú, an emoji, a curly quote) sends the whole text as UCS-2:
 * 70 in one message, 67 per part. Prepaid plans charge per part, and parts may arrive out of order.
 */

/** The GSM 7-bit default alphabet (one septet each), without the escape to the extension table. */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: an escape septet and one more, two septets each. */
const GSM_EXTENSION = '^{}\\[~]|€\f';

const BASIC = new Set(GSM_BASIC);
const EXTENDED = new Set(GSM_EXTENSION);

export type SmsEncoding = 'gsm-7' | 'ucs-2';

export interface SmsSize {
  encoding: SmsEncoding;
  /** How many messages the text is sent as (0 for an empty text). */
  segments: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
}

/** Whether one character is in the GSM 7-bit alphabet or its extension table. */
export function isGsmCharacter(character: string): boolean {
  return BASIC.has(character) || EXTENDED.has(character);
}

/** The encoding, the size and the number of messages a text is sent as. */
export function smsSize(text: string): SmsSize {
  const characters = [...text];
  const gsm = characters.every(isGsmCharacter);
  // Each character's size: a part never splits an escape sequence (GSM-7) or a surrogate pair (UCS-2).
  const sizes = characters.map((character) => (gsm ? (EXTENDED.has(character) ? 2 : 1) : character.length));
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const [single, part] = gsm ? [160, 153] : [70, 67];
  return { encoding: gsm ? 'gsm-7' : 'ucs-2', units, segments: countParts(sizes, units, single, part) };
}

function countParts(sizes: number[], units: number, single: number, part: number): number {
  if (units === 0) return 0;
  if (units <= single) return 1;
  let parts = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      parts += 1;
      used = 0;
    }
    used += size;
  }
  return parts;
}
