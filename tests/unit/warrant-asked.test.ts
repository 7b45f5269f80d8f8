import { afterEach, describe, expect, it } from 'vitest';
import { askCheck, takeAnswer } from '../../src/features/warrant/public';
import { askedBy, keepAnswer, leaveCheck } from '../../src/features/warrant/asked-check';

const answer = { verdict: 'ice' as const, answers: { court: 'no' as const } };

describe('a warrant check asked for by a record', () => {
  afterEach(() => leaveCheck());

  it('gives its answer, with the draft, back to the record that asked, once', () => {
    askCheck('/record/r1', { held: 1 });
    expect(askedBy()).toBe('/record/r1');
    expect(keepAnswer(answer)).toBe('/record/r1');
    expect(takeAnswer('/record/r2')).toBeUndefined();
    expect(takeAnswer('/record/r1')).toEqual({ answer, draft: { held: 1 } });
    expect(takeAnswer('/record/r1')).toBeUndefined();
  });

  it('is forgotten, draft and all, when the check is left without keeping its answer', () => {
    askCheck('/record/r1', { held: 1 });
    leaveCheck();
    expect(askedBy()).toBeUndefined(); // the check opened next is the one on its own
    expect(keepAnswer(answer)).toBeUndefined();
    expect(takeAnswer('/record/r1')).toBeUndefined();
  });
});
