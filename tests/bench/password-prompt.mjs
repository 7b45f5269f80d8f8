// `xvfb-run -a node tests/bench/password-prompt.mjs`: does Chromium's password manager offer "Save password?"
// for a passphrase box, by its `autocomplete`? The box is the app's unlock as the page builds it (a form, its
// submit prevented, the form gone, then a link's same-document navigation); the answer is what
// chrome://password-manager-internals logs ("Decision: ASK the user", "Show password prompt"). Needs a window
// (a headless Chromium logs nothing there) and a profile of its own (a Playwright context logs nothing either).
// A measurement, not a test: it prints and exits. The app's choice: src/features/lock/PassphraseField.tsx.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import chromiumSettings from '../support/chromium.json' with { type: 'json' };

if (!process.env.DISPLAY) {
  console.error('No window to open: run it under xvfb-run -a.');
  process.exit(1);
}

const VALUES = ['off', 'current-password', 'new-password', 'one-time-code'];

const page = (autocomplete) => `<!doctype html><title>box</title>
<form id="f"><label for="p">Passphrase</label><input id="p" type="password" autocomplete="${autocomplete}">
<button>Unlock</button></form>
<script>
  const form = document.getElementById('f');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.remove();
    document.body.append('opened');
  });
</script>`;

const server = createServer((request, response) => {
  const autocomplete = new URL(request.url, 'http://localhost').searchParams.get('autocomplete');
  response.setHeader('content-type', 'text/html');
  response.end(page(VALUES.includes(autocomplete) ? autocomplete : 'off'));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${server.address().port}`;

try {
  for (const autocomplete of VALUES) {
    const profile = mkdtempSync(join(tmpdir(), 'password-prompt-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumSettings.path,
      args: chromiumSettings.args,
      headless: false,
    });
    try {
      const internals = await context.newPage();
      await internals.goto('chrome://password-manager-internals');
      const app = await context.newPage();
      await app.goto(`${origin}/?autocomplete=${autocomplete}`);
      await app.click('#p');
      await app.keyboard.type('harbor violet pencil meadow');
      await app.click('button');
      await app.getByText('opened').waitFor();
      await app.evaluate(() => globalThis.history.pushState(null, '', '/contacts'));
      // The log arrives from the browser process: wait for its answer to the navigation, or for nothing.
      await app.waitForTimeout(1500);
      const log = await internals.evaluate(() => document.body.innerText);
      const prompt = /Decision: ASK the user/.test(log) && /Show password prompt/.test(log);
      console.log(`autocomplete="${autocomplete}": ${prompt ? '"Save password?" shown' : 'no prompt'}`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  console.log(`Chromium: ${chromiumSettings.path}`);
} finally {
  server.close();
}
