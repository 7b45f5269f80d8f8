/**
 * The questions of the warrant check, in the order they are asked (the diagram numbers its places the same).
 */
export const QUESTIONS = ['court', 'judge', 'immigration', 'name'] as const;
export type Question = (typeof QUESTIONS)[number];
export type Answer = 'yes' | 'no' | 'unsure';
export type Answers = Partial<Record<Question, Answer>>;
export type Verdict = 'ice' | 'mismatch' | 'unsure' | 'judicial';

/** What one answer says about the paper: `clear` is the only answer that leaves "a judge's warrant" open. */
export type Sign = 'clear' | Exclude<Verdict, 'judicial'>;

/**
 * The decision table: what each answer to each question points to. A warrant from a judge names a federal or
 * state court at the top and is signed by a federal or state judge or magistrate; "Immigration Court", the
 * Executive Office for Immigration Review, Homeland Security or an "Immigration Judge" make it an immigration
 * paper (facts sheet §1b). The third question asks for those words outright, where §1b says to look (the
 * top, the signature, the form number), so that a hurried "yes" to "court" and "judge" on an
 * immigration-court paper is still caught. The fourth asks for the right address and a person who lives
 * there (arrest) or the places to be searched (search), not the reader's own name: a judge's warrant for
 * another person of the household is not a mismatch. "Not sure" is never `clear`.
 */
export const SIGNS: Readonly<Record<Question, Readonly<Record<Answer, Sign>>>> = {
  court: { yes: 'clear', no: 'ice', unsure: 'unsure' },
  judge: { yes: 'clear', no: 'ice', unsure: 'unsure' },
  immigration: { yes: 'ice', no: 'clear', unsure: 'unsure' },
  name: { yes: 'clear', no: 'mismatch', unsure: 'unsure' },
};

/**
 * When answers point different ways, the first of these wins: a sign of an immigration paper says the most,
 * then doubt (a paper we cannot place is not "a judge's warrant with a wrong address").
 */
const PRECEDENCE = ['ice', 'unsure', 'mismatch'] as const;

/**
 * What the answers say about the paper, as soon as they say enough (`undefined`: ask the next question).
 * Every verdict but `judicial` keeps the door closed; `judicial` needs all four answers, all `clear`.
 */
export function verdict(answers: Answers): Verdict | undefined {
  const signs = QUESTIONS.map((question) => {
    const answer = answers[question];
    return answer && SIGNS[question][answer];
  });
  const decided = PRECEDENCE.find((sign) => signs.includes(sign));
  if (decided) return decided;
  return signs.every((sign) => sign === 'clear') ? 'judicial' : undefined;
}

/** The next question still unanswered. */
export function nextQuestion(answers: Answers): Question | undefined {
  return QUESTIONS.find((question) => answers[question] === undefined);
}
