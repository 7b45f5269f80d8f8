/** How long the app may stay hidden before it locks by itself: for the Privacy settings to place. */
export { AutoLockChoice } from './AutoLockChoice';
