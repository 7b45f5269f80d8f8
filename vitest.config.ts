import { languagePacks } from './build/language-packs.ts';
import { configDefaults, defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { moduleWorkers } from './build/module-workers.ts';

const FUZZ_FILE = 'tests/unit/backup-fuzz.test.ts';

// Node tests in three projects: unit tests of our modules, checks over the built dist/ folder, and
// the backup fuzzing. Unit tests run in Node; a file that renders components (or needs Web Storage)
// asks for a DOM itself with `// @vitest-environment happy-dom` on its first line: in happy-dom the
// other files took 31.2 s instead of 12.6 s.
export default defineConfig(({ mode }) => ({
  plugins: [preact(), moduleWorkers(), languagePacks()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, FUZZ_FILE],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'fuzz',
          include: [FUZZ_FILE],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          // Runs per property: 200 in `npm test`, 1,000 with `npm run test:fuzz` (`--mode fuzz`), which CI runs too.
          provide: { fuzzRuns: mode === 'fuzz' ? 1000 : 200 },
        },
      },
    ],
  },
}));
