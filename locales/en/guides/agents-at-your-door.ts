import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: 'Agents at your door',
  summary: 'What to do if immigration agents knock on the door of your home.',
  rightNow: {
    steps: [
      'Keep the door closed. Talk to the agents through the door.',
      'Ask them to slide the warrant under the door. Check that a federal or state judge signed it.',
      'Stay silent. Do not sign anything. Ask for a lawyer.',
    ],
    sayThis: [
      { english: 'I do not consent to you entering my home.' },
      { english: 'I am using my right to remain silent.' },
    ],
  },
  // The warrant steps open the warrant check.
  stepLinks: [
    { list: 'rightNow', step: 1, to: 'warrant' },
    { list: 'steps', step: 3, to: 'warrant' },
  ],
  steps: [
    'Keep the door closed. Talk to the agents through the door.',
    'Ask who they are and which agency they work for.',
    'Ask them to slide the warrant under the door or hold it flat against a window.',
    'Check the paper. The "Is this a real warrant?" screen in this app can help you.',
    'Look at the top. A judge\'s warrant names a federal or state court. "Immigration Court" does not count.',
    'Look at who signed it. It must be a federal or state judge. An immigration judge does not count.',
    'If no federal or state judge signed it, say through the door that you do not consent to them coming in.',
    'If they come in anyway, do not resist. Say out loud that you do not consent to the entry or to any search.',
    'If a federal or state judge signed it and it shows the right address, do not resist or block the agents.',
    "With a judge's warrant, some groups say to let them in calmly. Stay silent, do not sign, and call a lawyer.",
    'You and everyone at home can stay silent. Say that you want to speak with a lawyer.',
    'Ask for their names and badge numbers. Write down everything that happens.',
  ],
  prepare: [
    'Practice the plan with everyone at home. Every adult must know not to open the door.',
    'Tape a reminder of your rights inside the door.',
    'Keep gates closed and locked.',
    'Set your phone to save photos and videos to the cloud.',
  ],
  sayThis: [
    { english: 'Who are you, and which agency are you with?' },
    { english: 'Please slide the warrant under the door or hold it up to the window.' },
    { english: 'I do not consent to you entering my home.' },
    { english: 'I do not consent to any search.' },
    { english: 'I am using my right to remain silent.' },
    { english: 'I want to speak with a lawyer.' },
  ],
  doNot: [
    'Do not open the door.',
    'Do not lie, and do not show false papers.',
    'Do not push, block, or fight the agents, even if they come in.',
    'Do not sign any papers.',
    'Do not agree to go with agents to an office or to "meet for coffee."',
  ],
  goodToKnow: [
    {
      text: 'Agents do not always say they are from ICE. They may say they are the police or someone else. Their vests may say POLICE. ICE allows this trick, so do not assume what they say is true.',
    },
    {
      text: 'ICE can lawfully come in if any adult in the home lets them in. Everyone at home must know the plan, not only the person the agents are looking for.',
    },
    {
      text: 'Opening the door is not the same as saying yes to entry. But agents may treat an open door as a yes and push inside. It is safer to keep it closed.',
    },
    {
      text: 'ICE can arrest people outside the home, often with only an ICE warrant or with no warrant at all. Agents often wait down the street for people to leave for work.',
    },
    {
      text: 'A judge\'s warrant names a federal or state court at the top, such as "U.S. District Court" or a state court. A federal or state judge or magistrate signs and dates it. It should have the right address, and the name of a person who lives there or the places to be searched. It must not be expired. A real judge\'s warrant lets agents enter and search the places it names, or arrest the person it names.',
    },
    {
      text: 'An immigration court is part of the Justice Department. It is not a federal or state court. So a paper that says "Immigration Court" or "Executive Office for Immigration Review" at the top, or is signed by an immigration judge, is not a judge\'s warrant.',
    },
    {
      text: 'An ICE warrant says "Department of Homeland Security" at the top. An immigration officer signs it, or sometimes an immigration judge. Forms I-200 and I-205 are ICE warrants. ICE very rarely has a judge\'s warrant. For years, rights groups have said an ICE warrant alone does not give agents permission to enter a home.',
    },
    {
      text: "An ICE memo from May 2025 was made public in January 2026. It claims officers may force their way into the home of a person with a final deportation order, using only Form I-205. Reports say it covers only that person's own home, from 6 am to 10 pm, and not a general search. To enter anyone else's home, agents still need consent, an emergency, or a warrant signed by a federal or state judge. This claim is contested and is being fought in court. In January 2026, a federal judge in Minnesota ruled that one such entry broke the Constitution. The judge did not rule on the memo itself. The safe steps have not changed: do not open the door, do not consent, and do not physically resist.",
      since: '2025-05-12',
    },
  ],
  sources: [
    'ACLU-FLYER',
    'ACLU-SOCAL-ES',
    'ACLUNC-ES',
    'AIDSLAWPA-WARRANTS',
    'ALC-2023',
    'ASAP-ES',
    'BRYAN-NOFW',
    'FAMILIES-FREEDOM',
    'ICEENCOUNTER',
    'IDM-WARRANTS',
    'IDP-KYR',
    'IDP-RUSES',
    'IPT-HOME',
    'JUNTOS-WY',
    'KDNK-2025',
    'LULAC-WI',
    'MNKNOW',
    'OLH-WARRANTS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
