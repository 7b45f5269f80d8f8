/* global WebSocket */
// What Chromium shows of the app when its tab is hidden (issue 11: "hidden when the page is hidden").
// Not part of the bench: a headed Chromium with two tabs in one window (Playwright's pages stay
// 'visible' whatever is in front, headless or not), driven over CDP. Needs a display and Node's WebSocket:
//   npx vite build && xvfb-run -a node --experimental-websocket tests/bench/hidden-page-shot.mjs
// It seeds a lock and a contact, hides the tab behind another, and asks CDP for a screenshot of it,
// with the app's `page-hidden` class and with `main` forced visible; the pictures go to /tmp.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import chromiumSettings from '../support/chromium.json' with { type: 'json' };
import { startServer } from './throttled-server.mjs';

const server = await startServer({ root: 'dist' });
const profile = mkdtempSync('/tmp/fq-profile-');
const PORT = 9334;
const child = spawn(
  chromiumSettings.path,
  [
    ...chromiumSettings.args,
    `--remote-debugging-port=${PORT}`,
    `--user-data-dir=${profile}`,
    '--window-size=400,760',
    'about:blank',
  ],
  { stdio: 'ignore' },
);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
await sleep(3000);
const http = (path, method = 'GET') =>
  fetch(`http://127.0.0.1:${PORT}${path}`, { method }).then((r) => r.json().catch(() => null));

function connect(wsUrl) {
  const ws = new WebSocket(wsUrl);
  let id = 0;
  const pending = new Map();
  ws.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.id && pending.has(message.id)) pending.get(message.id)(message);
  };
  const send = (method, params = {}, timeout = 8000) =>
    new Promise((resolve) => {
      const n = ++id;
      pending.set(n, resolve);
      ws.send(JSON.stringify({ id: n, method, params }));
      setTimeout(() => resolve({ timeout: true }), timeout);
    });
  return new Promise((resolve) => (ws.onopen = () => resolve({ send, close: () => ws.close() })));
}
const evaluate = async (tab, expression) =>
  (await tab.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result?.result
    ?.value;
const state = (tab) =>
  evaluate(
    tab,
    `JSON.stringify([document.visibilityState, document.documentElement.className, getComputedStyle(document.querySelector('main')).visibility, document.body.innerText.includes('Quintanilla')])`,
  );
const shot = async (tab, name) => {
  const result = await tab.send('Page.captureScreenshot', { format: 'png' }, 6000);
  if (result.timeout) return console.log(name, await state(tab), 'no screenshot within 6 s');
  if (result.error) return console.log(name, await state(tab), 'error', result.error.message);
  writeFileSync(`/tmp/fq-hidden-${name}.png`, Buffer.from(result.result.data, 'base64'));
  console.log(name, await state(tab), 'captured');
};

try {
  const [first] = (await http('/json/list')).filter((t) => t.type === 'page');
  const a = await connect(first.webSocketDebuggerUrl);
  await a.send('Page.enable');
  await a.send('Page.navigate', { url: `${server.url}/contacts` });
  await sleep(3000);
  await evaluate(
    a,
    `(async () => {
    for (let i = 0; i < 50 && !(await indexedDB.databases()).some((db) => db.version >= 5); i++) await new Promise((r) => setTimeout(r, 100));
    const db = await new Promise((resolve) => { const r = indexedDB.open('defend-your-rights'); r.onsuccess = () => resolve(r.result); });
    const bytes = (n) => crypto.getRandomValues(new Uint8Array(n));
    const slot = () => ({ iv: bytes(12), wrapped: bytes(48) });
    const tx = db.transaction(['meta', 'contacts'], 'readwrite');
    tx.objectStore('meta').put({ format: 1, lockId: crypto.randomUUID(), kdf: { memoryKiB: 65536, iterations: 2, parallelism: 1, salt: bytes(16) }, slots: [slot(), slot()] }, 'keySlots');
    tx.objectStore('contacts').put({ rev: 1, body: { codec: 'plain-1', data: { id: 'r', name: 'Rosa Quintanilla', phones: ['+12135550100'], role: 'family', languages: '', notes: '', mayPickUpChildren: false, order: 0 } } }, 'r');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  })()`,
  );
  await a.send('Page.reload');
  await sleep(4000);
  await shot(a, '1-visible');
  const b = await http(`/json/new?${server.url}/card`, 'PUT');
  await sleep(2000);
  await http(`/json/activate/${b.id}`);
  await sleep(1000);
  await shot(a, '2-other-tab-in-front');
  await evaluate(a, `document.documentElement.classList.remove('page-hidden')`);
  await shot(a, '3-other-tab-in-front-class-removed');
  await http(`/json/activate/${first.id}`);
  await sleep(1000);
  await shot(a, '4-back');
  // Without the protection: the same hide with main forced visible.
  await evaluate(a, `document.querySelector('main').style.setProperty('visibility', 'visible', 'important')`);
  await http(`/json/activate/${b.id}`);
  await sleep(1000);
  await shot(a, '5-hidden-without-protection');
  await http(`/json/activate/${first.id}`);
  await sleep(1000);
  await shot(a, '6-back');
  a.close();
} finally {
  child.kill();
  await server.close();
}
