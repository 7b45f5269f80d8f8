import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'በመኪና ውስጥ፣ በፍተሻ ኬላዎች እና በ100 ማይል የድንበር ክልል ውስጥ',
  summary: 'ፖሊስ ወይም የኢሚግሬሽን ወኪሎች መኪናዎን ቢያስቆሙ፣ ወይም በBorder Patrol (የድንበር ጥበቃ) ኬላ ላይ ምን ማድረግ እንዳለብዎ።',
  rightNow: {
    steps: [
      'ደህንነቱ በተጠበቀ ቦታ ዳር ይዘው ያቁሙ። ሞተሩን ያጥፉ። እጆችዎን መሪው ላይ ያድርጉ።',
      'ሲጠየቅ፣ ሾፌሩ መንጃ ፈቃድ፣ የመኪና ምዝገባ እና የኢንሹራንስ ማረጋገጫ ያሳያል።',
      'ስለ ኢሚግሬሽን ሁኔታዎ ዝም ማለት ይችላሉ። መኪናው እንዲፈተሽ አይፍቀዱ።',
    ],
    sayThis: [
      { english: 'I am using my right to remain silent.', meaning: 'ዝም የማለት መብቴን እየተጠቀምኩ ነው።' },
      { english: 'I do not consent to a search of my car.', meaning: 'መኪናዬ እንዲፈተሽ አልፈቅድም።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
