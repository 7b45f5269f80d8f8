import type { Guide } from '../../../src/content/guide-types';

export const ifYouAreDetained: Guide = {
  id: 'if-you-are-detained',
  title: 'If you are detained or arrested',
  summary: 'What to say and do if immigration agents hold you or arrest you.',
  steps: [
    'Stay calm. Keep your hands where the officers can see them.',
    'Say that you are using your right to stay silent. Do not say where you were born or how you came here.',
    'Say that you want to speak with a lawyer. Do not explain or decide anything without one.',
    'Do not sign any paper before you talk with a lawyer.',
    'Ask to make a phone call. Ask for the list of free or low-cost lawyers.',
    'If you are afraid to go back to your country, tell the officers right away.',
    'If you have children under 18, tell the officers right away. Ask how you can arrange care for them.',
    "If you want, ask the officers to tell your country's consulate that you are being held.",
    'Learn the name and phone number of your deportation officer. Give them and your A-number to your family and your lawyer.',
  ],
  sayThis: [
    { english: 'I am using my right to remain silent.' },
    { english: 'I want to speak with a lawyer.' },
    { english: 'I will not sign anything without a lawyer.' },
    { english: 'I am afraid to return to my country.' },
    { english: 'I have children under 18. I need to arrange their care.' },
    { english: 'Please give me the list of free legal services.' },
    { english: 'I want my consulate to be told that I am detained.' },
  ],
  doNot: [
    'Do not lie, and do not show false papers.',
    'Do not sign any paper, or agree to leave the country, without a lawyer.',
    'If you have no U.S. immigration papers, do not carry or hand over papers from another country, like a foreign passport.',
    'Do not run, push, or fight the officers.',
    'Do not pay a "notario" for legal advice. In the U.S., a notary cannot give legal advice.',
  ],
  goodToKnow: [
    {
      text: 'Using your rights may not stop the arrest. It protects your case later. Anything you say can be used against you in immigration court. People here on a visa, like tourists, students or business travelers, may have to answer questions about their status.',
    },
    {
      text: 'ICE may ask you to sign papers. Form I-826 asks you to choose between seeing a judge and leaving without a hearing. Voluntary departure means you promise to leave the U.S. by a deadline; if you stay past it, it becomes a deportation order with fines. A stipulated removal order means you give up your hearing and accept a deportation order, even if you might have a way to stay. Do not sign any of them before you talk with a lawyer.',
    },
    {
      text: 'Immigration cases are civil, not criminal. So the government does not give you a free lawyer in immigration court. That is why you should ask for the list of free legal services. The Justice Department keeps this list.',
    },
    {
      text: 'If you are afraid to go back, say so as soon as you can. In fast-track deportation, people who seek asylum get an interview about their fear, called a "credible fear interview."',
    },
    {
      text: 'On July 2, 2025, ICE replaced its rules for detained parents with a new directive, 11064.4. Reports say it gives parents fewer protections. You can still ask about care for your children, visits, and taking part in family court.',
      since: '2025-07-02',
    },
    {
      text: 'You can ask that your consulate be told that you are detained. This right comes from an international treaty, the Vienna Convention.',
    },
    {
      text: 'Know your A-number before anything happens. It is the 8- or 9-digit number that DHS gives anyone who has had an immigration case or benefit. It is on immigration papers, work permits and court notices. On a Notice to Appear (Form I-862), it is at the top right.',
    },
    {
      text: 'Your family or lawyer can check if you have a case or an old order in immigration court. Call the immigration court phone line (EOIR) at 1-800-898-7180, or use the EOIR online case status system. Both need your A-number. This line shows only cases and orders of the immigration courts and the immigration appeals board (BIA). Fast-track deportation orders, and other orders made by ICE or Border Patrol, never show up there.',
    },
    {
      text: 'If you were given U.S. immigration papers, the law says adults 18 or older must carry them, like a green card or a work permit. If you are here on a visa, the law says to carry your passport and I-94. If an immigration agent asks for your papers and you have them with you, you must show them. The advice not to carry papers from another country is only for people with no U.S. immigration papers.',
    },
  ],
  sources: [
    'ACLU-IMM',
    'CATHOLIC-CHARITIES-ES',
    'EDDY-CHAVARRIA',
    'EOIR-PM-1.6C',
    'FACTCHEQUEADO',
    'FRAGOMEN-CARRY',
    'HAFEY-2026',
    'IBX-LEGAL',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-11064',
    'IRC-CARRY',
    'KDNK-2025',
    'KYRHUB-COUNSEL',
    'LAA-ER',
    'LEGALCLARITY-COUNSEL',
    'LULAC-ESCUDO',
    'LULAC-WI',
    'NAVARRETE',
    'NILC-ES',
    'ODLS-FAQ-2017',
    'STMARY-VD',
    'UFCW-RAIDS',
    'UNITYITC',
    'UWD-KYR',
    'WRC-PARENTS',
  ],
  lastReviewed: '2026-12-05',
};
