import { describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  nextQuestion,
  verdict,
  type Answer,
  type Answers,
  type Question,
  type Verdict,
} from '../../src/features/warrant/warrant-check';
import en from '../../locales/en/warrant.json';

/** A paper shown at the door, as the facts sheet (§1b) describes the two kinds. */
interface Paper {
  top: string;
  signedBy: string;
  form?: 'I-200' | 'I-205';
  rightNameAndAddress: boolean;
}

const IMMIGRATION_COURT: Paper = {
  top: 'Immigration Court, Executive Office for Immigration Review',
  signedBy: 'Immigration Judge',
  rightNameAndAddress: true,
};
const I_200: Paper = {
  top: 'U.S. Department of Homeland Security',
  signedBy: 'Authorized Immigration Officer',
  form: 'I-200',
  rightNameAndAddress: true,
};
const I_205: Paper = { ...I_200, form: 'I-205' };
const DISTRICT_COURT: Paper = {
  top: 'United States District Court',
  signedBy: 'U.S. Magistrate Judge',
  rightNameAndAddress: true,
};
const STATE_COURTS: Paper[] = [
  { top: 'Superior Court of California', signedBy: 'Judge of the Superior Court', rightNameAndAddress: true },
  { top: 'Supreme Court of the State of New York', signedBy: 'Justice', rightNameAndAddress: true },
];

/** Someone who reads the paper as the help texts say: only federal or state courts and judges count. */
function careful(paper: Paper, question: Question): Answer {
  const immigration = /Immigration|Homeland Security/.test(`${paper.top} ${paper.signedBy}`);
  switch (question) {
    case 'court':
      return /Court/.test(paper.top) && !immigration ? 'yes' : 'no';
    case 'judge':
      return /Judge|Justice/.test(paper.signedBy) && !immigration ? 'yes' : 'no';
    case 'immigration':
      return immigration || paper.form ? 'yes' : 'no';
    case 'name':
      return paper.rightNameAndAddress ? 'yes' : 'no';
  }
}

/** Someone in a hurry who sees "Court" and "Judge" and answers yes, but can still spot a word asked for. */
function hurried(paper: Paper, question: Question): Answer {
  if (question === 'court') return /Court/.test(paper.top) ? 'yes' : 'no';
  if (question === 'judge') return /Judge/.test(paper.signedBy) ? 'yes' : 'no';
  return careful(paper, question);
}

/** The screen's loop: ask the next question until the answers decide. */
function check(answerOf: (question: Question) => Answer): { verdict: Verdict; asked: Question[] } {
  const answers: Answers = {};
  for (;;) {
    const result = verdict(answers);
    if (result) return { verdict: result, asked: Object.keys(answers) as Question[] };
    const question = nextQuestion(answers);
    if (!question) throw new Error('all questions answered and still no verdict');
    answers[question] = answerOf(question);
  }
}

/**
 * The check as it was before the facts sheet's correction of 2026-12-05, kept here to prove the bug: its
 * questions asked only whether the top named "a court" and whether "a judge" signed.
 */
function oldCheck(paper: Paper): Verdict | undefined {
  const court = /Court/.test(paper.top);
  const judge = /Judge/.test(paper.signedBy);
  if (!court || !judge || paper.form) return 'ice';
  return paper.rightNameAndAddress ? 'judicial' : 'mismatch';
}

describe('warrant check', () => {
  it('asks the questions in order until the answers decide', () => {
    expect(nextQuestion({})).toBe('court');
    expect(verdict({})).toBeUndefined();
    expect(nextQuestion({ court: 'yes' })).toBe('judge');
    expect(verdict({ court: 'yes', judge: 'yes' })).toBeUndefined();
    expect(nextQuestion({ court: 'yes', judge: 'yes' })).toBe('immigration');
    expect(nextQuestion({ court: 'yes', judge: 'yes', immigration: 'no' })).toBe('name');
    expect(nextQuestion({ court: 'yes', judge: 'yes', immigration: 'no', name: 'yes' })).toBeUndefined();
  });

  it('an Immigration Court paper signed by an Immigration Judge is an immigration paper', () => {
    // The bug: the old questions let this paper through as a judge's warrant that lets agents in.
    expect(oldCheck(IMMIGRATION_COURT)).toBe('judicial');
    expect(check((q) => careful(IMMIGRATION_COURT, q))).toEqual({ verdict: 'ice', asked: ['court'] });
    // Even a "yes" to "court" and "judge" in a hurry is caught by the words "Immigration Court".
    expect(check((q) => hurried(IMMIGRATION_COURT, q))).toEqual({
      verdict: 'ice',
      asked: ['court', 'judge', 'immigration'],
    });
  });

  it('Forms I-200 and I-205 are ICE warrants, however they are read', () => {
    for (const paper of [I_200, I_205]) {
      expect(oldCheck(paper)).toBe('ice');
      expect(check((q) => careful(paper, q)).verdict).toBe('ice');
      expect(check((q) => hurried(paper, q)).verdict).toBe('ice');
    }
    // Someone who misreads the top and the signature still stops at the form number.
    expect(verdict({ court: 'yes', judge: 'yes', immigration: 'yes' })).toBe('ice');
  });

  it('a U.S. District Court warrant with the wrong address or name does not match', () => {
    const wrong = { ...DISTRICT_COURT, rightNameAndAddress: false };
    expect(check((q) => careful(wrong, q))).toEqual({ verdict: 'mismatch', asked: [...QUESTIONS] });
  });

  it("federal and state court warrants with all four clear answers look like a judge's warrant", () => {
    for (const paper of [DISTRICT_COURT, ...STATE_COURTS]) {
      expect(check((q) => careful(paper, q))).toEqual({ verdict: 'judicial', asked: [...QUESTIONS] });
    }
  });

  it('"Not sure" to any question ends the check there: keep the door closed', () => {
    const clear: Record<Question, Answer> = { court: 'yes', judge: 'yes', immigration: 'no', name: 'yes' };
    for (const [index, question] of QUESTIONS.entries()) {
      const result = check((q) => (q === question ? 'unsure' : clear[q]));
      expect(result, question).toEqual({ verdict: 'unsure', asked: QUESTIONS.slice(0, index + 1) });
    }
  });

  describe('the name question: a person who lives here, not your own name (facts sheet §1b)', () => {
    /** Who a judge's warrant names: the reader, another person of the household, or only places. */
    type Named = 'reader' | 'householdMember' | 'places' | 'stranger';
    const warrantNaming = (named: Named) => ({ ...DISTRICT_COURT, named });

    /** Someone who answers the name question as it is written on the screen (English). */
    function literal(paper: Paper & { named: Named }, question: Question): Answer {
      if (question !== 'name') return careful(paper, question);
      const asked = en.questions.name.text;
      if (/\byour\b[^?]*\bname\b/i.test(asked)) return paper.named === 'reader' ? 'yes' : 'no';
      return paper.named === 'stranger' ? 'no' : 'yes';
    }

    it("a judge's warrant naming another person who lives here, or only the places to search, is not a mismatch", () => {
      for (const named of ['reader', 'householdMember', 'places'] as const)
        expect(
          check((q) => literal(warrantNaming(named), q)),
          named,
        ).toEqual({
          verdict: 'judicial',
          asked: [...QUESTIONS],
        });
    });

    it('a warrant naming no one who lives here still does not match: the door stays closed', () => {
      expect(check((q) => literal(warrantNaming('stranger'), q)).verdict).toBe('mismatch');
    });

    it('the result never says to resist, whatever the answers', () => {
      const answers: Answer[] = ['yes', 'no', 'unsure'];
      for (const court of answers)
        for (const judge of answers)
          for (const immigration of answers)
            for (const name of answers) {
              const result = verdict({ court, judge, immigration, name });
              const shown = result && en.results[result];
              if (!shown) continue;
              const words = [...shown.steps, shown.note].join(' ');
              expect(words.replace(/do not resist/gi, ''), result).not.toMatch(/resist/i);
            }
    });
  });
});
