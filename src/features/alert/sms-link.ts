/*
 * The `sms:` link that opens the phone's own messaging app with the recipients and the text filled in.
 * Nothing is sent by the app: the person presses send in the messaging app.
 *
 * Android follows RFC 5724 (`sms:+1…?body=`). iPhone's Messages reads `&body=` after the number instead
 * (a `?` there becomes part of the number on iOS 8 and later), and a group only as
 * `sms:/open?addresses=a,b&body=` (Apple's `sms:` handling since iOS 8; a comma list before `&body=`
 * opens one recipient only).
 */
import type { SmsPlatform } from './platform';

/**
 * The number as a messaging app dials it: `+` and digits only. A stored office extension
 * (`;ext=123`, src/shared/stored-phone.ts) is dropped: a text cannot reach an extension.
 */
export function smsNumber(stored: string): string {
  const [number = ''] = stored.split(';');
  return number.replace(/[^\d+]/g, '');
}

/**
 * Encodes the body for the link: everything but unreserved characters is percent-encoded as UTF-8, so
 * `&` and `#` stay in the text (they would end the body or start a fragment) and line breaks survive.
 * A space is `%20`, never `+`, which Messages shows as a plus.
 */
export function encodeBody(text: string): string {
  // Line breaks as the person typed them may be \r\n: one line break in the message.
  return encodeURIComponent(text.replace(/\r\n?/g, '\n'));
}

/** The link for one recipient. */
export function smsLink(platform: SmsPlatform, number: string, text: string): string {
  const separator = platform === 'ios' ? '&' : '?';
  return `sms:${smsNumber(number)}${separator}body=${encodeBody(text)}`;
}

/**
 * The link for several recipients at once: a group message (MMS) on most phones, which needs mobile
 * data and shows every recipient's number to every other. Only ever offered as the person's choice.
 */
export function groupSmsLink(platform: SmsPlatform, numbers: readonly string[], text: string): string {
  const list = numbers.map(smsNumber).join(',');
  if (platform === 'ios') return `sms:/open?addresses=${list}&body=${encodeBody(text)}`;
  return `sms:${list}?body=${encodeBody(text)}`;
}
