/** Which `sms:` form the phone's messaging app reads: the body after `&` (iOS) or `?` (RFC 5724). */
export type SmsPlatform = 'ios' | 'android';

/**
 * The platform, from the user agent alone (no other signal is asked for). iPhone, iPad and iPod say so;
 * iPadOS 13 and later say "Macintosh", and a Mac's Messages app reads the iPhone form too. Everything
 * else (Android, and desktop browsers, where `sms:` follows RFC 5724 if it opens at all) gets RFC 5724's.
 */
export function smsPlatform(userAgent: string): SmsPlatform {
  return /iPhone|iPad|iPod|Macintosh/.test(userAgent) ? 'ios' : 'android';
}
