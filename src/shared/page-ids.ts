import type { Language } from '../i18n/languages';

/*
 * The names that the build (build/), the page (src/first-paint/, src/offline/) and the service worker
 * (src/sw/) must agree on, in one place that all three import. Plain values only: it compiles under
 * the app's, the worker's and the build's tsconfig alike.
 */

/** The element the app renders into; index.html has it empty. */
export const APP_ROOT_ID = 'app';

/** index.html's empty app root, where the build puts the templates and the worker the first screen. */
export const EMPTY_APP_ROOT = `<div id="${APP_ROOT_ID}"></div>`;

/** The id of the <template> in index.html that holds the home screen pre-rendered in one language. */
export const homeTemplateId = (language: Language): string => `home-${language}`;

/**
 * The id of the <template> in index.html that holds the app's frame (its top bar) in one language:
 * painted at once at any address but "/", so a link into the app shows something before its code runs.
 */
export const frameTemplateId = (language: Language): string => `frame-${language}`;

/** The id of the <template> in index.html that holds the preload hint for one language's UI strings. */
export const stringsTemplateId = (language: Language): string => `strings-${language}`;

/** The id of the <template> with the preload hints for the guide screens and one language's guides. */
export const guidesTemplateId = (language: Language): string => `guides-${language}`;

/** The id of first-screen.ts's <script> in index.html. */
export const FIRST_SCREEN_SCRIPT_ID = 'first-screen';

/** The <template> in index.html with a prefetch hint for every file the worker precaches. */
export const INSTALL_PREFETCH_ID = 'install-prefetch';

/**
 * The event the app's start (src/app/start.tsx) sends on the window once its first screen is painted:
 * on a first visit to any address but "/", first-screen.ts then starts the install's downloads.
 */
export const FIRST_SCREEN_SHOWN = 'first-screen-shown';

/** Where the service worker is served (the build writes src/sw/sw.ts there) and what it controls. */
export const SERVICE_WORKER_URL = '/sw.js';
export const SERVICE_WORKER_SCOPE = '/';

/**
 * The Trusted Types policy src/offline/register-early.ts creates to register the worker: it can give only
 * SERVICE_WORKER_URL. Every other script URL goes through src/shared/script-url.ts; index.html's CSP lists
 * both names, and the browser lets each be created once.
 */
export const EARLY_REGISTRATION_POLICY = 'sw-registration';

/** The message a waiting worker takes over on: the page sends it when the person taps "Update". */
export const SKIP_WAITING = 'SKIP_WAITING';

/** The Cache Storage cache, and the key in it, that hold the language the app last showed. */
export const SHOWN_LANGUAGE_CACHE = 'shown-language';
export const SHOWN_LANGUAGE_KEY = '/shown-language';

/**
 * The localStorage key that says this browser installed the app, so the home screen's install card does
 * not come back in its tab (src/offline/install-prompt.ts). Not personal (the installed app shows as much):
 * "Delete all my data" keeps it (src/storage/wipe.ts), or the card would ask to install an installed app.
 */
export const INSTALLED_MARK = 'app-installed';
