import type { SourceKey } from './sources';

/**
 * The red card's side for the agent is always English (agents speak English), whatever the interface
 * language; these keys pick its sentences from `locales/en/card.json`, in order.
 */
export const AGENT_LINES = ['silent', 'door', 'search', 'sign', 'lawyer', 'rights'] as const;

/** The side for the holder, in their own language. */
export const READER_LINES = ['show', 'outside', 'silent', 'free', 'limits'] as const;

/** Where the card's content comes from (facts sheet §7). */
export const CARD_SOURCES: SourceKey[] = [
  'GVHC-ES',
  'II-KYR',
  'ILRC-NYT',
  'LATINTIMES',
  'TELEMUNDO',
  'USIMMIGRATION-MY',
];
