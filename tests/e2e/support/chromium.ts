/** Debian's Chromium: the project never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Quiet flags: no background calls home, which this offline machine would refuse anyway. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
