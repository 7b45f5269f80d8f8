import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'एजेंट आपके दरवाज़े पर',
  summary: 'अगर इमिग्रेशन एजेंट आपके घर का दरवाज़ा खटखटाएँ, तो क्या करें।',
  rightNow: {
    steps: [
      'दरवाज़ा बंद रखें। एजेंटों से दरवाज़े के पीछे से ही बात करें।',
      'उनसे कहें कि वारंट ("warrant") दरवाज़े के नीचे से सरकाएँ। जाँचें कि उस पर किसी फ़ेडरल या राज्य के जज के हस्ताक्षर हैं।',
      'चुप रहें। किसी चीज़ पर हस्ताक्षर न करें। वकील माँगें।',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'मैं आपको अपने घर में आने की सहमति नहीं देता/देती।',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'मैं चुप रहने के अपने अधिकार का इस्तेमाल कर रहा/रही हूँ।',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
