import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: 'At work',
  summary: 'What to do if immigration agents come to the place where you work.',
  rightNow: {
    steps: [
      'Stay calm and do not run. Keep your hands where the agents can see them.',
      'Ask an agent: "Am I free to go?" If the answer is yes, leave calmly.',
      'If the answer is no, stay silent and ask for a lawyer. Do not sign anything.',
    ],
    sayThis: [{ english: 'Am I free to go?' }, { english: 'I am using my right to remain silent.' }],
  },
  steps: [
    'Stay calm and do not run. Keep your hands where the agents can see them.',
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
    'If you have no U.S. immigration papers, do not carry or show papers from another country, like a foreign passport or consular ID.',
    'Do not push, block, or fight the agents.',
  ],
  goodToKnow: [
    {
      text: 'Anyone, including ICE, may walk into the public parts of a business, like a dining room, lobby, waiting area or parking lot. Being there does not give agents the power to stop, question or arrest just anyone.',
    },
    {
      text: 'Private areas, like kitchens, offices, warehouses and employee-only rooms, are different. To go in, agents need the employer\'s consent or a warrant signed by a federal or state judge. An ICE warrant is not enough. Signs that say "Private" and closed or locked doors help.',
    },
    {
      text: 'If the employer, or someone the employer allows, lets agents into private areas, the agents no longer need a warrant for those areas.',
    },
    {
      text: 'One group says agents use groups by immigration status to single people out.',
    },
    {
      text: "An I-9 inspection is different from a raid. In an inspection, ICE checks the employer's I-9 forms. ICE usually gives the employer written notice at least 3 business days before. The employer may choose not to wait. ICE can also skip the notice if it uses a subpoena or a warrant.",
    },
    {
      text: "In California, a state law called AB 450 says the employer must tell workers within 72 hours after getting a notice of an I-9 inspection, and tell them the results later. In 2018, a federal court blocked the part that kept private employers from letting agents into private areas without a judge's warrant. An appeals court agreed in 2019. Employers may still choose to ask for a judge's warrant.",
      since: '2018-07-04',
      onlyInState: 'CA',
    },
    {
      text: 'If you are not a U.S. citizen, are 18 or older, and were given registration papers, like a green card or a work permit, the law says you must carry them at all times. If you are here on a visa, the law says to carry your passport and I-94. If you have valid U.S. immigration papers with you and an immigration agent asks for them, you must show them.',
    },
    {
      text: 'Workers and employers may film or write down what agents do. But filming agents can be risky. DHS officials have called filming agents a kind of obstruction. A news report says ProPublica counted at least 130 people arrested after being accused of interfering with or filming agents. Borderless Magazine reported that on January 24, 2026, in Minneapolis, federal immigration agents shot and killed a man who tried to film them. Filming is your choice, not a duty. Only do it if it is safe. Keep your distance and do not get in the way.',
      since: '2026-01-24',
    },
  ],
  sources: [
    'ACLU-IMM',
    'ACLUNC-ES',
    'ALTOTRUMP-WORK',
    'BENACH-WORK',
    'BORDERLESS',
    'BUTZEL',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'FRAGOMEN-AB450',
    'FRAGOMEN-CARRY',
    'GPH-AB450',
    'ICS-LAW',
    'IDP-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KMH-AB450',
    'LAW-5THINGS',
    'LAW-FACTSHEET',
    'MASJIDPLUS',
    'NILC-WORK-CLL',
    'NILC-WORK-EVU',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'USCIS-I9-INSPECT',
    'WORKINGCLASS',
  ],
  lastReviewed: '2026-12-05',
};
