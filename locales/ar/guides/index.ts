import type { Guide } from '../../../src/content/guide-types';
import { agentsAtYourDoor } from './agents-at-your-door';
import { atWork } from './at-work';
import { communityDefense } from './community-defense';
import { documentARaid } from './document-a-raid';
import { fastTrackDeportation } from './fast-track-deportation';
import { findADetainedPerson } from './find-a-detained-person';
import { ifYouAreDetained } from './if-you-are-detained';
import { inACar } from './in-a-car';
import { onTheStreet } from './on-the-street';
import { rightsAndDuties } from './rights-and-duties';
import { schoolsHospitalsChurchesCourts } from './schools-hospitals-churches-courts';

/** The guides in the order the guide list shows them. */
export const guides: readonly Guide[] = [
  agentsAtYourDoor,
  onTheStreet,
  inACar,
  atWork,
  schoolsHospitalsChurchesCourts,
  ifYouAreDetained,
  fastTrackDeportation,
  findADetainedPerson,
  documentARaid,
  rightsAndDuties,
  communityDefense,
];
