import { describe, expect, it } from 'vitest';
import { smsLink } from '../../src/features/record/share';
import { smsPlatform } from '../../src/shared/sms-platform';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
// iPadOS 13 and later: Safari says "Macintosh", as a Mac's does.
const IPAD_OS =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

describe("the record's text message", () => {
  it('puts the body after & for iPhone and iPadOS, after ? for Android', () => {
    expect(smsLink('Hi & bye #2', IPHONE)).toBe('sms:&body=Hi%20%26%20bye%20%232');
    expect(smsLink('Hi', IPAD_OS)).toBe('sms:&body=Hi');
    expect(smsLink('Hi', ANDROID)).toBe('sms:?body=Hi');
    expect(smsLink('Hi', '')).toBe('sms:?body=Hi');
  });

  it('reads the platform the same way as the alert does (one rule, src/shared/sms-platform.ts)', () => {
    for (const agent of [IPHONE, IPAD_OS, ANDROID, ''])
      expect(smsLink('x', agent).startsWith(smsPlatform(agent) === 'ios' ? 'sms:&' : 'sms:?')).toBe(true);
    expect([IPHONE, IPAD_OS, ANDROID].map(smsPlatform)).toEqual(['ios', 'ios', 'android']);
  });
});
