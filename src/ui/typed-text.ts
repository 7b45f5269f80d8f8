import { cleanText } from '../storage/safe-text';

/**
 * The text of a box as the person typed or pasted it, less the characters no stored text may hold
 * (src/storage/safe-text.ts): direction controls and control characters, and, in a one-line box, tabs.
 * They are taken out at once, with the caret kept where it was, rather than refused with a message:
 * they are invisible, so a message would name something the person cannot see or find, and they come
 * in innocently with pasted names and numbers (phones and chat apps wrap them in U+202A…U+202C or
 * U+2066…U+2069). Nothing visible is ever removed, and what the box shows is what will be saved.
 */
export function typedText(box: HTMLInputElement | HTMLTextAreaElement): string {
  const typed = box.value;
  const multiline = box.localName === 'textarea';
  const clean = cleanText(typed, multiline);
  if (clean !== typed) {
    const caret = cleanText(typed.slice(0, box.selectionEnd ?? typed.length), multiline).length;
    box.value = clean;
    box.setSelectionRange(caret, caret);
  }
  return clean;
}
