/**
 * When the red card, the warrant check and the help screen were last checked against the facts sheet.
 * (Each guide carries its own `lastReviewed`.)
 */
export const SCREENS_REVIEWED = '2026-12-05';
