import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'گاڑی میں، چیک پوائنٹ پر اور 100 میل کے سرحدی علاقے میں',
  summary:
    'اگر پولیس یا امیگریشن ایجنٹ آپ کی گاڑی روکیں، یا Border Patrol (سرحدی گشت) کے چیک پوائنٹ پر، کیا کریں۔',
  rightNow: {
    steps: [
      'کسی محفوظ جگہ پر گاڑی سائیڈ پر روکیں۔ انجن بند کریں۔ ہاتھ اسٹیئرنگ وہیل پر رکھیں۔',
      'مانگنے پر، ڈرائیور لائسنس، رجسٹریشن اور انشورنس کا ثبوت دکھاتا ہے۔',
      'آپ اپنی امیگریشن حیثیت کے بارے میں خاموش رہ سکتے ہیں۔ گاڑی کی تلاشی سے انکار کریں۔',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'میں خاموش رہنے کا اپنا حق استعمال کر رہا/رہی ہوں۔',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'میں اپنی گاڑی کی تلاشی کی اجازت نہیں دیتا/دیتی۔',
      },
    ],
  },
  lastReviewed: '2026-12-05',
};
