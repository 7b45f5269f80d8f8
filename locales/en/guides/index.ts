import type { Guide } from '../../../src/content/guide-types';
import { agentsAtYourDoor } from './agents-at-your-door';

/** The guides in the order the guide list shows them. */
export const guides: readonly Guide[] = [agentsAtYourDoor];
