import { later } from '../../ui/later';

/**
 * How long the app may stay hidden before it locks by itself: for the Privacy settings to place. Its code
 * (the auto-lock's, shared with the top bar's quick exit) loads once the screen is drawn, so the names
 * of its files are not in the list the app's first script carries of every screen's files.
 */
export const AutoLockChoice = later(() => import('./AutoLockChoice'));

/** For code that opens the share sheet itself: the hide that follows is not the person leaving. */
export { markHandOff } from './hand-off';
