/**
 * The contract every guide file must meet, in every language.
 * Guide files live in `locales/<lang>/guides/<id>.ts`; `locales/README.md` explains how to add one.
 */
import type { SourceKey } from '../../locales/sources';

/** A sentence to say to an agent. Agents speak English, so `english` is always English. */
export interface Phrase {
  /** The exact English words to say or show. */
  english: string;
  /** What it means, in the guide's language. Required in every language but English, forbidden in English. */
  meaning?: string;
}

/** A piece of nuance. Policy that changed or may change carries the date it took effect. */
export interface Note {
  text: string;
  /**
   * When the policy the note describes took effect, shown as "Since <date>": YYYY-MM-DD, or YYYY-MM
   * when the facts sheet gives only the month (never a made-up day).
   */
  since?: string;
  /**
   * A rule of one state's law, by postal code (`CA`; src/features/plan/us-states.ts lists them): shown to a
   * family that said it lives there, and to one that has not said its state (never hidden from someone who
   * did not answer). The same in every language.
   */
  onlyInState?: string;
}

/** The short block an encounter guide opens with. */
export interface RightNow {
  /** One action each, at most 25 words; at most three. */
  steps: string[];
  /** At most two. */
  sayThis: Phrase[];
}

/** Screens of the app a guide step can send the person to (their link words are interface strings). */
export type StepLinkTarget = 'warrant' | 'card' | 'record' | 'alert';

/** A step another screen helps with: the link is shown inside that step. Same in every language. */
export interface StepLink {
  /** Which list the step is in. */
  list: 'rightNow' | 'steps';
  /** The step's index in that list, from 0. */
  step: number;
  to: StepLinkTarget;
}

export interface Guide {
  /** Kebab-case, the same in every language; it is also the URL: `/guides/<id>`. */
  id: string;
  title: string;
  /** One line that says what the guide is for. */
  summary: string;
  /**
   * Encounter guides only: what a person reads first, during the encounter. At most three steps and the
   * two English phrases that matter most; everything else follows below it.
   */
  rightNow?: RightNow;
  /** What to do now: ordered, one action each, at most 25 words. */
  steps: string[];
  /** Steps that open another screen of the app (the door guide's warrant step opens the warrant check). */
  stepLinks?: StepLink[];
  /** Preparation that is not for the encounter itself, shown after it under its own heading. Same limits. */
  prepare?: string[];
  sayThis: Phrase[];
  doNot: string[];
  goodToKnow: Note[];
  /** Keys of `locales/sources.ts` this guide relies on. */
  sources: SourceKey[];
  /** ISO date (YYYY-MM-DD) the guide was last checked against the facts sheet. */
  lastReviewed: string;
}

/**
 * An emergency-core language's guide (locales/core.ts): an encounter guide's title, summary and "right
 * now" block only. The rest of the guide shows in the person's second language, below it.
 */
export type CoreGuide = Pick<Guide, 'id' | 'title' | 'summary' | 'lastReviewed'> & { rightNow: RightNow };

/** Who translated a language folder, from which English, and whether its legal content was reviewed. */
export interface TranslationAbout {
  /** Who wrote the translation, plainly (a person, an organization, or machine translation). */
  translatedBy: string;
  /** The English it was translated from: the project's commit of `locales/en` (short hash). */
  fromEnglish: string;
  /** When it was translated (YYYY-MM-DD). */
  on: string;
  /** A fluent speaker with legal knowledge who checked it against the English, or null: not yet. */
  review: null | { by: string; on: string };
}
