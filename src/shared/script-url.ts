/**
 * The one way the app turns a URL into something a browser runs as script: the service worker's
 * registration and every Web Worker the app starts. Under the Content-Security-Policy's
 * `require-trusted-types-for 'script'` a plain string there is refused; this module's single policy
 * accepts only this origin's own files, so an injected string can never start a script from elsewhere.
 * Browsers without Trusted Types get the checked URL as a string.
 */

/** The policy's name, listed in the CSP's `trusted-types` directive (index.html). */
export const SCRIPT_URL_POLICY = 'app-script-url';

/** A Trusted Types script URL (the DOM types here do not describe Trusted Types yet). */
export type TrustedScriptURL = { readonly brand: 'TrustedScriptURL' };

interface ScriptURLPolicy {
  createScriptURL(url: string): TrustedScriptURL;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptURLPolicy;
}

let policy: ScriptURLPolicy | undefined;

/** `url` resolved against the page; throws unless it is a file of this very origin. */
export function sameOriginScript(url: string | URL): string {
  const resolved = new URL(url, globalThis.location?.href);
  if (resolved.origin !== globalThis.location?.origin || resolved.username || resolved.password) {
    throw new TypeError('Only the app’s own scripts may run');
  }
  return resolved.href;
}

/** A script URL the browser will accept, for `new Worker(…)` and service worker registration. */
export function trustedScriptURL(url: string | URL): TrustedScriptURL | string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return sameOriginScript(url);
  policy ??= factory.createPolicy(SCRIPT_URL_POLICY, { createScriptURL: sameOriginScript });
  return policy.createScriptURL(String(url));
}

/** Starts one of the app's own module workers (its URL from a `?worker-chunk` import). */
export function startWorker(url: string): Worker {
  // A TrustedScriptURL stands where the DOM types expect a string.
  return new Worker(trustedScriptURL(url) as string, { type: 'module' });
}
