import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: 'ਸੜਕ ’ਤੇ ਜਾਂ ਜਨਤਕ ਥਾਂ ’ਤੇ',
  summary: 'ਜੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਏਜੰਟ ਤੁਹਾਨੂੰ ਘਰ ਤੋਂ ਬਾਹਰ ਰੋਕਣ ਜਾਂ ਸਵਾਲ ਪੁੱਛਣ ਤਾਂ ਕੀ ਕਰਨਾ ਹੈ।',
  rightNow: {
    steps: [
      'ਆਪਣਾ ਨਾਂ ਦੱਸਣ ਜਾਂ ਕਿਸੇ ਗੱਲ ਦਾ ਜਵਾਬ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਪੁੱਛੋ: "ਕੀ ਮੈਂ ਜਾ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ?" ਜੇ ਹਾਂ, ਤਾਂ ਸ਼ਾਂਤੀ ਨਾਲ ਚਲੇ ਜਾਓ।',
      'ਜੇ ਜਵਾਬ ਨਹੀਂ ਹੈ, ਤਾਂ ਕਹੋ ਕਿ ਤੁਸੀਂ ਚੁੱਪ ਰਹਿਣ ਦਾ ਹੱਕ ਵਰਤ ਰਹੇ ਹੋ। ਵਕੀਲ ਮੰਗੋ।',
      'ਭੱਜੋ ਨਾ, ਬਹਿਸ ਨਾ ਕਰੋ, ਵਿਰੋਧ ਨਾ ਕਰੋ। ਆਪਣੇ ਹੱਥ ਉੱਥੇ ਰੱਖੋ ਜਿੱਥੇ ਏਜੰਟ ਦੇਖ ਸਕਣ।',
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
