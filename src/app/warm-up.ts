import { loadGuides } from '../content/catalog';
import { opensGuides } from '../first-paint/page-markup';
import { isLanguage } from '../i18n/languages';

/**
 * A deep link to the guides waits for two more chunks after the app's own, one after the other: the
 * guide screens, then the guides of its language. These start them sooner, while the app starts. A
 * wrong guess costs one download the worker makes anyway; the router still loads what it needs.
 */
export const warmUp = {
  /** At once: the guides in the language the page opened in (data only, safe to load any time). */
  guides(): void {
    const language = document.documentElement.lang;
    if (opensGuides(location.pathname) && isLanguage(language)) loadGuides(language).catch(() => undefined);
  },
  /** Once the interface strings are in: the screens add theirs as they load. */
  guideScreens(): void {
    if (opensGuides(location.pathname)) import('../features/guides/routes').catch(() => undefined);
  },
};
