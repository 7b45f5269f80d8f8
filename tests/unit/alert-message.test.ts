import { describe, expect, it } from 'vitest';
import { groupSmsLink, smsLink, smsNumber } from '../../src/features/alert/sms-link';
import { smsPlatform } from '../../src/features/alert/platform';
import { smsSize } from '../../src/features/alert/segments';
import { withoutAccents } from '../../src/features/alert/without-accents';
import { fillMessage, PLACEHOLDER_WORDS } from '../../src/features/alert/placeholders';
import {
  messageLanguageOf,
  messageOf,
  savedValues,
  textToSend,
  withoutNameSentence,
} from '../../src/features/alert/compose';
import { oneTextForAll, type Outgoing } from '../../src/features/alert/outgoing';
import type { SavedContact } from '../../src/storage/contacts-store';

/** What the messaging app receives as the body: the link's body parameter, decoded. */
function bodyOf(link: string): string {
  const at = link.indexOf('body=');
  return decodeURIComponent(link.slice(at + 'body='.length));
}

const SPANISH = 'Rosa: la migra está en la casa & en #4.\nRecoge a los niños, por favor.';

describe('the sms: link', () => {
  it('puts the body after ?body= on Android and &body= on iPhone', () => {
    expect(smsLink('android', '+12135550100', 'Hi')).toBe('sms:+12135550100?body=Hi');
    expect(smsLink('ios', '+12135550100', 'Hi')).toBe('sms:+12135550100&body=Hi');
  });

  it('carries Spanish text, line breaks, & and # whole, with no raw separator left in it', () => {
    for (const platform of ['android', 'ios'] as const) {
      const link = smsLink(platform, '+12135550100', SPANISH);
      expect(bodyOf(link)).toBe(SPANISH);
      const body = link.slice(link.indexOf('body=') + 5);
      expect(body).not.toMatch(/[&#?\n ]/);
      expect(body).toContain('%0A');
      expect(body).toContain('%C3%A1'); // á as UTF-8
    }
  });

  it('sends one line break for a typed \\r\\n', () => {
    expect(bodyOf(smsLink('android', '+12135550100', 'a\r\nb'))).toBe('a\nb');
  });

  it('dials the number without an office extension', () => {
    expect(smsNumber('+12135550100;ext=123')).toBe('+12135550100');
    expect(smsLink('ios', '+12135550100;ext=123', 'x')).toBe('sms:+12135550100&body=x');
  });

  it('lists several recipients in the form each platform reads', () => {
    const numbers = ['+12135550100', '+13105550111'];
    expect(groupSmsLink('android', numbers, 'Hola & adiós')).toBe(
      'sms:+12135550100,+13105550111?body=Hola%20%26%20adi%C3%B3s',
    );
    expect(groupSmsLink('ios', numbers, 'Hola & adiós')).toBe(
      'sms:/open?addresses=+12135550100,+13105550111&body=Hola%20%26%20adi%C3%B3s',
    );
  });
});

describe('the platform', () => {
  it('is told from the user agent', () => {
    const iphone =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    const ipadOs = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
    const android =
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
    expect(smsPlatform(iphone)).toBe('ios');
    expect(smsPlatform(ipadOs)).toBe('ios');
    expect(smsPlatform(android)).toBe('android');
    expect(smsPlatform('')).toBe('android');
  });
});

describe('SMS segments', () => {
  it('fits 160 GSM-7 characters in one message and splits longer ones in parts of 153', () => {
    expect(smsSize('')).toEqual({ encoding: 'gsm-7', units: 0, segments: 0 });
    expect(smsSize('a'.repeat(160))).toMatchObject({ encoding: 'gsm-7', segments: 1 });
    expect(smsSize('a'.repeat(161)).segments).toBe(2);
    expect(smsSize('a'.repeat(306)).segments).toBe(2);
    expect(smsSize('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the extension table as two septets, never split across parts', () => {
    expect(smsSize('€'.repeat(80))).toMatchObject({ encoding: 'gsm-7', units: 160, segments: 1 });
    expect(smsSize('€'.repeat(81)).segments).toBe(2);
    // 152 septets, then a two-septet € that does not fit the first part's last septet.
    expect(smsSize('a'.repeat(152) + '€' + 'a'.repeat(10)).segments).toBe(2);
    expect(smsSize('a'.repeat(152) + '€' + 'a'.repeat(152)).segments).toBe(3);
  });

  it('keeps é, ñ, ü, ¿ and ¡ in GSM-7, but one á sends the whole text as UCS-2: 70, then 67', () => {
    expect(smsSize('¿Dónde?').encoding).toBe('ucs-2'); // ó
    expect(smsSize('¡Señor, café, pingüino!').encoding).toBe('gsm-7');
    expect(smsSize('á' + 'a'.repeat(69))).toMatchObject({ encoding: 'ucs-2', segments: 1 });
    expect(smsSize('á' + 'a'.repeat(70)).segments).toBe(2);
    expect(smsSize('á' + 'a'.repeat(133)).segments).toBe(2);
    expect(smsSize('á' + 'a'.repeat(134)).segments).toBe(3);
  });

  it('counts an emoji as two UCS-2 units, never split across parts', () => {
    expect(smsSize('🙂')).toMatchObject({ encoding: 'ucs-2', units: 2, segments: 1 });
    expect(smsSize('a'.repeat(66) + '🙂' + 'a'.repeat(5)).segments).toBe(2);
  });
});

describe('writing without accents', () => {
  it('turns a Spanish message back into GSM-7, keeping what the alphabet has', () => {
    const text = 'La migra está aquí. ¿Quién recoge a los niños? Llamen a mi abogado “ya”. Café.';
    const plain = withoutAccents(text);
    expect(plain).toBe('La migra esta aqui. ¿Quién recoge a los niños? Llamen a mi abogado "ya". Café.');
    expect(smsSize(text).encoding).toBe('ucs-2');
    expect(smsSize(plain).encoding).toBe('gsm-7');
  });

  it('leaves what has no plain form', () => {
    expect(withoutAccents('ok 🙂')).toBe('ok 🙂');
  });
});

describe('placeholders', () => {
  const values = {
    name: 'Ana',
    time: '3:40 p. m.',
    place: 'la casa',
    pickUp: 'Rosa',
    lawyer: '+1 213 555 0100',
  };

  it('fills the words of both languages, whatever their capitals', () => {
    const es = `Soy ${PLACEHOLDER_WORDS.es.name}. A las ${PLACEHOLDER_WORDS.es.time} en ${PLACEHOLDER_WORDS.es.place}. Recoge: [Quién recoge a los niños]. Abogado: ${PLACEHOLDER_WORDS.es.lawyer}.`;
    expect(fillMessage(es, values)).toEqual({
      text: 'Soy Ana. A las 3:40 p. m. en la casa. Recoge: Rosa. Abogado: +1 213 555 0100.',
      missing: [],
    });
    expect(fillMessage("It's [my name] at [TIME].", values).text).toBe("It's Ana at 3:40 p. m..");
  });

  it('leaves out a placeholder with no value, and names it', () => {
    const filled = fillMessage("I am [my name], at [where I am]. Call [my lawyer's number].", {
      name: 'Ana',
      place: ' ',
    });
    expect(filled.text).toBe('I am Ana, at. Call.');
    expect(filled.missing).toEqual(['place', 'lawyer']);
    expect(fillMessage('[my name] here.\nAt [time] ', {}).text).toBe('here.\nAt');
  });

  it('takes a value literally', () => {
    expect(fillMessage('[my name]', { name: '$& $1 [time]' }).text).toBe('$& $1 [time]');
  });
});

describe('the message a person gets', () => {
  const words = { readyMade: 'Ready [my name].', practiceMark: 'PRACTICE:' };
  const alert = { messages: { en: 'Mine [my name].', es: '' }, usePlanMessage: true, recipients: [] };

  it('is the raid plan’s family message where chosen (agents at home, detained), else the own, else ready-made', () => {
    expect(messageOf('detained', alert, ' Plan text ', 'en', words, 'en')).toBe('Plan text');
    expect(messageOf('home', alert, '', 'en', words, 'en')).toBe('Mine [my name].');
    expect(messageOf('work', alert, 'Plan text', 'en', words, 'en')).toBe('Mine [my name].');
    expect(messageOf('home', { ...alert, usePlanMessage: false }, 'Plan text', 'en', words, 'en')).toBe(
      'Mine [my name].',
    );
    expect(messageOf('home', alert, '', 'es', words, 'en')).toBe('Ready [my name].');
  });

  it('is the plan’s message only for people who read the plan’s language; the others get theirs', () => {
    // The plan was written on a Spanish screen: a Spanish reader gets it, an English one their own words.
    expect(messageOf('home', alert, 'Texto del plan', 'es', words, 'es')).toBe('Texto del plan');
    expect(messageOf('home', alert, 'Texto del plan', 'en', words, 'es')).toBe('Mine [my name].');
    // A French reader with nothing written in French: the ready-made message, not the plan's Spanish.
    expect(messageOf('detained', alert, 'Texto del plan', 'fr', words, 'es')).toBe('Ready [my name].');
  });

  it('marks practice as practice, whatever the person wrote, and puts the position where they are', () => {
    const sent = textToSend('practice', 'Hi from [my name] at [where I am].', words, {
      values: { name: 'Ana', place: 'home' },
      position: '29.42412, -98.49363',
      noAccents: false,
    });
    expect(sent.text).toBe('PRACTICE: Hi from Ana at home 29.42412, -98.49363.');
    const noPlace = textToSend('home', 'Agents here.', words, {
      values: {},
      position: '29.42412, -98.49363',
      noAccents: false,
    });
    expect(noPlace.text).toBe('Agents here.\n29.42412, -98.49363');
  });

  it('keeps the place typed where the message has no "where I am": at the end, with the position if found', () => {
    const planText = 'Agents are here. Pick up the kids.';
    const found = textToSend('home', planText, words, {
      values: { place: 'Walmart on 5th' },
      position: '29.42412, -98.49363',
      noAccents: false,
    });
    expect(found.text).toBe('Agents are here. Pick up the kids.\nWalmart on 5th 29.42412, -98.49363');
    // The position was not found: the typed words still go.
    const notFound = textToSend('safe', planText, words, {
      values: { place: 'Walmart on 5th' },
      noAccents: false,
    });
    expect(notFound.text).toBe('Agents are here. Pick up the kids.\nWalmart on 5th');
    // Location off (no place given): nothing is added.
    expect(textToSend('safe', planText, words, { values: {}, noAccents: false }).text).toBe(planText);
    // The message has "where I am": the place goes there, once.
    const there = textToSend('detained', 'I am at [where I am]. Bye.', words, {
      values: { place: 'Walmart on 5th' },
      noAccents: false,
    });
    expect(there.text).toBe('I am at Walmart on 5th. Bye.');
  });

  it('writes the lawyer’s office extension in a form a phone dials', () => {
    const lawyer = {
      id: 'l',
      name: 'Lic. Torres',
      phones: ['+12135550102;ext=45'],
      role: 'lawyer',
      order: 0,
    } as unknown as SavedContact;
    expect(savedValues([lawyer], 'Ana').lawyer).toBe('+12135550102,45');
    expect(savedValues([{ ...lawyer, phones: ['+12135550102'] }], 'Ana').lawyer).toBe('+12135550102');
  });

  it('offers one group text only when everyone texted gets the same words', () => {
    const person = (text: string) => ({ text, number: '+12135550100' }) as Outgoing;
    expect(oneTextForAll([person('Hola'), person('Hola')])).toBe('Hola');
    expect(oneTextForAll([person('Hola'), person('Hello')])).toBeUndefined();
  });

  it('goes in the language set for the person, else the screen’s, else English', () => {
    expect(messageLanguageOf('es')).toBe('es');
    expect(messageLanguageOf('xx')).toBe('en');
  });
});

describe('the locked alert', () => {
  it('drops the first sentence only when it holds the name placeholder', () => {
    expect(withoutNameSentence('[my name] here. Agents are at my home.', 'en')).toBe(
      'Agents are at my home.',
    );
    expect(withoutNameSentence('Soy [mi nombre]. La migra está en mi casa.', 'es')).toBe(
      'La migra está en mi casa.',
    );
    expect(withoutNameSentence('Agents are here. [my name].', 'en')).toBe('Agents are here. [my name].');
    expect(withoutNameSentence('No sentence end', 'en')).toBe('No sentence end');
  });
});
