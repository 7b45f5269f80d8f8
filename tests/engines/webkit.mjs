// WebKit (WebKitGTK, the engine family of every iPhone browser): Debian's WebKitWebDriver starting its
// MiniBrowser in a virtual X display (xvfb-run). WebKitWebDriver 2.50 speaks classic WebDriver only (a
// session asking for `webSocketUrl`, i.e. BiDi, is refused: "Failed to match capabilities"), so this is a
// few HTTP calls. Classic WebDriver cannot read the console, and MiniBrowser ignores its option
// `--enable-write-console-messages-to-stdout=true` in automation mode (without `--automation` it prints
// "CONSOLE ERROR …"; with it, nothing): errors are collected in the page, from the moment each load has
// finished. An error logged while a page is still loading is not seen here (Firefox and Chromium see it).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PHONE } from './smoke.mjs';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_RUN = '/usr/bin/xvfb-run';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // the key of an element reference in WebDriver
// Installed once a load has finished: keeps console errors, uncaught errors and rejections, failed
// loads of scripts and styles, and CSP violations, until the page is left. A failed prefetch is left
// out: it is a hint (the first visit's, src/offline/install-prefetch.ts, is cut off when the server
// stops), which browsers do not report as an error and which changes nothing a person sees.
const COLLECT = `if (!window.__smokeErrors) {
  const errors = (window.__smokeErrors = []);
  const logError = console.error.bind(console);
  console.error = (...parts) => (errors.push(parts.map(String).join(' ')), logError(...parts));
  addEventListener('error', (event) => {
    if (event.target instanceof HTMLLinkElement && event.target.rel === 'prefetch') return;
    errors.push(event.message || 'failed to load ' + (event.target.src || event.target.href));
  }, true);
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + event.reason));
  addEventListener('securitypolicyviolation', (event) => errors.push('CSP: ' + event.violatedDirective + ' ' + event.blockedURI));
}`;

/**
 * A fresh MiniBrowser session whose first language is `language`. WebKitGTK takes it from the process's
 * locale, as a desktop app does, and ignores a locale the system has not compiled (Debian's images have
 * only C.UTF-8): the locale is compiled here, from the `locales` package, into a folder of its own.
 * @param {{ language: string }} options
 * @returns {Promise<import('./smoke.mjs').Driver>}
 */
export async function openWebKit({ language }) {
  const port = await freePort();
  const [code, region] = language.split('-');
  const locale = `${code}_${region}`;
  const locales = await mkdtemp(join(tmpdir(), 'kyr-locale-'));
  const compiled = spawnSync('localedef', ['-i', locale, '-f', 'UTF-8', join(locales, `${locale}.UTF-8`)]);
  if (compiled.status !== 0) throw new Error(`localedef ${locale} failed: ${compiled.stderr}`);
  // Its own process group, so that stopping it stops Xvfb, the driver and the browser together.
  const driver = spawn(XVFB_RUN, ['-a', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOCPATH: locales, LC_ALL: `${locale}.UTF-8`, LANGUAGE: locale },
  });
  let output = '';
  driver.stdout.on('data', (chunk) => (output += chunk.toString()));
  driver.stderr.on('data', (chunk) => (output += chunk.toString()));
  const stop = async () => {
    if (driver.exitCode === null) {
      const exited = once(driver, 'exit');
      process.kill(-(driver.pid ?? 0), 'SIGTERM');
      await exited;
    }
    await rm(locales, { recursive: true, force: true });
  };

  const base = `http://127.0.0.1:${port}`;
  /** One WebDriver command; its `value`, or an Error with WebDriver's message. */
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  };

  let session;
  try {
    session = await waitForSession(call, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const at = `/session/${session}`;
  // WebDriver sizes the window, not the page: MiniBrowser's toolbar keeps it at least 447 px wide.
  await call('POST', `${at}/window/rect`, PHONE);
  /** @type {string[]} */
  const errors = [];
  const script = (body, args = []) => call('POST', `${at}/execute/sync`, { script: body, args });
  /** Keeps what the page collected before it is left. */
  const harvest = async () =>
    errors.push(...((await script('return window.__smokeErrors?.splice(0) ?? []')) ?? []));
  /** WebDriver returns once the load has finished: from here the page's errors are collected. */
  const load = async (command) => {
    await harvest();
    await command();
    await script(COLLECT);
  };
  return {
    name: 'WebKit',
    goto: (url) => load(() => call('POST', `${at}/url`, { url })),
    reload: () => load(() => call('POST', `${at}/refresh`, {})),
    evaluate: (expression) => script(`return ${expression}`),
    // As a person waits for a control to show and be free: WebDriver's own find and click do not wait.
    click: (xpath) =>
      untilReady(`click ${xpath}`, async () => {
        const element = await call('POST', `${at}/element`, { using: 'xpath', value: xpath });
        await call('POST', `${at}/element/${element[ELEMENT]}/click`, {}).catch(async (error) => {
          if (!/click intercepted/.test(String(error))) throw error;
          // WebKitWebDriver does not say what covers the control: name it, as a person would see it.
          const cover = await script(
            'const r = arguments[0].getBoundingClientRect(); return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.outerHTML.slice(0, 200)',
            [element],
          ).catch(() => undefined);
          throw new Error(`${error.message} covered by ${cover}`);
        });
      }),
    type: (css, text) =>
      untilReady(`type into ${css}`, async () => {
        const element = await call('POST', `${at}/element`, { using: 'css selector', value: css });
        await call('POST', `${at}/element/${element[ELEMENT]}/value`, { text });
      }),
    errors: async () => {
      await harvest();
      return [...errors];
    },
    close: async () => {
      await call('DELETE', at).catch(() => undefined);
      await stop();
    },
  };
}

/**
 * Retries `action` while its element is missing, cannot be used yet or is covered, for at most 30 s,
 * as Playwright does for the Chromium tests (a notice sliding in covers a button for a moment).
 */
async function untilReady(what, action) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      const waiting = /no such element|not interactable|click intercepted/.test(String(error));
      if (!waiting || Date.now() > deadline)
        throw new Error(`${what}: ${error instanceof Error ? error.message : error}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Creates the session once the driver answers (Xvfb and the driver take a moment to start). */
async function waitForSession(call, output) {
  const capabilities = {
    alwaysMatch: {
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        // The page cache off: a page kept in it (each goto leaves one) seems to be what lets WebKitGTK 2.50
        // mark the next page's IndexedDB suspended for good (smoke.mjs, STORAGE). With it on, 4 runs in 10
        // stalled on a machine whose caches were cold, as CI's are; with it off, none in 20. No step uses it.
        args: ['--automation', '--enable-page-cache=false'],
      },
    },
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const { sessionId } = await call('POST', '/session', { capabilities });
      return sessionId;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start: ${error}\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
