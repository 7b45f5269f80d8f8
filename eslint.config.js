import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Folder borders (src/shared/README.md, src/storage/README.md), kept by `no-restricted-imports`: each
 * zone below lists what one folder may not import. A file matches one zone only (ESLint takes the last
 * block's options for a rule), so every zone repeats the rules that hold everywhere outside storage.
 */

/** The feature folders: one per screen or group of screens. */
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** An import of one of `folders` of src/ (or of `locales/`), from any depth. */
const folders = (names, message) => ({ regex: `^(\\.\\./)+(${names.join('|')})(/|$)`, message });

const IDB = { name: 'idb', message: 'Use the typed stores in src/storage/ instead.' };
// Screens use a store module's functions and its `watched…`; the database itself stays inside storage.
const STORAGE_INSIDE = {
  regex: '^(\\.\\./)+storage/(schema|records|read-records|epoch|db|codec|migrations|changes)$',
  message: "Storage's insides: use a store module (its functions, its `watched…` with src/ui/use-stored.ts).",
};
const NO_UI_LIBRARIES = ['preact', 'preact/hooks', 'preact-iso', 'i18next'].map((name) => ({
  name,
  message: 'No UI or translation code here.',
}));

/** One zone: `files` may import nothing `patterns` and `paths` name, nor `idb` or storage's insides. */
function zone(files, { patterns = [], paths = [], ignores = [] }) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { paths: [IDB, ...paths], patterns: [STORAGE_INSIDE, ...patterns] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // One module owns IndexedDB: everything else goes through src/storage/ (src/app/ and src/main.tsx).
  zone(['src/**/*.{ts,tsx}'], { ignores: ['src/storage/**'] }),
  {
    // Storage keeps the data and nothing else: no screen, content, UI, language or plan rule. What it
    // shares with the rest of the app is in src/shared/.
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NO_UI_LIBRARIES,
          patterns: [
            folders(
              ['features', 'first-paint', 'content', 'ui', 'app', 'offline', 'i18n', 'sw', 'locales'],
              'Storage imports nothing of the app but src/shared/: pass what it needs in, or move it there.',
            ),
          ],
        },
      ],
    },
  },
  // A feature uses storage, src/ui/, src/shared/ and the rest, never another feature's insides: only
  // what that feature's public.ts exports (src/features/plan/public.ts). The app puts features together.
  ...FEATURES.map((feature) =>
    zone([`src/features/${feature}/**/*.{ts,tsx}`], {
      patterns: [
        {
          regex: `^(\\.\\./)+(features/)?(${FEATURES.filter((other) => other !== feature).join('|')})/(?!public$)`,
          message:
            "Another feature's insides: move what both need to src/ui/ or src/shared/, or export it from that feature's public.ts.",
        },
        folders(
          ['app', 'first-paint', 'sw'],
          'A feature does not import the app, the first paint or the worker.',
        ),
      ],
    }),
  ),
  zone(['src/ui/**/*.{ts,tsx}'], {
    patterns: [
      folders(['features', 'app', 'first-paint', 'sw'], 'src/ui/ is shared by the screens: it imports none.'),
    ],
  }),
  zone(['src/shared/**/*.{ts,tsx}'], {
    paths: NO_UI_LIBRARIES,
    patterns: [
      folders(
        ['features', 'storage', 'ui', 'app', 'first-paint', 'content', 'offline', 'sw', 'locales'],
        'src/shared/ holds leaf modules: they import nothing of the app.',
      ),
      { regex: '^(\\.\\./)+i18n/(?!languages$)', message: 'src/shared/ may use src/i18n/languages.ts only.' },
    ],
  }),
  zone(['src/content/**/*.{ts,tsx}'], {
    patterns: [
      folders(
        ['features', 'storage', 'ui', 'app', 'first-paint', 'offline', 'sw'],
        'Content (guides, dates in words) imports no screen, storage or UI code.',
      ),
    ],
  }),
  zone(['src/first-paint/**/*.{ts,tsx}'], {
    // prerender.tsx renders the real app, at build time.
    ignores: ['src/first-paint/prerender.tsx'],
    patterns: [
      folders(
        ['features', 'storage', 'ui', 'app', 'content', 'sw'],
        'The first screen runs before any app code: it imports none.',
      ),
    ],
  }),
  zone(['src/sw/**/*.ts'], {
    paths: [...NO_UI_LIBRARIES, { name: 'valibot', message: 'Not in the worker.' }],
    patterns: [
      folders(
        ['features', 'storage', 'ui', 'app', 'content', 'offline', 'locales'],
        'The worker imports nothing of the app but src/shared/ and the page ids (first-paint/page-markup.ts).',
      ),
      { regex: '^(\\.\\./)+first-paint/(?!page-markup$)', message: 'Only the page ids of the first paint.' },
      {
        regex: '^(\\.\\./)+i18n/(?!(detect-language|languages)$)',
        message: 'Only the language list and detection.',
      },
    ],
  }),
  zone(['src/offline/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'], {
    patterns: [folders(['features', 'ui', 'app', 'first-paint'], 'No screen code here.')],
  }),
  {
    // Playwright fixtures that need no other fixture are written `async ({}, use) => …`.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['tests/**/*.{mjs,js}', '*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        navigator: 'readonly',
        Event: 'readonly',
        MutationObserver: 'readonly',
        document: 'readonly',
        window: 'readonly',
        PerformanceObserver: 'readonly',
        location: 'readonly',
      },
    },
  },
);
