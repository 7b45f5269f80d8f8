import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'काम की जगह पर',
  summary: 'अगर इमिग्रेशन एजेंट आपके काम की जगह पर आएँ, तो क्या करें।',
  rightNow: {
    steps: [
      'शांत रहें और भागें नहीं। अपने हाथ ऐसी जगह रखें जहाँ एजेंट उन्हें देख सकें।',
      'किसी एजेंट से पूछें: "Am I free to go?" अगर जवाब हाँ है, तो शांति से चले जाएँ।',
      'अगर जवाब नहीं है, तो चुप रहें और वकील माँगें। किसी चीज़ पर हस्ताक्षर न करें।',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'क्या मैं जा सकता/सकती हूँ?' },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'मैं चुप रहने के अपने अधिकार का इस्तेमाल कर रहा/रही हूँ।',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
