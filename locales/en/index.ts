import common from './common.json';
import guides from './guides.json';
import home from './home.json';
import settings from './settings.json';

/** All of the interface's English strings; each file is one area of the app (`common.appName`, `home.title`, …). */
export default { common, guides, home, settings };
