/**
 * The states (and D.C. and Puerto Rico) a family may live in, by postal code; each language names them
 * (locales/<lang>/plan.json, `plan.states`). Stored as the `usState` setting, on this phone only.
 */
export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'PR',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const;
export type UsState = (typeof US_STATES)[number];

export const isUsState = (value: string | undefined): value is UsState =>
  (US_STATES as readonly string[]).includes(value ?? '');

/**
 * Forms that exist in one state only (facts sheet, "Children's care"): shown to families of that
 * state, and to a family that has not said its state (with the state in the form's name).
 */
export const STATE_ONLY_AUTHORIZATIONS = { 'caregiver-affidavit': 'CA' } as const satisfies Record<
  string,
  UsState
>;
