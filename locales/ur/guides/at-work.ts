import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'کام کی جگہ پر',
  summary: 'اگر امیگریشن ایجنٹ آپ کے کام کی جگہ پر آئیں، تو کیا کریں۔',
  rightNow: {
    steps: [
      'پرسکون رہیں اور بھاگیں نہیں۔ اپنے ہاتھ ایسی جگہ رکھیں جہاں ایجنٹ انہیں دیکھ سکیں۔',
      'کسی ایجنٹ سے پوچھیں: "Am I free to go?" اگر جواب ہاں ہو، تو سکون سے چلے جائیں۔',
      'اگر جواب نہیں ہے، تو خاموش رہیں اور وکیل مانگیں۔ کسی چیز پر دستخط نہ کریں۔',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'کیا میں جا سکتا/سکتی ہوں؟' },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'میں خاموش رہنے کا اپنا حق استعمال کر رہا/رہی ہوں۔',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
