import { WARRANT_QUESTIONS, type Incident } from '../../storage/incident-record';

/** What the shared copy may hold beyond the least needed: each off unless the person ticks it. */
export interface ShareChoices {
  aNumber: boolean;
  birth: boolean;
}

/** A photo or video as the text lists it. */
export interface MediaLine {
  type: string;
  sha256: string;
  takenAt: string;
}

/** A shared copy of a photo (its location taken out: share.ts): its own bytes, so its own SHA-256. */
export interface CopyLine {
  /** The photo's number in the record's list, 1 first: which original it is a copy of. */
  number: number;
  name: string;
  sha256: string;
}

/** One labelled line of the record: the label in the person's language, the value as they typed it. */
export interface RecordLine {
  label: string;
  value: string;
}

/** The words the text is made of (`record.text.*` and the choices' names), passed in by the screen. */
export interface RecordWords {
  label: (key: LabelKey) => string;
  warrantShown: (value: NonNullable<Incident['warrantShown']>) => string;
  warrantKind: (value: NonNullable<Incident['warrantKind']>) => string;
  /** A question of the warrant check, in a few words. */
  checkQuestion: (question: (typeof WARRANT_QUESTIONS)[number]) => string;
  time: (iso: string) => string;
}

export type LabelKey =
  | 'when'
  | 'where'
  | 'position'
  | 'agency'
  | 'agents'
  | 'vehicles'
  | 'badges'
  | 'saidAndDid'
  | 'warrant'
  | 'warrantKind'
  | 'warrantAnswers'
  | 'warrantNotes'
  | 'taken'
  | 'born'
  | 'in'
  | 'aNumber'
  | 'witnesses'
  | 'notes'
  | 'media'
  | 'copies';

/**
 * The record as labelled lines, empty answers left out. The detained person's A-number and date of birth
 * are in it only when `choices` says so; the originals' SHA-256 hashes always are, numbered, so whoever
 * receives the text holds a dated copy that later shows the files on this phone were not changed. A shared
 * copy has other bytes (its location is out), so `copies`, where some are shared with the text, are listed
 * with their own hashes: a copy checked against its original's hash would look tampered with.
 */
export function recordLines(
  incident: Incident,
  media: readonly MediaLine[],
  choices: ShareChoices,
  words: RecordWords,
  copies: readonly CopyLine[] = [],
): RecordLine[] {
  const lines: RecordLine[] = [];
  const add = (key: LabelKey, value: string | undefined) => {
    if (value?.trim()) lines.push({ label: words.label(key), value: value.trim() });
  };
  add('when', incident.when ? words.time(incident.when) : undefined);
  add('where', incident.where);
  const spot = incident.position;
  if (spot)
    add(
      'position',
      `${spot.latitude.toFixed(5)}, ${spot.longitude.toFixed(5)} (±${Math.round(spot.accuracy)} m)`,
    );
  add('agency', incident.agency);
  add('agents', incident.agents);
  add('vehicles', incident.vehicles);
  add('badges', incident.badges);
  add('saidAndDid', incident.saidAndDid);
  if (incident.warrantShown) add('warrant', words.warrantShown(incident.warrantShown));
  if (incident.warrantKind && incident.warrantShown === 'yes') {
    add('warrantKind', words.warrantKind(incident.warrantKind));
    const answers = incident.warrantAnswers ?? {};
    const answered = WARRANT_QUESTIONS.flatMap((question) => {
      const answer = answers[question];
      return answer ? [`${words.checkQuestion(question)}: ${words.warrantShown(answer)}`] : [];
    });
    add('warrantAnswers', answered.join('; '));
  }
  add('warrantNotes', incident.warrantNotes);
  for (const person of incident.taken ?? []) {
    const parts = [person.name?.trim()];
    if (choices.birth && person.dateOfBirth) parts.push(`${words.label('born')} ${person.dateOfBirth}`);
    if (person.countryOfBirth?.trim()) parts.push(`${words.label('in')} ${person.countryOfBirth.trim()}`);
    if (choices.aNumber && person.aNumber) parts.push(`${words.label('aNumber')} ${person.aNumber}`);
    add('taken', parts.filter(Boolean).join(', '));
  }
  for (const witness of incident.witnesses ?? [])
    add('witnesses', [witness.name?.trim(), witness.phone?.trim()].filter(Boolean).join(', '));
  add('notes', incident.notes);
  for (const [index, item] of media.entries())
    add('media', `#${index + 1} ${item.type} ${words.time(item.takenAt)} ${item.sha256}`);
  for (const copy of copies) add('copies', `#${copy.number} ${copy.name} ${copy.sha256}`);
  return lines;
}

/** The record as plain text for a text message or the share sheet: a heading, then one line each. */
export function recordText(heading: string, lines: readonly RecordLine[], footer: string): string {
  return [heading, ...lines.map(({ label, value }) => `${label}: ${value}`), footer].join('\n');
}
