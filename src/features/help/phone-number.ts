/**
 * A phone number as people type it (digits with spaces, dashes, dots or parentheses, maybe a leading +)
 * as the digits to dial, or `undefined` when it cannot be a phone number.
 */
export function toDialable(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  return (trimmed.startsWith('+') ? '+' : '') + digits;
}
