import type { ManifestOptions, PWAAssetsOptions } from 'vite-plugin-pwa';

/** The app's brand blue: the browser's colour for it, and the icons' background. */
const THEME_COLOR = '#12355b';

/** The web app manifest: what the phone shows when the app is installed, in both languages at once. */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Know your rights · Conozca sus derechos',
  short_name: 'Derechos · Rights',
  description:
    'Know-your-rights guides, a red card and a warrant check that work with no signal. Guías de derechos, tarjeta roja y revisión de órdenes que funcionan sin señal.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  categories: ['education', 'utilities'],
  shortcuts: [
    {
      name: 'Agents at my door · Agentes en mi puerta',
      short_name: 'At my door',
      url: '/guides/agents-at-your-door',
    },
    { name: 'Red card · Tarjeta roja', short_name: 'Red card', url: '/card' },
    { name: 'Rights guides · Guías de derechos', short_name: 'Guides', url: '/guides' },
    { name: 'Settings · Ajustes', short_name: 'Settings', url: '/settings' },
  ],
};

/** The installed app's icons, made from public/icon.svg and listed in the manifest. */
export const icons: PWAAssetsOptions = {
  image: 'public/icon.svg',
  // first-visit-hints.ts links a hashed copy of the icon instead (see there).
  includeHtmlHeadLinks: false,
  overrideManifestIcons: true,
  preset: {
    transparent: { sizes: [192, 512], favicons: [] },
    maskable: { sizes: [512], padding: 0.15, resizeOptions: { background: THEME_COLOR } },
    apple: { sizes: [180], padding: 0.1, resizeOptions: { background: THEME_COLOR } },
  },
};
