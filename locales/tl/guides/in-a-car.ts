import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'Sa kotse, sa mga checkpoint at sa 100-milyang border zone',
  summary:
    'Ano ang gagawin kung pinahinto ng pulis o ng mga ahente ng imigrasyon ang inyong kotse, o sa checkpoint ng Border Patrol.',
  rightNow: {
    steps: [
      'Tumabi sa ligtas na lugar. Patayin ang makina. Mga kamay sa manibela.',
      'Kapag hiningi, ipinapakita ng driver ang lisensya, rehistro at patunay ng insurance.',
      'Puwede kayong manahimik tungkol sa inyong status. Huwag pumayag na halughugin ang kotse.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Ginagamit ko ang aking karapatang manahimik.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'Hindi ako pumapayag na halughugin ang aking kotse.',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
