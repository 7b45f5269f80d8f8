/** The questions of the warrant check, in the order they are asked. */
export const QUESTIONS = ['court', 'judge', 'form', 'name'] as const;
export type Question = (typeof QUESTIONS)[number];
export type Answer = 'yes' | 'no' | 'unsure';
export type Verdict = 'ice' | 'mismatch' | 'unsure' | 'judicial';

/**
 * What the answers say about the paper, as soon as they say enough (`undefined`: ask the next question).
 * Any sign of an ICE (administrative) warrant decides it; doubt never leads to "open the door".
 */
export function verdict(answers: Partial<Record<Question, Answer>>): Verdict | undefined {
  const { court, judge, form, name } = answers;
  if (court === 'no' || judge === 'no' || form === 'yes') return 'ice';
  if (court === 'unsure' || judge === 'unsure' || form === 'unsure' || name === 'unsure') return 'unsure';
  if (name === 'no') return 'mismatch';
  if (court === 'yes' && judge === 'yes' && form === 'no' && name === 'yes') return 'judicial';
  return undefined;
}

/** The next question still unanswered. */
export function nextQuestion(answers: Partial<Record<Question, Answer>>): Question | undefined {
  return QUESTIONS.find((question) => answers[question] === undefined);
}
