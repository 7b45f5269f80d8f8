import type { Guide } from '../../../src/content/guide-types';

export const fastTrackDeportation: Guide = {
  id: 'fast-track-deportation',
  title: 'Fast-track deportation (expedited removal)',
  summary:
    'Who can be deported fast without a judge, and how to prove two years in the U.S. The rules keep changing.',
  steps: [
    'If officers stop you, stay calm. Ask, "Am I free to go?" If they say yes, leave calmly.',
    'If not, say that you will stay silent and that you want to speak with a lawyer.',
    'If you are afraid to return to your country, tell the officer right away.',
    'If an officer gives you papers, like Form I-860, do not sign them. Talk with a lawyer first.',
    'Go to every immigration court hearing. Bring copies of your proof of two years in the U.S.',
  ],
  prepare: [
    'If you have no legal status, start a file that proves you have lived in the U.S. for two years or more.',
    'Collect papers with dates on them, like leases, utility bills, pay stubs, tax returns, and bank statements.',
    "Add school and medical records, church membership papers, dated mail, an old driver's license, and your children's U.S. birth certificates.",
    'Keep adding new papers, so the file stays up to date.',
    'Give the full file to a trusted person. Make sure your family knows where it is.',
    'Ask a lawyer if you should carry copies of a few dated papers. If you carry any, carry copies, not originals.',
  ],
  sayThis: [
    { english: 'Am I free to go?' },
    { english: 'I am afraid to return to my country.' },
    { english: 'I want to speak with a lawyer.' },
    { english: 'I am using my right to remain silent.' },
    { english: 'I will not sign anything without a lawyer.' },
  ],
  doNot: [
    'Do not carry the originals of your proof of two years. Leave them with a trusted person.',
    "Do not carry your children's U.S. birth certificates. The long form shows where each parent was born. Keep them in the file.",
    'If you have no U.S. immigration papers, do not carry papers that show you were born in another country, like a foreign passport.',
    'Do not skip an immigration court hearing. A judge can order you deported if you are not there.',
    'Do not lie, and do not show false papers.',
  ],
  goodToKnow: [
    {
      text: 'In fast-track deportation, an immigration officer orders you out, not a judge. There is no hearing, and usually no appeal. It can happen within days. Reports say it can also bar you from coming back for 5 years.',
    },
    {
      text: 'It generally does not apply to U.S. citizens, green card holders, people who came in with a visa (even an expired one), people with other status papers, or children who came alone. People who have been here 2 years or more and can prove it are generally not covered. People who say they are afraid to go back get an interview about that fear.',
    },
    {
      text: 'On January 21, 2025, DHS made fast-track deportation possible anywhere in the U.S. It covers people who were never let in legally (admitted or paroled), who lack proper entry papers or used fraud, and who cannot prove 2 years here without a break. The officer decides if the proof is enough. DHS also said people with court cases or parole could be moved into it. It is up to you to prove the 2 years.',
      since: '2025-01-21',
    },
    {
      text: 'Since May 2025, ICE has arrested people at immigration court hearings in many cities. This often happens right after ICE lawyers get the case dismissed, so the person can be put into fast-track deportation. Still, skipping a hearing is not safe. Talk to a lawyer before your hearing if you can.',
      since: '2025-05-20',
    },
    {
      text: 'On August 29, 2025, a federal judge in Washington, D.C., Judge Jia Cobb, paused the nationwide expansion. The case is Make the Road New York v. Noem. Reports in 2026 say this pause was later canceled (see the next note). So do not count on this pause today.',
    },
    {
      text: "Reports in 2026 say a federal appeals court in Washington, D.C. (the D.C. Circuit) canceled that pause in a 2-to-1 vote, so fast-track deportation can be used nationwide again. These reports come from sources we could not confirm, and we have not seen the court's own decision. They also say the court ruled that officers do not have to explain how a person could avoid fast-track deportation. These rules keep changing. Ask a lawyer or a trusted group what applies today.",
    },
    {
      text: "Advice on carrying papers differs. Some lawyers and groups say to carry copies of a few dated papers. Other groups say that people with no U.S. immigration papers should never carry anything that shows they were born in another country. Most proof-of-2-years papers do not show where you were born. But the long form of a U.S. birth certificate lists where each parent was born, so keep your children's birth certificates in the file and never carry them. There are pros and cons, so ask a lawyer what is best for you.",
    },
    {
      text: 'If you were given U.S. immigration papers, the law says adults 18 or older must carry them, like a green card or a work permit. If you are here on a visa, the law says to carry your passport and I-94. If an immigration agent asks for your papers and you have them with you, you must show them.',
    },
  ],
  sources: [
    'ABOGADO-VA',
    'ACCIMM-ER',
    'ACLU-IMM',
    'DCCIR-BGB',
    'DCCIR-DISSENTER',
    'DCCIR-TOWNHALL',
    'DOCSLIB-ER2020',
    'DV-ER',
    'EPI-ER',
    'FR-ER',
    'FRAGOMEN-CARRY',
    'GANDS-ER',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-ER',
    'IPT-IMMCOURT',
    'IRC-CARRY',
    'JASMYN-KAMAL',
    'LAA-ER',
    'LATINOPINION-ES',
    'LEGALENUSA-ES',
    'LEXIS-ER',
    'LIBERO-NTA',
    'NAVARRETE',
    'NILC-ES',
    'NOLO-ER',
    'REUTERS-COURT',
    'ROCKY-ER',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
