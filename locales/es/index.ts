import common from './common.json';
import home from './home.json';

/**
 * The Spanish strings the first screen needs (the app's frame and the home screen).
 * Every other screen brings its own strings with it: see addScreenStrings in src/i18n/i18n.ts.
 */
export default { common, home };
