import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'ਕੰਮ ’ਤੇ',
  summary: 'ਜੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਏਜੰਟ ਉਸ ਥਾਂ ’ਤੇ ਆਉਣ ਜਿੱਥੇ ਤੁਸੀਂ ਕੰਮ ਕਰਦੇ ਹੋ ਤਾਂ ਕੀ ਕਰਨਾ ਹੈ।',
  rightNow: {
    steps: [
      'ਸ਼ਾਂਤ ਰਹੋ ਅਤੇ ਭੱਜੋ ਨਾ। ਆਪਣੇ ਹੱਥ ਉੱਥੇ ਰੱਖੋ ਜਿੱਥੇ ਏਜੰਟ ਦੇਖ ਸਕਣ।',
      'ਕਿਸੇ ਏਜੰਟ ਨੂੰ ਪੁੱਛੋ: "ਕੀ ਮੈਂ ਜਾ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ?" ਜੇ ਜਵਾਬ ਹਾਂ ਹੈ, ਤਾਂ ਸ਼ਾਂਤੀ ਨਾਲ ਚਲੇ ਜਾਓ।',
      'ਜੇ ਜਵਾਬ ਨਹੀਂ ਹੈ, ਤਾਂ ਚੁੱਪ ਰਹੋ ਅਤੇ ਵਕੀਲ ਮੰਗੋ। ਕਿਸੇ ਚੀਜ਼ ’ਤੇ ਦਸਤਖ਼ਤ ਨਾ ਕਰੋ।',
    ],
    sayThis: [
      {
        english: 'Am I free to go?',
        meaning: 'ਕੀ ਮੈਂ ਜਾ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ?',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'ਮੈਂ ਚੁੱਪ ਰਹਿਣ ਦਾ ਆਪਣਾ ਹੱਕ ਵਰਤ ਰਿਹਾ/ਰਹੀ ਹਾਂ।',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
