import * as v from 'valibot';
import { ContactSchema, MESSAGE_LANGUAGES, type MessageLanguage } from './contact-record';
import { FROM_FILE } from './from-file';
import { safeMultilineText, safeText } from './safe-text';

/**
 * The alert set-up (issue 13, database version 7): for each situation, the message in each language and
 * who gets it. Personal data: sealed by the codec like every record, so locked with the rest.
 */
export const SITUATIONS = ['home', 'detained', 'work', 'safe', 'practice'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** The situations whose message the raid plan's "message my family should receive" may be. */
export const PLAN_MESSAGE_SITUATIONS: readonly Situation[] = ['home', 'detained'];

export { MESSAGE_LANGUAGES, type MessageLanguage };

/**
 * The languages the person writes their own message in: the app's built-in two. A contact set to a pack
 * language (`MESSAGE_LANGUAGES`) gets that pack's ready-made message, or the plan's family message.
 */
export const WRITTEN_LANGUAGES = ['en', 'es'] as const satisfies readonly MessageLanguage[];
export type WrittenLanguage = (typeof WRITTEN_LANGUAGES)[number];

/** A message stays short (prepaid plans pay per part); recipients are chosen from the contacts. */
export const ALERT_LIMITS = { message: 1000, recipients: 50 } as const;

const message = v.pipe(safeMultilineText, v.maxLength(ALERT_LIMITS.message));

export const AlertSchema = v.strictObject({
  /** The message per language, as the person wrote it; `''`: the ready-made one, in the app's words. */
  messages: v.strictObject({ en: message, es: message } satisfies Record<WrittenLanguage, unknown>),
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
