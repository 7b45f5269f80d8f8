import { expect, test, waitUntilControlled } from './support/app';
import { createProfile } from './support/persistent';

test('Chrome finds the app installable (Page.getInstallabilityErrors is empty)', async ({ server }) => {
  // A persistent profile: the default Playwright context is incognito, which is never installable.
  const profile = await createProfile();
  const context = await profile.open();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitUntilControlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${server.url}/manifest.webmanifest`);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await profile.remove();
  }
});

test('the manifest names the app, its icons and shortcuts to screens that exist', async ({
  page,
  server,
}) => {
  const response = await page.request.get(`${server.url}/manifest.webmanifest`);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    lang: string;
    display: string;
    start_url: string;
    scope: string;
    icons: Array<{ src: string; sizes: string; purpose?: string }>;
    shortcuts: Array<{ url: string }>;
  };
  expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/' });
  expect(manifest.short_name.length).toBeLessThanOrEqual(20);
  const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
  expect(icons).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const image = await page.request.get(`${server.url}/${icon.src}`);
    expect(image.headers()['content-type']).toBe('image/png');
  }
  for (const shortcut of manifest.shortcuts) {
    await page.goto(server.url + shortcut.url);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/not found/i);
  }
});
