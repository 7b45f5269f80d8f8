import * as v from 'valibot';
import { A_NUMBER_DIGITS } from './plan-record';
import { safeMultilineText, safeText } from './safe-text';

/**
 * What happened in a raid, as the "document a raid" guide asks it (issue 13). Everything is optional but
 * the id and when the record was started; strict at every depth, each text capped, like every record.
 */
export const INCIDENT_LIMITS = {
  line: 200,
  place: 500,
  text: 5000,
  people: 20,
  name: 100,
  phone: 30,
} as const;

const line = (max: number = INCIDENT_LIMITS.line) => v.optional(v.pipe(safeText, v.maxLength(max)));
const text = (max: number = INCIDENT_LIMITS.text) => v.optional(v.pipe(safeMultilineText, v.maxLength(max)));
/** A date and time as `<input type="datetime-local">` gives it (the phone's own clock and zone). */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const ID = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));

/** Whether agents showed a paper, and what kind: the warrant check's verdict (`/warrant`). */
export const WARRANT_SHOWN = ['no', 'yes', 'unsure'] as const;
export const WARRANT_KINDS = ['judicial', 'ice', 'mismatch', 'unsure'] as const;
/** The warrant check's questions (src/features/warrant/warrant-check.ts), each answered yes, no or not sure. */
export const WARRANT_QUESTIONS = ['court', 'judge', 'immigration', 'name'] as const;
const WARRANT_ANSWER = v.optional(v.picklist(WARRANT_SHOWN));

/** The answers that led to the record's `warrantKind`, as the person gave them in the check (shape 2). */
export const WarrantAnswersSchema = v.strictObject({
  court: WARRANT_ANSWER,
  judge: WARRANT_ANSWER,
  immigration: WARRANT_ANSWER,
  name: WARRANT_ANSWER,
});

export const TakenSchema = v.strictObject({
  name: line(INCIDENT_LIMITS.name),
  dateOfBirth: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.isoDate())])),
  countryOfBirth: line(INCIDENT_LIMITS.name),
  aNumber: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(A_NUMBER_DIGITS))])),
});

export const WitnessSchema = v.strictObject({
  name: line(INCIDENT_LIMITS.name),
  phone: line(INCIDENT_LIMITS.phone),
});

/** Where the phone said it was, if the person allowed it. */
export const PositionSchema = v.strictObject({
  latitude: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  longitude: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  /** Metres. */
  accuracy: v.pipe(v.number(), v.minValue(0), v.maxValue(1_000_000)),
});

export const IncidentSchema = v.strictObject({
  id: ID,
  /** When the record was started (`toISOString()`): the list's order. */
  createdAt: v.pipe(v.string(), v.isoTimestamp(), v.maxLength(40)),
  when: v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(LOCAL_TIME))])),
  where: text(INCIDENT_LIMITS.place),
  position: v.optional(PositionSchema),
  agency: line(),
  agents: line(20),
  vehicles: text(1000),
  badges: text(1000),
  saidAndDid: text(),
  warrantShown: v.optional(v.picklist(WARRANT_SHOWN)),
  warrantKind: v.optional(v.picklist(WARRANT_KINDS)),
  warrantAnswers: v.optional(WarrantAnswersSchema),
  warrantNotes: text(1000),
  taken: v.optional(v.pipe(v.array(TakenSchema), v.maxLength(INCIDENT_LIMITS.people))),
  witnesses: v.optional(v.pipe(v.array(WitnessSchema), v.maxLength(INCIDENT_LIMITS.people))),
  notes: text(),
});

export type Incident = v.InferOutput<typeof IncidentSchema>;
export type Taken = v.InferOutput<typeof TakenSchema>;
export type Witness = v.InferOutput<typeof WitnessSchema>;
export type WarrantAnswers = v.InferOutput<typeof WarrantAnswersSchema>;

export const isIncident = (value: unknown): value is Incident => v.is(IncidentSchema, value);

/** At most this many bytes per photo or video: a phone's 4K minute is about 400 MB; more is not kept. */
export const MEDIA_MAX_BYTES = 500 * 1024 * 1024;

/**
 * A photo or video of a record, with its bytes: stored as it was taken. `sha256` (hex) lets whoever
 * received the record's text check later that the file was not changed; `takenAt` is the time the
 * phone gives for the file (`File.lastModified`), not a proof of when it was taken.
 */
export const MediaSchema = v.strictObject({
  recordId: ID,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MEDIA_MAX_BYTES)),
  type: v.pipe(v.string(), v.regex(/^(image|video)\/[\w.+-]{1,60}$/)),
  takenAt: v.pipe(v.string(), v.isoTimestamp(), v.maxLength(40)),
  bytes: v.blob(),
});

export type Media = v.InferOutput<typeof MediaSchema>;

export const isMedia = (value: unknown): value is Media => v.is(MediaSchema, value);

/** A photo or video's key: the record's id, then its own, so a record's media read as one range. */
export function mediaKey(recordId: string, mediaId: string): string {
  return `${recordId}:${mediaId}`;
}
