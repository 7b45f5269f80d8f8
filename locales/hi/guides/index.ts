import type { CoreGuide } from '../../../src/content/guide-types';
import { agentsAtYourDoor } from './agents-at-your-door';
import { atWork } from './at-work';
import { inACar } from './in-a-car';
import { onTheStreet } from './on-the-street';

export const guides: readonly CoreGuide[] = [agentsAtYourDoor, onTheStreet, inACar, atWork];
