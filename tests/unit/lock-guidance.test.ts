import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_CONTACTS, OPEN_LIST_ROOM } from '../../src/storage/open-numbers';

// Issue 11: the PIN guidance is the same claim on screen, in every language that has the lock's screens,
// as in the README: a copy of the phone finds a 6-digit PIN in minutes (not "hours") to days.

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const pinLine = (language: string): string =>
  (
    JSON.parse(readFileSync(new URL(`../../locales/${language}/lock.json`, import.meta.url), 'utf8')) as {
      privacy: { pin: string };
    }
  ).privacy.pin;

/** "Minutes", as each language's line says it. */
const MINUTES = {
  en: 'minutes',
  es: 'minutos',
  fr: 'minutes',
  ht: 'minit',
  'pt-BR': 'minutos',
  'zh-Hans': '分钟',
  vi: 'phút',
  ar: 'دقائق',
};

describe('the PIN guidance', () => {
  it('README says a 6-digit PIN falls in minutes to days', () => {
    expect(readme).toContain('A 6-digit PIN falls in minutes to days');
  });

  it.each(Object.entries(MINUTES))('the screen says minutes too, in %s', (language, minutes) => {
    expect(pinLine(language)).toContain(minutes);
  });
});

describe("README's emergency numbers while locked", () => {
  it('names everyone the open list keeps, and how many at most', () => {
    const section = readme.slice(readme.indexOf('**Emergency numbers while locked'));
    const said = section.slice(0, section.indexOf('  - **')).replace(/\s+/g, ' ');
    expect(FIRST_CONTACTS).toBe(3);
    expect(said).toContain('the first lawyer, the local rapid-response line, the first three contacts');
    expect(said).toContain("every contact the alert's set-up sends to");
    expect(said).toContain(`(${OPEN_LIST_ROOM} at most`);
    // What is kept of each: the open list's fields (open-numbers.ts: name, number, role, landline).
    expect(said).toContain('only the name, the first number, the role and whether it is a landline');
  });
});
