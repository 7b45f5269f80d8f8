import type { Guide } from '../../../src/content/guide-types';

export const documentARaid: Guide = {
  id: 'document-a-raid',
  title: 'Document a raid safely',
  summary: 'How to write down or record what immigration agents do, while you keep yourself and others safe.',
  // The record's form asks what these steps say to write down (/record, issue 13); the alert (/alert)
  // sends a ready message to the people and the local line chosen in advance.
  stepLinks: [
    { list: 'steps', step: 2, to: 'record' },
    { list: 'steps', step: 7, to: 'record' },
    { list: 'steps', step: 8, to: 'alert' },
  ],
  steps: [
    'Put your safety first. Recording is your choice. Watching and taking notes also helps.',
    'Stay calm. Keep your distance; one lawyer suggests 10 to 15 feet (3 to 4.5 meters). Never get between agents and the person they stop.',
    'Write down the date, time and place, how many agents and vehicles, the agency on their vests, and the plates.',
    'If it feels safe, ask which agency they are with, their names and badge numbers, and where they are taking the person.',
    'If it is safe, quietly ask the person being taken who you should call for them.',
    'If you record, hold your phone where agents can see it. If they tell you to step back, step back and keep recording.',
    'Note what agents say and do, any warrant they show, any force or damage, and who was taken.',
    'Afterward, write everything down while you still remember. Give your notes and videos to the family or their lawyer.',
    'Check the facts before you share anything. Report what you saw to your local rapid-response line.',
  ],
  sayThis: [
    { english: 'Which agency are you with?' },
    { english: 'What are your names and badge numbers?' },
    { english: 'Where are you taking this person?' },
    { english: 'Do you have a warrant?' },
    { english: 'I am using my right to record. I will not get in your way.' },
    { english: 'Okay. I am stepping back.' },
  ],
  doNot: [
    'Do not touch or block agents, and do not get between them and the person they stop.',
    'Do not stay on private property if the owner tells you to leave.',
    'Do not go live on social media while it is happening.',
    'Do not post faces, car plates or tattoos of people who were taken. Blur them first.',
    'Do not share a report before you check it. False alarms spread fear.',
    'Do not call 1-866-DHS-2-ICE (1-866-347-2423) for help. It is the line ICE uses to get tips about people.',
  ],
  goodToKnow: [
    {
      text: 'Filming ICE or CBP agents as they work in public is protected by the First Amendment. This is true for everyone, citizen or not. At least seven federal appeals courts say people may record police in public.',
    },
    {
      text: 'This right has limits. Do not interfere with the agents. An owner can make you leave private property. Recording may not be allowed inside a courthouse.',
    },
    {
      text: 'Recording can be risky. DHS officials have called filming agents a kind of obstruction or even "violence." A news report says ProPublica counted at least 130 people arrested after being accused of interfering with or filming agents. Borderless Magazine reported that on January 24, 2026, in Minneapolis, federal immigration agents shot and killed a man who tried to film them. Recording is always your choice. Your safety comes first.',
      since: '2026-01-24',
    },
    {
      text: 'At work, workers and employers may also film or write down what agents do during a raid.',
    },
    {
      text: 'Lock your phone with a passcode, not your face or fingerprint. Set your videos to back up to the cloud.',
    },
    {
      text: 'You can ask agents if they have a warrant, but they do not have to show it to someone who is only watching.',
    },
    {
      text: 'Local rapid-response groups check reports, send legal observers, and help families find lawyers. United We Dream has run a national line called MigraWatch to report ICE and CBP activity. Other groups list its number as 1-844-363-1423. The newest news report we found with this number is from 2019 (The Monitor), and we found no United We Dream page that gives it, so it may not work. Check unitedwedream.org before you need it.',
    },
  ],
  sources: [
    'BORDERLESS',
    'CIBERCUBA-2025',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'ICEENCOUNTER',
    'IMMLIB-MIGRAWATCH',
    'LANACION-FILM-ES',
    'LAW-5THINGS',
    'MASJIDPLUS',
    'MIRA-BYSTANDER',
    'MONITOR-2019',
    'NILC-WORK-EVU',
    'NYCLU-FILM',
    'OBSERVED-FILM',
    'RECORD-MX',
    'SANJOSE-MIGRAWATCH',
    'UWD-2019',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
