import { describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  nextQuestion,
  verdict,
  type Answer,
  type Answers,
  type Verdict,
} from '../../src/features/warrant/warrant-check';

const ANSWERS: Answer[] = ['yes', 'no', 'unsure'];

/** Every combination of answers: each question yes, no, not sure, or not answered yet (4 × 4 × 4 × 4). */
const ALL: Answers[] = QUESTIONS.reduce<Answers[]>(
  (combinations, question) =>
    combinations.flatMap((answers) => [
      answers,
      ...ANSWERS.map((answer) => ({ ...answers, [question]: answer })),
    ]),
  [{}],
);

const show = (answers: Answers) =>
  QUESTIONS.map((question) => `${question}:${answers[question] ?? '-'}`).join(' ');

/**
 * The rule the table must follow, written apart from it from the facts sheet (§1b): anything that points to an
 * immigration paper decides; then any doubt; then a wrong name or address; a judge's warrant only when all four
 * answers are clear; otherwise the check goes on.
 */
function expected({ court, judge, immigration, name }: Answers): Verdict | undefined {
  if (court === 'no' || judge === 'no' || immigration === 'yes') return 'ice';
  if ([court, judge, immigration, name].includes('unsure')) return 'unsure';
  if (name === 'no') return 'mismatch';
  if (court === 'yes' && judge === 'yes' && immigration === 'no' && name === 'yes') return 'judicial';
  return undefined;
}

/** The combinations where a check disagrees with the rule. */
const disagreements = (check: (answers: Answers) => Verdict | undefined) =>
  ALL.filter((answers) => check(answers) !== expected(answers)).map(show);

/** Every way through the screen, question by question in order, as "answers → verdict". */
function paths(answers: Answers = {}): [string, Verdict][] {
  const result = verdict(answers);
  if (result) return [[show(answers), result]];
  const question = nextQuestion(answers);
  if (!question) throw new Error(`no verdict and no question left: ${show(answers)}`);
  return ANSWERS.flatMap((answer) => paths({ ...answers, [question]: answer }));
}

describe('warrant decision table', () => {
  it('walks all 256 combinations of answers, and each has the verdict of the rule', () => {
    expect(ALL).toHaveLength(256);
    expect(new Set(ALL.map(show)).size).toBe(256);
    expect(disagreements(verdict)).toEqual([]);
    const tally: Record<string, number> = {};
    for (const answers of ALL) {
      const result = verdict(answers) ?? 'ask on';
      tally[result] = (tally[result] ?? 0) + 1;
    }
    expect(tally).toEqual({ ice: 148, unsure: 84, mismatch: 8, judicial: 1, 'ask on': 15 });
  });

  it('only four clear answers reach "looks like a judge\'s warrant"', () => {
    expect(ALL.filter((answers) => verdict(answers) === 'judicial').map(show)).toEqual([
      'court:yes judge:yes immigration:no name:yes',
    ]);
  });

  it('once the answers say "keep the door closed", no later answer can open it', () => {
    for (const answers of ALL) {
      const result = verdict(answers);
      if (!result || result === 'judicial') continue;
      const later = ALL.filter((more) => QUESTIONS.every((q) => !answers[q] || more[q] === answers[q]));
      expect(later.filter((more) => verdict(more) === 'judicial').map(show), show(answers)).toEqual([]);
    }
  });

  it('asked in order, the screen has nine ways through, each ending in a verdict', () => {
    expect(Object.fromEntries(paths())).toEqual({
      'court:no judge:- immigration:- name:-': 'ice',
      'court:unsure judge:- immigration:- name:-': 'unsure',
      'court:yes judge:no immigration:- name:-': 'ice',
      'court:yes judge:unsure immigration:- name:-': 'unsure',
      'court:yes judge:yes immigration:yes name:-': 'ice',
      'court:yes judge:yes immigration:unsure name:-': 'unsure',
      'court:yes judge:yes immigration:no name:yes': 'judicial',
      'court:yes judge:yes immigration:no name:no': 'mismatch',
      'court:yes judge:yes immigration:no name:unsure': 'unsure',
    });
  });

  it('the walk catches a wrong table', () => {
    // A check that ignores the immigration words, as the old one did, lets the immigration-court paper
    // through when "court" and "judge" get a hurried yes.
    const ignoresImmigrationWords = (answers: Answers) =>
      verdict(answers.immigration === 'yes' ? { ...answers, immigration: 'no' } : answers);
    expect(disagreements(ignoresImmigrationWords)).toContain('court:yes judge:yes immigration:yes name:yes');
    // A check that takes "not sure" about the court for a yes.
    const trustsDoubt = (answers: Answers) =>
      verdict(answers.court === 'unsure' ? { ...answers, court: 'yes' } : answers);
    expect(disagreements(trustsDoubt)).toContain('court:unsure judge:yes immigration:no name:yes');
  });
});
