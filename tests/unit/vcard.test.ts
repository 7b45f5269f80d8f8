import { describe, expect, it } from 'vitest';
import { toVCard } from '../../src/ui/vcard';
import type { Contact } from '../../src/storage/contact-record';

const contact = (fields: Partial<Contact> = {}): Contact => ({
  id: 'ana',
  name: 'Ana López',
  phones: ['+12135550100'],
  role: 'family',
  languages: '',
  notes: '',
  mayPickUpChildren: false,
  order: 0,
  ...fields,
});

/** The content lines of a vCard text, folded lines joined again as an importer does. */
function unfold(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('vCard export', () => {
  it('writes one vCard 3.0 per contact, with its name and number', () => {
    expect(toVCard([contact()])).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:;Ana López;;;',
        'FN:Ana López',
        'TEL;TYPE=CELL:+12135550100',
        'NOTE:Family',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('writes every contact, in the order given', () => {
    const text = toVCard([contact(), contact({ id: 'beto', name: 'Beto' })]);
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    expect(unfold(text).filter((line) => line.startsWith('FN:'))).toEqual(['FN:Ana López', 'FN:Beto']);
    expect(toVCard([])).toBe('');
  });

  it('writes one TEL per number', () => {
    const lines = unfold(toVCard([contact({ phones: ['+12135550100', '+525512345678'] })]));
    expect(lines.filter((line) => line.startsWith('TEL'))).toEqual([
      'TEL;TYPE=CELL:+12135550100',
      'TEL;TYPE=CELL:+525512345678',
    ]);
  });

  it('writes an office extension after a comma, the pause both phones dial it with', () => {
    const lines = unfold(toVCard([contact({ phones: ['+12135550100;ext=123'] })]));
    expect(lines.filter((line) => line.startsWith('TEL'))).toEqual(['TEL;TYPE=WORK:+12135550100,123']);
  });

  it('puts role, languages, "may pick up the children" and notes in the note, in the given words', () => {
    const card = contact({
      role: 'caregiver',
      languages: 'Spanish, Mixtec',
      mayPickUpChildren: true,
      notes: 'Neighbor in 4B',
    });
    expect(unfold(toVCard([card]))).toContain(
      'NOTE:Caregiver for the children\\nLanguages: Spanish\\, Mixtec\\nMay pick up the children\\nNeighbor in 4B',
    );
    const spanish = toVCard([card], {
      roles: {
        ...{ family: '', lawyer: '', 'rapid-response': '', consulate: '', employer: '', other: '' },
        caregiver: 'Cuida a los niños',
      },
      languages: 'Idiomas',
      mayPickUpChildren: 'Puede recoger a los niños',
    });
    expect(unfold(spanish)).toContain(
      'NOTE:Cuida a los niños\\nIdiomas: Spanish\\, Mixtec\\nPuede recoger a los niños\\nNeighbor in 4B',
    );
  });

  it('escapes backslash, comma, semicolon and line breaks in text', () => {
    const lines = unfold(
      toVCard([contact({ name: 'Pérez; Ana, "La Tía" \\o/', notes: 'line 1\r\nline 2\nline 3\r' })]),
    );
    expect(lines).toContain('FN:Pérez\\; Ana\\, "La Tía" \\\\o/');
    expect(lines).toContain('N:;Pérez\\; Ana\\, "La Tía" \\\\o/;;;');
    expect(lines).toContain('NOTE:Family\\nline 1\\nline 2\\nline 3');
  });

  it('keeps markup as literal text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const lines = unfold(toVCard([contact({ name: markup, notes: markup })]));
    expect(lines).toContain(`FN:${markup}`);
    expect(lines).toContain(`NOTE:Family\\n${markup}`);
  });

  it('keeps non-ASCII names as UTF-8 text', () => {
    const text = toVCard([contact({ name: 'José Núñez' })]);
    expect(unfold(text)).toContain('FN:José Núñez');
    expect(new TextDecoder().decode(new TextEncoder().encode(text))).toBe(text);
  });

  it('folds lines longer than 75 octets, and unfolding gives back the line', () => {
    const notes =
      'Call after 6 pm, she works days at the clinic on Main Street; ask for the nurse station. '.repeat(4);
    const text = toVCard([contact({ notes })]);
    const physical = text.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    const note = unfold(text).find((line) => line.startsWith('NOTE:'));
    expect(note).toBe(`NOTE:Family\\n${notes.trim().replace(/[,;]/g, (char) => `\\${char}`)}`);
  });

  it('never splits a multi-byte character or an escape when folding', () => {
    const nearTheEdge = [69, 70, 71, 72, 73].map((length) => `${'a'.repeat(length)}\\,;ñ😀`);
    for (const name of ['ñ'.repeat(120), 'José Núñez '.repeat(12), '😀'.repeat(50), ...nearTheEdge]) {
      const text = toVCard([contact({ name, notes: `${'x'.repeat(70)}\n${name}` })]);
      const physical = text.split('\r\n');
      for (const line of physical) {
        expect(octets(line)).toBeLessThanOrEqual(75);
        // Each physical line is valid UTF-8 on its own: no character cut in two.
        expect(() =>
          new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line)),
        ).not.toThrow();
        expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
        expect(line.replace(/\\\\/g, '')).not.toMatch(/\\$/);
      }
      expect(unfold(text)).toContain(`FN:${name.replace(/[\\,;]/g, (char) => `\\${char}`)}`);
    }
  });
});
