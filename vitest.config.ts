import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two kinds of Node tests: unit tests of our modules, and checks over the built dist/ folder.
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
          environment: 'happy-dom',
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
