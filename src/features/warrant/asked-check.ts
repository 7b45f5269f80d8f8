import type { Answers, Verdict } from './warrant-check';

/** What the check found: its verdict, and the answers that led to it. */
export interface CheckAnswer {
  verdict: Verdict;
  answers: Answers;
}

/**
 * A check another screen asked for (the incident record): the address to go back to, what that screen
 * keeps meanwhile (`draft`: a record saved while locked, which no one can read back from the phone), and,
 * once the person keeps it, the answer. In this page's memory only: never in the address (the answer is
 * the person's), on disk or in another tab. A reload forgets it, and the check is the one used on its own.
 */
let asked: { back: string; draft: unknown; answer?: CheckAnswer } | undefined;

/** Asks for a check whose answer goes back to the screen at `back` (an address with no personal data). */
export function askCheck(back: string, draft?: unknown): void {
  asked = { back, draft };
}

/** The address of the screen that asked for the check now open; `undefined` for the check on its own. */
export function askedBy(): string | undefined {
  return asked && !asked.answer ? asked.back : undefined;
}

/** Keeps the check's answer for the screen that asked; returns where to go back to. */
export function keepAnswer(answer: CheckAnswer): string | undefined {
  if (!asked) return undefined;
  asked.answer = answer;
  return asked.back;
}

/** The check was left without keeping its answer: the request and its draft are forgotten. */
export function leaveCheck(): void {
  if (!asked?.answer) asked = undefined;
}

/**
 * The answer kept for the screen at `back`, with the draft it gave `askCheck` (a `D`, as that screen
 * gave it), once: after this nothing of the request is left in memory.
 */
export function takeAnswer<D>(back: string): { answer: CheckAnswer; draft: D | undefined } | undefined {
  const found = asked;
  if (found?.back !== back || !found.answer) return undefined;
  asked = undefined;
  return { answer: found.answer, draft: found.draft as D | undefined };
}
