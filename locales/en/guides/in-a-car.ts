import type { Guide } from '../../../src/content/guide-types';

export const inACar: Guide = {
  id: 'in-a-car',
  title: 'In a car, at checkpoints and in the 100-mile border zone',
  summary: 'What to do if police or immigration agents stop your car, or at a Border Patrol checkpoint.',
  rightNow: {
    steps: [
      'Pull over in a safe place. Turn off the engine. Hands on the wheel.',
      'The driver shows license, registration and proof of insurance when asked.',
      'You may stay silent about your status. Say no to a search of the car.',
    ],
    sayThis: [
      { english: 'I am using my right to remain silent.' },
      { english: 'I do not consent to a search of my car.' },
    ],
  },
  steps: [
    'When you are signaled to stop, pull over in a safe place.',
    'Turn off the engine. Turn on the light inside the car.',
    'Roll your window part way down. Keep your hands on the wheel.',
    'If you are the driver and they ask, show your license, registration and proof of insurance.',
    'You may stay silent about your status and where you were born. Visa holders may have to answer. Say you are using this right.',
    'If you are a passenger, you may stay silent too. Ask if you are free to go. If yes, leave quietly.',
    'If they ask to search the car, say clearly that you do not consent.',
    'At a Border Patrol checkpoint, you may stay silent. If they hold you after a few questions, ask if you are being detained.',
  ],
  sayThis: [
    { english: 'I am using my right to remain silent.' },
    { english: 'I do not consent to a search of my car.' },
    { english: 'Am I free to go?' },
    { english: 'Am I being detained?' },
    { english: 'I want to speak with a lawyer.' },
  ],
  doNot: [
    'Do not lie to the police or to agents.',
    'Never keep false papers in the car, and never show them.',
    'Do not get in the way of a search with your body, even if you said no.',
    'If you have no U.S. immigration papers, do not carry or show papers from another country, like a foreign passport or consular ID.',
  ],
  goodToKnow: [
    {
      text: 'You can say no to a search. But police may still search the car without your consent if they believe there is evidence of a crime. This is called probable cause.',
    },
    {
      text: 'A federal rule lets CBP, the border agency, work within 100 miles of any land border or coast. This is often called the 100-mile border zone. About two out of three people in the U.S. live in it.',
    },
    {
      text: 'At a checkpoint in this zone, Border Patrol can stop your car for a short time and ask about citizenship, even if they do not suspect you of anything. To hold you longer, they need reasonable suspicion. To search the car, they need a warrant or probable cause. Away from checkpoints, Border Patrol needs reasonable suspicion to stop a car.',
    },
    {
      text: 'People on visas, like tourists, students and business travelers, have different duties. They may have to answer questions about their immigration status.',
    },
    {
      text: 'If you are not a U.S. citizen, are 18 or older, and were given registration papers, the law says you must carry them at all times. Examples are a green card, a work permit, or proof that you registered on Form G-325R. If you are here on a visa, the law says to carry your passport and I-94. Not carrying them is a crime. It can mean a fine of up to $5,000 and up to 30 days in jail. This rule was rarely enforced in the past. In April 2025, and again in July 2025, the government reminded people of it in public. If you have a green card, carry the original, not only a photo on your phone.',
      since: '2025-04',
    },
    {
      text: 'If you have valid U.S. immigration papers with you and an immigration agent asks for them, you must show them. The ACLU of Arizona says this duty is to federal immigration agents, not to local police. The advice not to carry papers from another country is only for people with no U.S. immigration papers.',
    },
    {
      text: 'In 2025, CBP checkpoints and checks on buses were reported far from the southern border. In June 2025, this was reported on highway I-95 in Maine, about 80 miles from Canada. U.S. citizens do not have to carry proof of citizenship.',
      since: '2025-06',
    },
  ],
  sources: [
    'ACLU-100',
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLUM',
    'AILA-REG-FINE',
    'AIR-LEGAL',
    'ALR-2025',
    'DESITALK-2025',
    'DOCUMENTEDNY',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IRC-CARRY',
    'LAWHELPNY-REG',
    'MIINDIA-264E',
    'MOLINAS-CHECKPOINT',
    'NAVARRETE',
    'NILC-ES',
    'SDLR',
    'SUMNER-264E',
    'TEENVOGUE',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
