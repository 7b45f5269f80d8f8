import type { Guide } from '../../../src/content/guide-types';

export const findADetainedPerson: Guide = {
  id: 'find-a-detained-person',
  title: 'Find someone who was detained',
  summary: 'How to find a family member held by ICE, and the basics of immigration bond.',
  steps: [
    'Go to the ICE Online Detainee Locator at locator.ice.gov. It is free, and you do not need an account.',
    'Search by A-number and country of birth. Type all 9 digits. If the number is shorter, add zeros at the front.',
    'No A-number? Search by first name, last name, and country of birth. Have the date of birth ready too.',
    'If nothing shows up, try other spellings. Search again later: reports say a new arrest can take up to two days to show.',
    'Keep checking, even after you find the person. ICE often moves people far away, sometimes with no notice.',
    "Call an immigration lawyer or a trusted legal aid group. Give them the A-number, and the deportation officer's name if you know it.",
    'Ask the lawyer if a bond is possible, how much it may be, and who should pay it.',
    "Gather proof of the person's family ties, work, and taxes, and letters of support. A judge may look at these for bond.",
    'If you pay a bond, keep the receipt. It is Form I-305.',
  ],
  sayThis: [
    { english: 'I am looking for a family member who was detained by immigration.' },
    { english: 'Where is this person being held?' },
    { english: 'Has a bond been set, and how much is it?' },
  ],
  doNot: [
    "Do not call 1-866-DHS-2-ICE for help. It is ICE's tip line for reporting people.",
    'Do not pay a "notario" for legal help. In the U.S., a notary cannot give legal advice.',
    'Do not pay the bond with a personal check or a payment app.',
    'After release, the person must not miss any hearing. If they miss one, the bond money can be lost.',
  ],
  goodToKnow: [
    {
      text: 'The locator only shows people who are in ICE custody now, or who were let out in the last 60 days. It does not show anyone under 18. Names must match ICE records exactly. The site works in Spanish and other languages.',
    },
    {
      text: 'A bond is money paid to ICE as a promise that the person will go to every hearing. It lets them fight the case from outside. ICE sets the first amount, or says no bond. The person can ask an immigration judge to review it. The judge looks first at danger to others, then at the risk that the person will not come back. Reported bonds start at $1,500. Amounts of $5,000 to $15,000 or more are common.',
    },
    {
      text: "These payment details come from legal guides, not from ICE: the bond is usually paid in full to ICE, by cashier's check or money order. The person who pays must have legal status. The money comes back if all the rules are followed.",
    },
    {
      text: 'Some people cannot get a bond at all. This is called mandatory detention. It can apply to some people with criminal records, to people stopped as they arrive, and to people with an old deportation order.',
    },
    {
      text: 'Since July 8, 2025, DHS treats people who came into the U.S. without being inspected by immigration officers as not able to get a bond. It says they must stay detained.',
      since: '2025-07-08',
    },
    {
      text: 'On September 5, 2025, the immigration appeals board (BIA) decided Matter of Yajure Hurtado. It says immigration judges may not hold bond hearings for people who came in without inspection.',
      since: '2025-09-05',
    },
    {
      text: 'In November and December 2025, a federal judge in California, Judge Sunshine Sykes, rejected the no-bond policy in a case called Maldonado Bautista. The judge certified a nationwide group, the "Bond Eligible Class," with a right to bond hearings. A final judgment was reported on December 26, 2025. Reports say some immigration courts still refuse to hold these hearings. A habeas petition in federal court is another path. This may have changed, so ask a lawyer what applies today.',
      since: '2025-12-26',
    },
  ],
  sources: [
    '2001-BOND-ES',
    'CIBERCUBA-2025',
    'CONEXION-BOND',
    'ELTOQUE-ODLS',
    'FACTCHEQUEADO',
    'HELPWITHBONDS-ES',
    'ICEBOUND-BOND',
    'IMMNET-G28',
    'KYRHUB-BOND',
    'KYRHUB-COUNSEL',
    'LAWHELPMN-ES',
    'LULAC-WI',
    'MALDONADO-LV',
    'MALDONADO-WOLFSDORF',
    'NEWZINO',
    'NOLO-BOND',
    'ODLS-FAQ-2017',
    'ODLS-LAUNCH',
    'PIXELATION-ODLS',
    'REF-ODLS',
    'WILDES-BOND',
    'WISLAW',
    'YAJURE-AIC',
    'YAJURE-MO',
  ],
  lastReviewed: '2026-11-26',
};
