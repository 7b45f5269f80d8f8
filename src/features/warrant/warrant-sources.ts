import type { SourceKey } from '../../../locales/sources';

/**
 * Where the warrant check's content comes from (facts sheet §1a–§1c): the paper under the door, the two kinds
 * of warrant and the immigration court, what to check, the I-205 memo, and what to do if agents come in.
 */
export const WARRANT_SOURCES: SourceKey[] = [
  'ACLU-FLYER',
  'ACLUNC-ES',
  'AIDSLAWPA-WARRANTS',
  'ASAP-ES',
  'BRYAN-NOFW',
  'FAMILIES-FREEDOM',
  'ICEENCOUNTER',
  'IDM-WARRANTS',
  'IPT-HOME',
  'JUNTOS-WY',
  'KDNK-2025',
  'OLH-WARRANTS',
  'UWD-KYR',
];
