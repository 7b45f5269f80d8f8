import full from 'libphonenumber-js/metadata.min.json';

/*
 * The phone metadata the app ships (src/shared/phone-metadata.json), cut from the installed
 * libphonenumber-js's smallest metadata: no network, and it follows the library's releases. Every
 * country's was 18,946 B gzipped, the largest part of the app's largest file; these countries' is
 * about 5,100 B. A number from anywhere else is still taken, by its calling code and length
 * (src/shared/phone.ts), so no one is kept from saving a relative's number abroad.
 *
 * Written by `npm run phone-metadata`; tests/unit/phone-metadata.test.ts fails when the committed
 * file is not what this gives (a new release of the library, or a change to the list).
 */

/**
 * Where the families who use the app call: the U.S. and every country of its +1 zone (Canada, Puerto
 * Rico, the Dominican Republic, Jamaica… share its code), Mexico, Central and South America, Cuba and
 * Haiti, Spain, and the Asian countries most immigrants to the U.S. come from after Mexico.
 */
export const PHONE_COUNTRIES = [
  'US',
  'MX',
  ...['GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'BZ', 'CU', 'HT'],
  ...['CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR', 'UY', 'PY', 'BR'],
  'ES',
  ...['PH', 'IN', 'CN', 'VN', 'KR'],
] as const;

/** Elsewhere: a calling code's national number lengths, its country if it has one alone, whether a 0 after it is the trunk prefix. */
export type Elsewhere = [shortest: number, longest: number, country: string, trunkZero: 0 | 1];

type Country = [callingCode: string, idd: string, pattern: string, lengths?: number[], ...rest: unknown[]];

/** The chosen countries' metadata (with every country that shares their calling codes), and the rest's codes. */
export function phoneMetadata() {
  const codes: Record<string, string[]> = full.country_calling_codes;
  const countries = full.countries as unknown as Record<string, Country>;
  const kept = Object.entries(codes).filter(([, of]) => of.some((c) => PHONE_COUNTRIES.includes(c as never)));
  const metadata = {
    version: full.version,
    country_calling_codes: Object.fromEntries(kept),
    countries: Object.fromEntries(kept.flatMap(([, of]) => of.map((c) => [c, countries[c]]))),
  };
  const keptCodes = new Set(kept.map(([code]) => code));
  const others: [string, Country[], string][] = [
    ...Object.entries(codes).map(([code, of]): [string, Country[], string] => [
      code,
      of.map((c) => countries[c] as Country),
      of.length === 1 ? (of[0] as string) : '',
    ]),
    // Numbers of no country (+800 freephone, +881 satellite phones): no country to show.
    ...Object.entries(full.nonGeographic as unknown as Record<string, Country>).map(
      ([code, data]): [string, Country[], string] => [code, [data], ''],
    ),
  ];
  const elsewhere: Record<string, Elsewhere> = {};
  for (const [code, data, country] of others) {
    if (keptCodes.has(code)) continue;
    const lengths = data.flatMap((d) => d[3] ?? []);
    if (lengths.length === 0) throw new Error(`phone-metadata: no lengths for +${code}`);
    // Index 5 is the national (trunk) prefix: "0" in Germany ("030…", "+49 30…"), none in Italy ("+39 06…").
    const trunkZero = data.every((d) => d[5] === '0') ? 1 : 0;
    elsewhere[code] = [Math.min(...lengths), Math.max(...lengths), country, trunkZero];
  }
  return { metadata, elsewhere };
}

/** The file as committed: one line per country and per calling code, so a new release's diff reads. */
export function phoneMetadataFile(): string {
  const { metadata, elsewhere } = phoneMetadata();
  const lines = (entries: Record<string, unknown>, indent: string) =>
    Object.entries(entries)
      .map(([key, value]) => `${indent}${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(',\n');
  return [
    '{',
    '  "metadata": {',
    `    "version": ${metadata.version},`,
    `    "country_calling_codes": ${JSON.stringify(metadata.country_calling_codes)},`,
    '    "countries": {',
    lines(metadata.countries, '      '),
    '    }',
    '  },',
    '  "elsewhere": {',
    lines(elsewhere, '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
