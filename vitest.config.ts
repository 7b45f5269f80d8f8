import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two kinds of Node tests: unit tests of our modules, and checks over the built dist/ folder.
// Unit tests run in Node; a file that renders components (or needs Web Storage) asks for a DOM itself
// with `// @vitest-environment happy-dom` on its first line: in happy-dom the other files took 31.2 s
// instead of 12.6 s.
export default defineConfig({
  plugins: [preact()],
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
