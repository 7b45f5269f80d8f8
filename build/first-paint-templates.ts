import type { Rolldown } from 'vite';
import type { PrerenderedPage } from '../src/first-paint/prerender';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { guidesTemplateId, stringsTemplateId } from '../src/shared/page-ids.ts';
import { chunkFrom, startFiles, withImports } from './bundle-graph.ts';

/**
 * Every <template> that first-screen.ts reads, per language, all made here: the home screen and the
 * app's frame, pre-rendered (src/first-paint/prerender.tsx), and the preload hints for the language's
 * interface strings and, on a link into the guides, for the guide screens and that language's guides.
 * first-screen.ts preloads those of the language the page opens in (the guides only on a link into
 * them), so a shared link to a guide downloads all it needs at once, and the other language costs
 * nothing until someone chooses it. Templates are inert: nothing in them loads or shows by itself.
 */
export function firstPaintTemplates(
  bundle: Rolldown.OutputBundle,
  pages: readonly PrerenderedPage[],
): string[] {
  const start = startFiles(bundle);
  // The guide screens and what they import, but what the app's start has loaded already.
  const guideScreens = withImports(bundle, [
    chunkFrom(bundle, /src\/features\/guides\/routes\.ts$/).fileName,
  ]);
  const guideScreenFiles = [...guideScreens].filter((file) => !start.has(file));
  return LANGUAGES.flatMap((language) => {
    const strings = chunkFrom(bundle, new RegExp(`locales/${language}/index\\.ts$`));
    const guides = chunkFrom(bundle, new RegExp(`locales/${language}/guides/index\\.ts$`));
    return [
      ...pages
        .filter((page) => page.language === language)
        .map((page) => template(page.templateId, page.html)),
      template(stringsTemplateId(language), preloads([strings.fileName])),
      template(guidesTemplateId(language), preloads([...guideScreenFiles, guides.fileName])),
    ];
  });
}

const template = (id: string, html: string) => `<template id="${id}">${html}</template>`;

const preloads = (fileNames: readonly string[]) =>
  fileNames.map((fileName) => `<link rel="modulepreload" crossorigin href="/${fileName}">`).join('');
