import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: 'सड़क पर या सार्वजनिक जगह पर',
  summary: 'अगर इमिग्रेशन एजेंट आपको घर के बाहर रोकें या आपसे सवाल पूछें, तो क्या करें।',
  rightNow: {
    steps: [
      'अपना नाम बताने या किसी बात का जवाब देने से पहले पूछें: "Am I free to go?" अगर हाँ, तो शांति से चले जाएँ।',
      'अगर जवाब नहीं है, तो कहें कि आप चुप रहने के अपने अधिकार का इस्तेमाल कर रहे हैं। वकील माँगें।',
      'भागें नहीं, बहस न करें, विरोध न करें। अपने हाथ ऐसी जगह रखें जहाँ एजेंट उन्हें देख सकें।',
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
