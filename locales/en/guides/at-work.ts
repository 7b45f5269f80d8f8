import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: 'At work',
  summary: 'What to do if immigration agents come to the place where you work.',
  steps: [
    'Stay calm. Keep your hands where the agents can see them.',
    'Ask an agent: "Am I free to go?"',
    'If the agent says yes, leave calmly.',
    'If the agent says no, say that you are using your right to stay silent.',
    'Say that you want to speak with a lawyer.',
    'If agents tell workers to split into groups by immigration status, you do not have to join a group. You may stay where you are.',
    'When it is safe, write down what happened: the time, the agency, how many agents came, and what they said.',
  ],
  sayThis: [
    { english: 'Am I free to go?' },
    { english: 'I am using my right to remain silent.' },
    { english: 'I want to speak with a lawyer.' },
    { english: 'I will not sign anything without a lawyer.' },
    { english: 'I do not consent to any search.' },
  ],
  doNot: [
    'Do not run. Running can be used against you.',
    'Do not lie, and do not show false papers.',
    'Do not sign anything without talking to a lawyer.',
    'Do not carry or show papers from another country, like a foreign passport or consular ID.',
    'Do not push, block, or fight the agents.',
  ],
  goodToKnow: [
    {
      text: 'Anyone, including ICE, may walk into the public parts of a business, like a dining room, lobby, waiting area or parking lot. Being there does not give agents the power to stop, question or arrest just anyone.',
    },
    {
      text: 'Private areas, like kitchens, offices, warehouses and employee-only rooms, are different. To go in, agents need the employer\'s consent or a warrant signed by a judge. An ICE warrant signed by an officer, not a judge, is not enough. Signs that say "Private" and closed or locked doors help.',
    },
    {
      text: 'If the employer, or someone the employer allows, lets agents into private areas, the agents no longer need a warrant for those areas.',
    },
    {
      text: 'One group says agents use groups by immigration status to single people out.',
    },
    {
      text: "An I-9 audit is different from a raid. In an audit, ICE checks the employer's I-9 forms. ICE must first give the employer written notice, 3 days ahead.",
    },
    {
      text: 'Workers and employers may film or write down what agents do. But filming agents is risky: some officials call it obstruction, and people have been arrested while filming. Filming is your choice, not a duty. Only do it if it is safe. Keep your distance and do not get in the way.',
    },
  ],
  sources: [
    'ACLUNC-ES',
    'ALTOTRUMP-WORK',
    'BENACH-WORK',
    'BUTZEL',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'ICS-LAW',
    'IDP-KYR',
    'ILRC-CARD-TEXT',
    'LAW-5THINGS',
    'LAW-FACTSHEET',
    'MASJIDPLUS',
    'NILC-WORK-CLL',
    'NILC-WORK-EVU',
    'SDLR',
    'UFCW-RAIDS',
    'WORKINGCLASS',
  ],
  lastReviewed: '2026-11-26',
};
