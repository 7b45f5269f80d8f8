import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: 'سڑک پر یا عوامی جگہ پر',
  summary: 'اگر امیگریشن ایجنٹ آپ کو گھر سے باہر روکیں یا آپ سے سوال پوچھیں، تو کیا کریں۔',
  rightNow: {
    steps: [
      'اپنا نام بتانے یا کسی بات کا جواب دینے سے پہلے پوچھیں: "Am I free to go?" اگر ہاں، تو سکون سے چلے جائیں۔',
      'اگر جواب نہیں ہے، تو کہیں کہ آپ خاموش رہنے کا اپنا حق استعمال کر رہے ہیں۔ وکیل مانگیں۔',
      'نہ بھاگیں، نہ بحث کریں، نہ مزاحمت کریں۔ اپنے ہاتھ ایسی جگہ رکھیں جہاں ایجنٹ انہیں دیکھ سکیں۔',
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
