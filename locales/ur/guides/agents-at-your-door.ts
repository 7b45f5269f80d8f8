import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'ایجنٹ آپ کے دروازے پر',
  summary: 'اگر امیگریشن ایجنٹ آپ کے گھر کا دروازہ کھٹکھٹائیں، تو کیا کریں۔',
  rightNow: {
    steps: [
      'دروازہ بند رکھیں۔ ایجنٹوں سے دروازے کے پیچھے سے ہی بات کریں۔',
      'ان سے کہیں کہ وارنٹ ("warrant") دروازے کے نیچے سے سرکائیں۔ دیکھیں کہ اس پر کسی وفاقی یا ریاستی جج کے دستخط ہیں۔',
      'خاموش رہیں۔ کسی چیز پر دستخط نہ کریں۔ وکیل مانگیں۔',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'میں آپ کو اپنے گھر میں داخل ہونے کی اجازت نہیں دیتا/دیتی۔',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'میں خاموش رہنے کا اپنا حق استعمال کر رہا/رہی ہوں۔',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
