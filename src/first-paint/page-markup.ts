import { isLanguage, LANGUAGES } from '../i18n/languages';
import type { AppLanguage } from '../i18n/pack-languages';
import {
  APP_ROOT_ID,
  EMPTY_APP_ROOT,
  FIRST_SCREEN_SCRIPT_ID,
  frameTemplateId,
  guidesTemplateId,
  homeTemplateId,
  stringsTemplateId,
} from '../shared/page-ids';

/** The languages of packs written right to left (src/i18n/pack-languages.ts, `dir`; a test keeps them in step). */
const RIGHT_TO_LEFT: readonly string[] = ['ar', 'ur'];

/** The app's frame, cut out of the pre-rendered home screen: its top bar. */
export function frameOf(home: string): string {
  const start = home.indexOf('<header');
  const end = home.indexOf('</header>', start);
  if (start < 0 || end < 0) throw new Error('the pre-rendered home screen has no <header>');
  return home.slice(start, end + '</header>'.length);
}

/** Whether an address opens the guides (their list or one guide). */
export const opensGuides = (path: string): boolean => path === '/guides' || path.startsWith('/guides/');

/**
 * index.html as the service worker serves it: opened in `language`, at "/" with the pre-rendered home
 * screen already in the app's root (elsewhere, the app's frame), and without what only a first visit
 * needs: first-screen.ts (a deferred script holds the first paint back until it has run), the templates,
 * and the preload hints
 * (each a request the page handles before its first paint; the app's code is on the device anyway).
 * Plain string work. A language of a pack has no pre-rendered screen: the root stays empty and the
 * app draws the screen once it has read the pack (src/i18n/packs.ts).
 */
export function openIn(html: string, language: AppLanguage, path: string): string {
  let page = html
    // Arabic and Urdu read right to left from the first paint (the app sets it again as languages change).
    .replace(
      /<html lang="[^"]*"/,
      `<html lang="${language}"${RIGHT_TO_LEFT.includes(language) ? ' dir="rtl"' : ''}`,
    )
    .replace(new RegExp(`<script id="${FIRST_SCREEN_SCRIPT_ID}"[^>]*></script>`), '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  const shown = !isLanguage(language)
    ? ''
    : path === '/'
      ? homeTemplateId(language)
      : frameTemplateId(language);
  let first = '';
  for (const other of LANGUAGES) {
    const ids = [homeTemplateId, frameTemplateId, stringsTemplateId, guidesTemplateId].map((id) => id(other));
    for (const id of ids) {
      const open = `<template id="${id}">`;
      const start = page.indexOf(open);
      const end = page.indexOf('</template>', start);
      if (start < 0 || end < 0) continue;
      if (id === shown) first = page.slice(start + open.length, end);
      page = page.slice(0, start) + page.slice(end + '</template>'.length); // less to parse
    }
  }
  return page.replace(EMPTY_APP_ROOT, () => `<div id="${APP_ROOT_ID}">${first}</div>`);
}
