import { locationStub } from 'preact-iso/prerender';
import { renderToString } from 'preact-render-to-string';
import { App } from '../app/App';
import { initI18n } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/languages';
import { frameTemplateId, homeTemplateId } from '../shared/page-ids';
import { frameOf } from './page-markup';

export interface PrerenderedPage {
  language: Language;
  /** The id of its <template> in index.html. */
  templateId: string;
  html: string;
}

/**
 * Build time only (build/first-paint.ts runs this module in Node): the whole app at "/", as it first
 * draws itself, in each language, and its frame (the top bar) alone for every other address. The same
 * components and strings as in the browser, so the copy in index.html cannot drift from the screen that
 * replaces it.
 */
async function prerenderHome(): Promise<PrerenderedPage[]> {
  locationStub('/'); // preact-iso's router reads `location`
  try {
    const pages = [];
    for (const language of LANGUAGES) {
      await initI18n(language);
      const html = renderToString(<App initialLanguage={language} />);
      pages.push({ language, templateId: homeTemplateId(language), html });
      pages.push({ language, templateId: frameTemplateId(language), html: frameOf(html) });
    }
    return pages;
  } finally {
    delete (globalThis as { location?: unknown }).location;
  }
}

// Rendered while the module loads: the runner that loads it closes right after, and with it any
// later dynamic import (each language's strings are one).
export const pages = await prerenderHome();
