import { expect, test as base, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { startPreview, type PreviewServer } from './server';

/** Every screen the app has, with its heading in each language. */
export const ROUTES = [
  { path: '/', en: 'Know your rights', es: 'Conozca sus derechos' },
  { path: '/guides', en: 'Rights guides', es: 'Guías de derechos' },
  { path: '/guides/agents-at-your-door', en: 'Agents at your door', es: 'Agentes en su puerta' },
  { path: '/card', en: 'Red card', es: 'Tarjeta roja' },
  { path: '/warrant', en: 'Is this a real warrant?', es: '¿Es una orden real?' },
  { path: '/help', en: 'Get help', es: 'Pedir ayuda' },
  { path: '/alert', en: 'Alert my people', es: 'Avisar a mi gente' },
  { path: '/alert/home', en: 'Agents at my home', es: 'La migra está en mi casa' },
  { path: '/alert/home/setup', en: 'Set up: Agents at my home', es: 'Preparar: La migra está en mi casa' },
  { path: '/contacts', en: 'Emergency contacts', es: 'Contactos de emergencia' },
  { path: '/contacts/practice', en: 'Learn numbers by heart', es: 'Aprenda los números de memoria' },
  { path: '/contacts/wallet', en: 'Wallet list of numbers', es: 'Lista de números para la cartera' },
  { path: '/plan', en: 'Family plan', es: 'Plan familiar' },
  { path: '/plan/household', en: 'Household', es: 'Su hogar' },
  { path: '/plan/children', en: "Children's care", es: 'Cuidado de los niños' },
  { path: '/plan/documents', en: 'Documents', es: 'Documentos' },
  { path: '/plan/legal-help', en: 'Legal help', es: 'Ayuda legal' },
  { path: '/plan/money-and-home', en: 'Money and home', es: 'Dinero y vivienda' },
  { path: '/plan/my-raid-plan', en: 'My raid-response plan', es: 'Mi plan ante una redada' },
  { path: '/plan/review', en: 'Review', es: 'Revisión' },
  { path: '/plan/ten-minutes', en: 'The ten-minute plan', es: 'El plan de diez minutos' },
  { path: '/plan/print', en: 'Our family plan', es: 'Nuestro plan familiar' },
  {
    path: '/plan/caregiver',
    en: 'Caregiver packet',
    es: 'Paquete para quien cuide a los niños',
  },
  { path: '/record', en: 'What happened', es: 'Lo que pasó' },
  { path: '/record/new', en: 'New record', es: 'Registro nuevo' },
  { path: '/settings', en: 'Settings', es: 'Ajustes' },
  { path: '/settings/data', en: 'Your data', es: 'Sus datos' },
  { path: '/no-such-page', en: 'Page not found', es: 'Página no encontrada' },
] as const;

export type Lang = 'en' | 'es';

/** The address of the production server (dist/) that the tests of one Playwright worker share. */
export interface SharedServer {
  url: string;
}

/**
 * `server`: one `vite preview` per worker, started once, since it serves the same files to every test
 * (each test still has its own browser context, so its own storage and service worker). It has no
 * `stop`: a test that stops its server to prove the app works offline takes `ownServer`, a server of
 * its own, stopped at the end if the test did not stop it.
 */
export const test = base.extend<{ ownServer: PreviewServer }, { server: SharedServer }>({
  server: [
    async ({}, use) => {
      const server = await startPreview();
      await use({ url: server.url });
      await server.stop();
    },
    { scope: 'worker' },
  ],
  ownServer: async ({}, use) => {
    const server = await startPreview();
    await use(server);
    await server.stop();
  },
});
export { expect };

/** Resolves once a service worker controls the page, i.e. the precache is complete. */
export async function waitUntilControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** The screen's main heading. */
export function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/**
 * Collects console errors (CSP violations are reported there) and uncaught page errors. `ignore`
 * leaves out failed loads of matching addresses that the browser itself makes, not the app.
 */
export function collectErrors(page: Page, ignore?: RegExp): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (ignore?.test(message.location().url)) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A new page that has opened `path` until the service worker controls it; then the server is stopped,
 * so from here on the page is offline for real.
 */
export async function offlineAfterVisit(
  browser: Browser,
  server: { url: string; stop: () => Promise<void> },
  path = '',
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(server.url + path);
  await waitUntilControlled(page);
  await server.stop();
  return { context, page };
}
