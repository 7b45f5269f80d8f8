import type { Guide } from '../../../src/content/guide-types';

export const onTheStreet: Guide = {
  id: 'on-the-street',
  title: 'On the street or in public',
  summary: 'What to do if immigration agents stop you or ask you questions outside your home.',
  rightNow: {
    steps: [
      'Before you give your name or answer anything, ask: "Am I free to go?" If yes, walk away calmly.',
      'If the answer is no, say that you are using your right to stay silent. Ask for a lawyer.',
      'Do not run, argue or resist. Keep your hands where the agents can see them.',
    ],
    sayThis: [{ english: 'Am I free to go?' }, { english: 'I am using my right to remain silent.' }],
  },
  steps: [
    'Stay calm. Keep your hands where the agents can see them.',
    'Before you give your name or answer anything, ask: "Am I free to go?"',
    'If the agent says yes, walk away calmly.',
    'If the agent says no, say that you are using your right to stay silent.',
    'Say that you want to speak with a lawyer.',
    'If they want to search you or your bags, say clearly that you do not consent.',
    'If you carry a red card, tell the agent before you reach for it. Then show it.',
  ],
  prepare: [
    'Keep a red card in your wallet.',
    'Learn at least one phone number by heart, in case your phone is taken.',
  ],
  sayThis: [
    { english: 'Am I free to go?' },
    { english: 'I am using my right to remain silent.' },
    { english: 'I want to speak with a lawyer.' },
    { english: 'I do not consent to any search.' },
    { english: 'I have a card in my wallet. May I take it out to show you?' },
  ],
  doNot: [
    'Do not run. Running can be used against you.',
    'Do not argue with the agents, push them, or block their way.',
    'Do not lie, and do not show false papers.',
    'If you have no U.S. immigration papers, do not carry or show papers from another country, like a foreign passport or consular ID.',
    'Do not sign any papers without talking to a lawyer.',
  ],
  goodToKnow: [
    {
      text: 'ICE does not need a warrant just to talk to you in public. ICE can also arrest people outside the home, often with only an ICE warrant or with no warrant at all.',
    },
    {
      text: 'You do not have to say where you were born, whether you are a citizen, or how you came into the country. What you say can be used in immigration court. People here on a visa, like tourists, students or business travelers, may have to answer questions about their status.',
    },
    {
      text: 'Some states say you must give your name if you are lawfully stopped and asked who you are. Even then, you do not have to answer other questions.',
    },
    {
      text: 'You can refuse a search. But an officer may pat the outside of your clothes if they think you have a weapon. Do not resist.',
    },
    {
      text: 'Papers from another country can be used in a deportation case to show you were born abroad. That is why people with no U.S. immigration papers are told not to carry them.',
    },
    {
      text: 'If you are not a U.S. citizen, are 18 or older, and were given registration papers, the law says you must carry them at all times. Examples are a green card, a work permit, or proof that you registered on Form G-325R. If you are here on a visa, the law says to carry your passport and I-94.',
    },
    {
      text: 'If you have valid U.S. immigration papers with you and an immigration agent asks for them, you must show them. The ACLU of Arizona says this duty is to federal immigration agents, not to local police.',
    },
    {
      text: 'Knowing your rights does not mean you will not be arrested. It helps protect your case later.',
    },
    {
      text: 'In September 2025, the Supreme Court paused a lower court order for the Los Angeles area (the case is Noem v. Vasquez Perdomo). That order had barred stops based only on these things: apparent race or ethnicity, speaking Spanish or English with an accent, the place (such as a bus stop, car wash or day-labor site), or the type of job. Now agents there may again make brief stops using a mix of these things. Justice Kavanaugh wrote that citizens and lawful residents stopped this way should be let go after a brief stop. This is a temporary emergency pause, not a final ruling, so it may change.',
      since: '2025-09-08',
    },
  ],
  sources: [
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLU-MIRROR',
    'ALC-2023',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IDP-PLAN',
    'II-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KDNK-2025',
    'LAWHELPNY-REG',
    'LULAC-ESCUDO',
    'MASJIDPLUS',
    'NILC-ES',
    'PERDOMO-SCOTUSBLOG',
    'PERDOMO-TEXT',
    'PERDOMO-VISAVERGE',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
