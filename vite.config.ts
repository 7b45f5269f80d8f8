import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// The update test builds a second version into the served folder; APP_VERSION tells them apart.
const appVersion = process.env['APP_VERSION'] ?? pkg.version;
const themeColor = '#12355b';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      // src/offline/ registers the worker after the first paint; no inline script, so the CSP stays strict.
      injectRegister: false,
      pwaAssets: {
        image: 'public/icon.svg',
        overrideManifestIcons: true,
        preset: {
          transparent: { sizes: [192, 512], favicons: [] },
          maskable: { sizes: [512], padding: 0.15, resizeOptions: { background: themeColor } },
          apple: { sizes: [180], padding: 0.1, resizeOptions: { background: themeColor } },
        },
      },
      manifest: {
        id: '/',
        name: 'Know your rights · Conozca sus derechos',
        short_name: 'Derechos · Rights',
        description:
          'Know-your-rights guides and a family plan that work with no signal. Guías de derechos y un plan familiar que funcionan sin señal.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: themeColor,
        background_color: '#ffffff',
        categories: ['education', 'utilities'],
        shortcuts: [
          {
            name: 'Agents at my door · Agentes en mi puerta',
            short_name: 'At my door',
            url: '/guides/agents-at-your-door',
          },
          { name: 'Rights guides · Guías de derechos', short_name: 'Guides', url: '/guides' },
          { name: 'Settings · Ajustes', short_name: 'Settings', url: '/settings' },
        ],
      },
      injectManifest: {
        // Only what offline use needs: workbox installs entries one after another, so each one costs a round trip.
        globPatterns: ['index.html', 'assets/*.{js,css}', '*.{svg,png}'],
      },
    }),
  ],
});
