import type { SourceKey } from './sources';

/**
 * The red card's side for the agent is always English (agents speak English), whatever the interface
 * language; these keys pick its sentences from `locales/en/card.json`, in order.
 */
export const AGENT_LINES = ['silent', 'door', 'search', 'sign', 'lawyer', 'rights'] as const;

/** The side for the holder, in their own language. */
export const READER_LINES = ['show', 'outside', 'silent', 'free', 'limits'] as const;

/**
 * Where the card's content comes from: the card's own text and how to use it (facts sheet §7), and which
 * judge's warrant counts, a federal or state judge's, not an immigration judge's (§1b).
 */
export const CARD_SOURCES: SourceKey[] = [
  'GVHC-ES',
  'II-KYR',
  'ILRC-CARD-TEXT',
  'ILRC-NYT',
  'LATINTIMES',
  'OLH-WARRANTS',
  'TELEMUNDO',
  'USIMMIGRATION-MY',
];
