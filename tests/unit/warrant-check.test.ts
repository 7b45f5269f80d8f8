import { describe, expect, it } from 'vitest';
import { nextQuestion, verdict } from '../../src/features/warrant/warrant-check';

describe('warrant check', () => {
  it('asks the questions in order until the answers decide', () => {
    expect(nextQuestion({})).toBe('court');
    expect(verdict({})).toBeUndefined();
    expect(nextQuestion({ court: 'yes' })).toBe('judge');
    expect(verdict({ court: 'yes', judge: 'yes' })).toBeUndefined();
  });

  it('any sign of an ICE paper means an ICE warrant', () => {
    expect(verdict({ court: 'no' })).toBe('ice');
    expect(verdict({ court: 'yes', judge: 'no' })).toBe('ice');
    expect(verdict({ court: 'yes', judge: 'yes', form: 'yes' })).toBe('ice');
  });

  it('doubt never ends in "this looks like a judge\'s warrant"', () => {
    expect(verdict({ court: 'unsure' })).toBe('unsure');
    expect(verdict({ court: 'yes', judge: 'yes', form: 'no', name: 'unsure' })).toBe('unsure');
  });

  it('a court paper signed by a judge with the wrong name or address does not match', () => {
    expect(verdict({ court: 'yes', judge: 'yes', form: 'no', name: 'no' })).toBe('mismatch');
  });

  it("only four clear answers make it look like a judge's warrant", () => {
    expect(verdict({ court: 'yes', judge: 'yes', form: 'no', name: 'yes' })).toBe('judicial');
  });
});
