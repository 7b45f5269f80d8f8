/**
 * The public sources the guides rely on, keyed as in the project's facts sheet.
 * Shown to the user under "Sources"; the app never fetches these addresses.
 */
export interface Source {
  organization: string;
  title: string;
  url: string;
}

export const SOURCES = {
  'ACLU-FLYER': {
    organization: 'ACLU',
    title: 'ICE at your door (flyer, as reproduced by Burga Law)',
    url: 'https://www.burgalaw.com/2093-2/',
  },
  'ACLU-SOCAL-ES': {
    organization: 'ACLU of Southern California',
    title: 'Preguntas frecuentes sobre las tácticas engañosas de ICE',
    url: 'https://aclusocal.org/es/preguntas-frecuentes-sobre-las-tacticas-enganosas-de-ice',
  },
  'ACLUNC-ES': {
    organization: 'ACLU of Northern California',
    title: 'Conozca Sus Derechos: Control de Inmigración y Órdenes Judiciales',
    url: 'https://www.aclunc.org/our-work/know-your-rights/conozca-sus-derechos-control-de-inmigraci-n-y-rdenes-judiciales',
  },
  'ALC-2023': {
    organization: 'Asian Law Caucus',
    title: 'Community Education Resources: Immigrant Rights',
    url: 'https://www.asianlawcaucus.org/news-resources/guides-reports/community-education-resources-immigrant-rights',
  },
  'BRYAN-NOFW': {
    organization: 'News of Fort Worth',
    title: 'Report on the January 2026 Minnesota ruling on a forced ICE home entry',
    url: 'https://newsoffortworth.com/?p=9645',
  },
  ICEENCOUNTER: {
    organization: 'ICE Encounter',
    title: 'Home raids',
    url: 'https://www.iceencounter.com/know-your-rights/home-raids',
  },
  'IDM-WARRANTS': {
    organization: 'Immigrant Defense Manual',
    title: 'Judicial vs. Administrative Warrant',
    url: 'https://immigrantdefensemanual.org/be-prepared/be-prepared-what-to-do-during-a-raid/judicial-vs-administrative-warrant/',
  },
  'IDP-KYR': {
    organization: 'Immigrant Defense Project',
    title: 'Know Your Rights with ICE',
    url: 'https://www.immigrantdefenseproject.org/know-your-rights-with-ice',
  },
  'IDP-RUSES': {
    organization: 'Immigrant Defense Project',
    title: 'ICE Ruses',
    url: 'https://immigrantdefenseproject.org/ice-ruses',
  },
  'IPT-HOME': {
    organization: 'Immigration Policy Tracking Project',
    title: 'ICE Authorizes Forceful Entries to Residences Based on Administrative Warrants Alone',
    url: 'https://immpolicytracking.org/policies/ice-authorizes-forceful-entries-to-residences-based-on-administrative-warrants-alone',
  },
  'JUNTOS-WY': {
    organization: 'Juntos Wyoming',
    title: 'What To Do If Immigration Agents Are At Your Door',
    url: 'https://juntoswyoming.com/what-to-do-if-immigration-agents-are-at-your-door/',
  },
  'KDNK-2025': {
    organization: 'KDNK',
    title: 'What to do if ICE comes to your home (citing ACLU)',
    url: 'https://www.kdnk.org/local-news/2025-02-24/what-to-do-if-ice-comes-to-your-home',
  },
  'UWD-KYR': {
    organization: 'United We Dream',
    title: 'Know Your Rights',
    url: 'https://unitedwedream.org/resources/know-your-rights/',
  },
} satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
