import * as v from 'valibot';
import { ContactSchema, MESSAGE_LANGUAGES, type MessageLanguage } from './contact-record';
import { FROM_FILE } from './from-file';
import { safeMultilineText, safeText } from './safe-text';

/**
 * The alert set-up (issue 13, database version 7): for each situation, the message in each language and
 * who gets it (since shape 2 in the pack languages too: `MessagesSchema`). Personal data: sealed by the
 * codec like every record, so locked with the rest.
 */
export const SITUATIONS = ['home', 'detained', 'work', 'safe', 'practice'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** The situations whose message the raid plan's "message my family should receive" may be. */
export const PLAN_MESSAGE_SITUATIONS: readonly Situation[] = ['home', 'detained'];

export { MESSAGE_LANGUAGES, type MessageLanguage };

/**
 * The languages every phone has, the app's built-in two: their messages are always in `messages`, and a
 * message for a pack language whose pack was removed goes in one of them (the person's second language).
 */
export const BUILT_IN_LANGUAGES = ['en', 'es'] as const satisfies readonly MessageLanguage[];
export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

/** A message stays short (prepaid plans pay per part); recipients are chosen from the contacts. */
export const ALERT_LIMITS = { message: 1000, recipients: 50 } as const;

const message = v.pipe(safeMultilineText, v.maxLength(ALERT_LIMITS.message));
/** Since alerts shape 2, the person's own message in a whole-app pack language: absent when not written. */
const packMessage = v.optional(message);

/**
 * The message per language, as the person wrote it (every message language since alerts shape 2; English
 * and Spanish before); `''`, or absent for a pack language: the ready-made one, in the app's words.
 */
export const MessagesSchema = v.strictObject({
  en: message,
  es: message,
  ht: packMessage,
  'pt-BR': packMessage,
  'zh-Hans': packMessage,
  vi: packMessage,
  fr: packMessage,
  ar: packMessage,
} satisfies Record<MessageLanguage, unknown>);

export const AlertSchema = v.strictObject({
  messages: MessagesSchema,
  /**
   * For `home` and `detained`: send the raid plan's family message (one source, kept in the plan)
   * instead of `messages`, whenever the plan has one. Ignored for the other situations.
   */
  usePlanMessage: v.boolean(),
  /** Contact ids, in the order they are sent to; a contact deleted since is skipped. */
  recipients: v.pipe(v.array(ContactSchema.entries.id), v.maxLength(ALERT_LIMITS.recipients)),
});
export type Alert = v.InferOutput<typeof AlertSchema>;

/** An alert as stored: one a backup file brought in is marked until the person saves it. */
export const StoredAlertSchema = v.strictObject({ ...AlertSchema.entries, fromFile: FROM_FILE });
export type StoredAlert = v.InferOutput<typeof StoredAlertSchema>;
export const isStoredAlert = (value: unknown): value is StoredAlert => v.is(StoredAlertSchema, value);

/**
 * What the placeholder "my name" is filled with: the name the family knows the person by. Kept once
 * for every situation, under the key `SENDER_KEY` in the same store.
 */
export const SENDER_KEY = 'sender';
export const SenderSchema = v.strictObject({ name: v.pipe(safeText, v.trim(), v.maxLength(100)) });
export type Sender = v.InferOutput<typeof SenderSchema>;
export const StoredSenderSchema = v.strictObject({ ...SenderSchema.entries, fromFile: FROM_FILE });
export const isStoredSender = (value: unknown): value is v.InferOutput<typeof StoredSenderSchema> =>
  v.is(StoredSenderSchema, value);

export const isSituation = (key: string): key is Situation => (SITUATIONS as readonly string[]).includes(key);

/** A situation not set up yet: the ready-made messages, the plan's message where it has one, nobody. */
export const NEW_ALERT: Alert = { messages: { en: '', es: '' }, usePlanMessage: true, recipients: [] };
