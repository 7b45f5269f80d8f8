import card from './card.json';
import common from './common.json';
import guides from './guides.json';
import help from './help.json';
import home from './home.json';
import settings from './settings.json';
import warrant from './warrant.json';

/** All of the interface's Spanish strings; each file is one area of the app (`common.appName`, `home.title`, …). */
export default { card, common, guides, help, home, settings, warrant };
