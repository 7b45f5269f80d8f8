import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../../build/language-packs';
import {
  languagesToWrite,
  messageOf,
  textToSend,
  withoutNameSentence,
} from '../../src/features/alert/compose';
import { outgoing } from '../../src/features/alert/outgoing';
import type { AlertData } from '../../src/features/alert/use-alert-data';
import { readAllPackWords, readPackWords } from '../../src/features/alert/pack-words';
import { fillMessage, PLACEHOLDER_WORDS } from '../../src/features/alert/placeholders';
import { smsSize } from '../../src/features/alert/segments';
import { timeNow, wordsFor } from '../../src/features/alert/words';
import { PACK_CODES, PACK_LANGUAGES } from '../../src/i18n/pack-languages';
import { downloadPack, removePack } from '../../src/i18n/packs';
import { NEW_ALERT, SITUATIONS, type Alert } from '../../src/storage/alert-record';
import type { SavedContact } from '../../src/storage/contacts-store';
import { MESSAGE_LANGUAGES } from '../../src/storage/contact-record';
import { fakeCaches } from './support/fake-caches';

// Issue 16 with issue 13's alert: a contact's message may go in a whole-app pack language, in that
// pack's ready-made words; when the pack was removed from the phone, in the person's second language.

const WHOLE = PACK_CODES.filter((code) => PACK_LANGUAGES[code].tier === 'whole');
/** The message languages beyond English and Spanish (checked below to be exactly `WHOLE`). */
const PACKED = MESSAGE_LANGUAGES.filter((code) => code !== 'en' && code !== 'es');
const alertStrings = (language: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${language}/alert.json`, import.meta.url), 'utf8')) as {
    ready: Record<string, string>;
    practiceMark: string;
  };
const VALUES = { name: 'Ana', time: '3:09', place: 'Calle 5', pickUp: 'Rosa', lawyer: '+12135550100' };

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: {
      en: { translation: { alert: alertStrings('en') } },
      es: { translation: { alert: alertStrings('es') } },
    },
  });
  t = i18n.t;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Puts the built pack of `language` on the fake phone, as Settings → "Languages on this phone" does. */
async function addPack(language: 'fr' | 'ar' | 'zh-Hans') {
  const { json } = await buildPack(language);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(json)),
  );
  await downloadPack(language);
}

function onFakePhone() {
  vi.stubGlobal('caches', fakeCaches().caches);
  vi.stubGlobal('location', new URL('http://app.test/'));
}

describe('message languages', () => {
  it('are English, Spanish and every whole-app pack language, none of the emergency core', () => {
    expect(MESSAGE_LANGUAGES).toEqual(['en', 'es', ...WHOLE]);
  });

  it.each(PACKED)(
    '%s: every ready-made message fills, with no bracket left, with or without values',
    (code) => {
      const { ready } = alertStrings(code);
      for (const situation of SITUATIONS) {
        const message = ready[situation] ?? '';
        const filled = fillMessage(message, VALUES);
        expect(filled.text, situation).not.toMatch(/[[\]]/);
        expect(filled.text).toContain('Ana');
        expect(fillMessage(message, {}).text, situation).not.toMatch(/[[\]]/);
        // The locked alert has no name: the sentence that holds it goes.
        expect(withoutNameSentence(message, code)).not.toContain(PLACEHOLDER_WORDS[code].name);
      }
    },
  );
});

describe('a message in a pack language', () => {
  it('is the pack’s ready-made message, read from the phone, its placeholders and time filled in that language', async () => {
    onFakePhone();
    await addPack('fr');
    const packWords = await readAllPackWords(['fr', 'en', 'ko' as 'en']);
    expect([...packWords.keys()]).toEqual(['fr']);
    const chosen = wordsFor(t, 'home', 'fr', packWords, 'es');
    expect(chosen.language).toBe('fr');
    expect(chosen.notOnPhone).toBeUndefined();
    const message = messageOf('home', NEW_ALERT, '', chosen.language, chosen.words, 'en');
    expect(message).toBe(alertStrings('fr').ready['home']);
    const time = timeNow('fr', new Date(2026, 2, 14, 15, 9));
    expect(time).toBe('15:09');
    const { text } = textToSend('home', message, chosen.words, {
      values: { ...VALUES, time },
      noAccents: false,
    });
    expect(text).toBe(
      'C’est Ana. Des agents de l’immigration sont chez moi maintenant (15:09). Je n’ouvre pas la porte. ' +
        'Appelez mon avocat, s’il vous plaît\u00a0: +12135550100.\nCalle 5',
    );
    // ("home" has no place placeholder: the place typed goes at the end, never dropped.)
    // The curly apostrophe is outside GSM-7: the whole text goes as UCS-2, 67 characters a part.
    expect(smsSize(text)).toMatchObject({ encoding: 'ucs-2', segments: Math.ceil(text.length / 67) });
  });

  it('is marked as practice with the pack’s own mark', async () => {
    onFakePhone();
    await addPack('fr');
    const chosen = wordsFor(t, 'practice', 'fr', await readAllPackWords(['fr']), 'en');
    const message = messageOf('practice', NEW_ALERT, '', chosen.language, chosen.words, 'en');
    const { text } = textToSend('practice', message, chosen.words, { values: VALUES, noAccents: false });
    expect(text.startsWith('ENTRAÎNEMENT\u00a0: C’est Ana.')).toBe(true);
  });

  it('in Arabic and Chinese counts as UCS-2: 70 characters in one message, 67 a part', async () => {
    onFakePhone();
    for (const language of ['ar', 'zh-Hans'] as const) {
      await addPack(language);
      const chosen = wordsFor(t, 'safe', language, await readAllPackWords([language]), 'en');
      const { text } = textToSend('safe', chosen.words.readyMade, chosen.words, {
        values: VALUES,
        noAccents: false,
      });
      expect(text).toContain('Ana');
      const size = smsSize(text);
      expect(size.encoding).toBe('ucs-2');
      expect(size.segments).toBe(text.length <= 70 ? 1 : Math.ceil(text.length / 67));
    }
  });
});

describe('a pack language whose pack is not on the phone', () => {
  it('sends the message in the person’s second language, and says which language it wanted', async () => {
    onFakePhone();
    expect(await readPackWords('fr')).toBeUndefined();
    const chosen = wordsFor(t, 'home', 'fr', await readAllPackWords(['fr']), 'es');
    expect(chosen.language).toBe('es');
    expect(chosen.notOnPhone).toBe('fr');
    expect(chosen.words.readyMade).toBe(alertStrings('es').ready['home']);
  });

  it('falls back once the pack is removed, though this page read it before', async () => {
    onFakePhone();
    await addPack('fr');
    expect(await readPackWords('fr')).toBeDefined();
    await removePack('fr');
    expect(await readPackWords('fr')).toBeUndefined();
    const chosen = wordsFor(t, 'home', 'fr', await readAllPackWords(['fr']), 'en');
    expect(chosen).toMatchObject({ language: 'en', notOnPhone: 'fr' });
  });

  it('English and Spanish never fall back: the app has them', () => {
    const chosen = wordsFor(t, 'home', 'es', new Map(), 'en');
    expect(chosen.language).toBe('es');
    expect(chosen.notOnPhone).toBeUndefined();
  });
});

describe('the person’s own message in a pack language', () => {
  const MARIE: SavedContact = {
    id: 'marie',
    name: 'Marie Joseph',
    phones: ['+13055550123'],
    role: 'family',
    languages: '',
    notes: '',
    mayPickUpChildren: false,
    order: 0,
    messageLanguage: 'fr',
    rev: 1,
  };
  const OWN_FRENCH = 'C’est [mon nom], à [heure]. Les agents sont là. Gardez les enfants chez vous.';
  const home: Alert = {
    messages: { en: '', es: '', fr: OWN_FRENCH },
    usePlanMessage: true,
    recipients: ['marie'],
  };
  const dataWith = (alert: Alert, packWords: AlertData['packWords']): AlertData => ({
    contacts: [MARIE],
    alerts: {
      alerts: new Map([['home', { ...alert, rev: 1 }]]),
      sender: { name: 'Ana', rev: 1 },
      unreadable: 0,
    },
    planMessage: '',
    packWords,
  });
  const onAndroid = () =>
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (Linux; Android 14)', languages: ['en-US'] });

  it('goes to a contact set to French, in the sms: link, its placeholders filled, instead of the pack’s ready-made one', async () => {
    onFakePhone();
    onAndroid();
    await addPack('fr');
    const [marie] = outgoing(t, 'home', home, dataWith(home, await readAllPackWords(['fr'])), 'en');
    expect(marie).toMatchObject({ language: 'fr', notOnPhone: undefined });
    expect(marie?.text).toMatch(
      /^C’est Ana, à \d{1,2}:\d{2}\. Les agents sont là\. Gardez les enfants chez vous\.$/,
    );
    expect(decodeURIComponent(marie?.href.split('?body=')[1] ?? '')).toBe(marie?.text);
    // Left as the ready-made one (absent, or ''), the pack's words go, as before.
    for (const messages of [
      { en: '', es: '' },
      { en: '', es: '', fr: '  ' },
    ]) {
      const readyMade = { ...home, messages };
      const [again] = outgoing(
        t,
        'home',
        readyMade,
        dataWith(readyMade, await readAllPackWords(['fr'])),
        'en',
      );
      expect(again?.text.startsWith('C’est Ana. Des agents de l’immigration sont chez moi')).toBe(true);
    }
  });

  it('goes as written though the pack was removed since: no line says the message changed language', () => {
    onFakePhone();
    onAndroid();
    const [marie] = outgoing(t, 'home', home, dataWith(home, new Map()), 'en');
    expect(marie).toMatchObject({ language: 'fr', notOnPhone: undefined });
    expect(marie?.text.startsWith('C’est Ana, à ')).toBe(true);
    // Not written: the second language's ready-made message, and the screen says so.
    const readyMade = { ...home, messages: { en: '', es: '' } };
    const [fallback] = outgoing(t, 'home', readyMade, dataWith(readyMade, new Map()), 'en');
    expect(fallback).toMatchObject({ language: 'en', notOnPhone: 'fr' });
  });

  it('gets a box on the set-up screen only where needed: the screen’s language first, a chosen person’s, one written', () => {
    const french = (language: string) => language === 'fr';
    const none = () => false;
    const nobody = { ...NEW_ALERT, recipients: [] };
    expect(languagesToWrite(nobody, [MARIE], 'en', french)).toEqual(['en', 'es']);
    expect(languagesToWrite(nobody, [MARIE], 'es', french)).toEqual(['es', 'en']);
    expect(languagesToWrite(nobody, [MARIE], 'fr', french)).toEqual(['fr', 'en', 'es']);
    expect(languagesToWrite({ ...nobody, recipients: ['marie'] }, [MARIE], 'en', french)).toEqual([
      'en',
      'es',
      'fr',
    ]);
    // French removed from the phone: no ready-made French to start from, so no box, unless already written.
    expect(languagesToWrite({ ...nobody, recipients: ['marie'] }, [MARIE], 'en', none)).toEqual(['en', 'es']);
    expect(languagesToWrite(home, [MARIE], 'en', none)).toEqual(['en', 'es', 'fr']);
    // A core language's screen (the alert opens in English there): English and Spanish.
    expect(languagesToWrite(nobody, [], 'ko', none)).toEqual(['en', 'es']);
  });
});
