import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'ਤੁਹਾਡੇ ਦਰਵਾਜ਼ੇ ’ਤੇ ਏਜੰਟ',
  summary: 'ਜੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਏਜੰਟ ਤੁਹਾਡੇ ਘਰ ਦਾ ਦਰਵਾਜ਼ਾ ਖੜਕਾਉਣ ਤਾਂ ਕੀ ਕਰਨਾ ਹੈ।',
  rightNow: {
    steps: [
      'ਦਰਵਾਜ਼ਾ ਬੰਦ ਰੱਖੋ। ਏਜੰਟਾਂ ਨਾਲ ਦਰਵਾਜ਼ੇ ਦੇ ਅੰਦਰੋਂ ਹੀ ਗੱਲ ਕਰੋ।',
      'ਉਨ੍ਹਾਂ ਨੂੰ ਕਹੋ ਕਿ ਵਾਰੰਟ ("warrant") ਦਰਵਾਜ਼ੇ ਹੇਠੋਂ ਸਰਕਾਉਣ। ਚੈੱਕ ਕਰੋ ਕਿ ਇਸ ’ਤੇ ਫ਼ੈਡਰਲ ਜਾਂ ਸਟੇਟ ਜੱਜ ਦੇ ਦਸਤਖ਼ਤ ਹਨ।',
      'ਚੁੱਪ ਰਹੋ। ਕਿਸੇ ਚੀਜ਼ ’ਤੇ ਦਸਤਖ਼ਤ ਨਾ ਕਰੋ। ਵਕੀਲ ਮੰਗੋ।',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'ਮੈਂ ਤੁਹਾਨੂੰ ਆਪਣੇ ਘਰ ਅੰਦਰ ਆਉਣ ਦੀ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੰਦਾ/ਦਿੰਦੀ।',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'ਮੈਂ ਚੁੱਪ ਰਹਿਣ ਦਾ ਆਪਣਾ ਹੱਕ ਵਰਤ ਰਿਹਾ/ਰਹੀ ਹਾਂ।',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
