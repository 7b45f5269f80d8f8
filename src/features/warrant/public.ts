/*
 * The warrant check (`/warrant`) as other features use it: the incident record asks for a check and takes
 * its answer back (asked-check.ts). The screen itself is the app's route (src/app/App.tsx).
 */
export { askCheck, takeAnswer, type CheckAnswer } from './asked-check';
export { QUESTIONS as WARRANT_QUESTIONS, type Answers, type Verdict } from './warrant-check';
