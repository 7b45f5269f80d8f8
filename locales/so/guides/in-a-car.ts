import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'Gaadhiga iyo aagga xuduudda 100-ka mayl',
  summary:
    'Waxa la sameeyo haddii booliis ama saraakiisha socdaalku joojiyaan gaadhigaaga, ama goob baaritaan oo Border Patrol (ilaalada xuduudda) ah.',
  rightNow: {
    steps: [
      'Gaadhiga ku dhig meel ammaan ah. Dami matoorka. Gacmaha saar usha wadista (shukaanka).',
      'Marka la weydiiyo, darawalku wuxuu tusaa liisanka, diiwaangelinta iyo caddaynta caymiska.',
      'Waad ka aamusi kartaa xaaladdaada socdaal. Diid in gaadhiga la baaro.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Waxaan isticmaalayaa xaqayga ah inaan aamuso.',
      },
      { english: 'I do not consent to a search of my car.', meaning: 'Kuma ogoli in gaadhigayga la baaro.' },
    ],
  },
  lastReviewed: '2026-12-05',
};
