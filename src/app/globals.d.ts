/** The app's version, from package.json at build time. */
declare const __APP_VERSION__: string;

/** A module built as a Web Worker entry of the app (build/module-workers.ts): its URL. */
declare module '*?worker-chunk' {
  const url: string;
  export default url;
}
