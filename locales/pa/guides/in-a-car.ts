import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'ਕਾਰ ਵਿੱਚ, ਚੈੱਕਪੋਸਟਾਂ ’ਤੇ ਅਤੇ 100-ਮੀਲ ਬਾਰਡਰ ਜ਼ੋਨ ਵਿੱਚ',
  summary: 'ਜੇ ਪੁਲਿਸ ਜਾਂ ਇਮੀਗ੍ਰੇਸ਼ਨ ਏਜੰਟ ਤੁਹਾਡੀ ਕਾਰ ਰੋਕਣ, ਜਾਂ ਬਾਰਡਰ ਪੈਟਰੋਲ (Border Patrol) ਦੀ ਚੈੱਕਪੋਸਟ ’ਤੇ, ਕੀ ਕਰਨਾ ਹੈ।',
  rightNow: {
    steps: [
      'ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ’ਤੇ ਕਾਰ ਰੋਕੋ। ਇੰਜਣ ਬੰਦ ਕਰੋ। ਹੱਥ ਸਟੀਅਰਿੰਗ ’ਤੇ ਰੱਖੋ।',
      'ਮੰਗਣ ’ਤੇ ਡਰਾਈਵਰ ਲਾਇਸੈਂਸ, ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਅਤੇ ਬੀਮੇ ਦਾ ਸਬੂਤ ਦਿਖਾਉਂਦਾ ਹੈ।',
      'ਤੁਸੀਂ ਆਪਣੇ ਸਟੇਟਸ ਬਾਰੇ ਚੁੱਪ ਰਹਿ ਸਕਦੇ ਹੋ। ਕਾਰ ਦੀ ਤਲਾਸ਼ੀ ਲਈ ਨਾਂਹ ਕਹੋ।',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'ਮੈਂ ਚੁੱਪ ਰਹਿਣ ਦਾ ਆਪਣਾ ਹੱਕ ਵਰਤ ਰਿਹਾ/ਰਹੀ ਹਾਂ।',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'ਮੈਂ ਆਪਣੀ ਕਾਰ ਦੀ ਤਲਾਸ਼ੀ ਲਈ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੰਦਾ/ਦਿੰਦੀ।',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
