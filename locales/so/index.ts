import common from './common.json';
import home from './home.json';

/**
 * The strings the first screen needs (the app's frame and the home screen), the same two files in every
 * language: src/i18n/resources.ts finds this file by its folder. Every other screen brings its own
 * strings with it: see addScreenStrings in src/i18n/i18n.ts.
 */
export default { common, home };
