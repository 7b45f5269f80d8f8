import { describe, expect, it } from 'vitest';
import { toDialable } from '../../src/features/help/phone-number';

describe('toDialable', () => {
  it.each([
    ['(555) 123-4567', '5551234567'],
    ['555.123.4567', '5551234567'],
    ['+52 55 1234 5678', '+525512345678'],
    [' 1-844-363-1423 ', '18443631423'],
  ])('%s → %s', (input, dialable) => {
    expect(toDialable(input)).toBe(dialable);
  });

  it.each(['', '123', '555-CALL-NOW', '<img src=x onerror=alert(1)>', '1234567890123456'])(
    'refuses %j',
    (input) => {
      expect(toDialable(input)).toBeUndefined();
    },
  );
});
