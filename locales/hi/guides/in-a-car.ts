import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'कार में, चेकपॉइंट पर और 100 मील के सीमा क्षेत्र में',
  summary: 'अगर पुलिस या इमिग्रेशन एजेंट आपकी कार रोकें, या Border Patrol (सीमा गश्ती) के चेकपॉइंट पर, क्या करें।',
  rightNow: {
    steps: [
      'किसी सुरक्षित जगह पर गाड़ी किनारे रोकें। इंजन बंद करें। हाथ स्टीयरिंग व्हील पर रखें।',
      'माँगे जाने पर, ड्राइवर लाइसेंस, रजिस्ट्रेशन और बीमे का सबूत दिखाता है।',
      'आप अपने इमिग्रेशन स्टेटस के बारे में चुप रह सकते हैं। कार की तलाशी के लिए मना करें।',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'मैं चुप रहने के अपने अधिकार का इस्तेमाल कर रहा/रही हूँ।',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'मैं अपनी कार की तलाशी के लिए सहमति नहीं देता/देती।',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
