import chromium from '../../support/chromium.json' with { type: 'json' };

/** Debian's Chromium: the project never downloads a browser of its own. */
export const CHROMIUM_PATH = chromium.path;

/**
 * Quiet flags, shared with the bench and Lighthouse scripts (tests/support/chromium.json): no sandbox
 * (CI runs as root), and no background calls home, which this offline machine would refuse anyway.
 */
export const CHROMIUM_ARGS = chromium.args;
