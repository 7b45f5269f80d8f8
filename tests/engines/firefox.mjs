// Firefox (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core, which never downloads a
// browser (only the `puppeteer` package does): it starts the Firefox it is given.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { PHONE } from './smoke.mjs';

export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * A fresh Firefox profile whose first language is `language`.
 * @param {{ language: string }} options
 * @returns {Promise<import('./smoke.mjs').Driver>}
 */
export async function openFirefox({ language }) {
  const profile = await mkdtemp(join(tmpdir(), 'kyr-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    userDataDir: profile,
    headless: true,
    // navigator.language is the first of these; no update checks or telemetry calls on a test run.
    extraPrefsFirefox: { 'intl.accept_languages': language, 'app.update.enabled': false },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(PHONE); // the page Firefox opens with does not take launch's defaultViewport
  /** @type {string[]} */
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // Leaving a page while it still loads makes Firefox log each aborted load as an error ("A ServiceWorker
  // intercepted the request and encountered an unexpected error", "error loading dynamically imported
  // module"), which a person who taps a link mid-load never sees: each page first finishes loading.
  const settle = () => page.waitForNetworkIdle({ idleTime: 200, timeout: 30_000 });
  return {
    name: 'Firefox',
    goto: async (url) => {
      await settle();
      await page.goto(url);
    },
    reload: async () => {
      await settle();
      await page.reload();
    },
    evaluate: (expression) => page.evaluate(expression),
    click: async (xpath) => {
      const element = await page.waitForSelector(`::-p-xpath(${xpath})`);
      await element?.click();
    },
    type: async (css, text) => {
      await page.waitForSelector(css);
      await page.type(css, text);
    },
    errors: async () => [...errors],
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
