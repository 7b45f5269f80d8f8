import type { CoreGuide } from '../../../src/content/guide-types';

export const inACar: CoreGuide = {
  id: 'in-a-car',
  title: 'ኣብ መኪና፣ ኣብ ኬላታትን ኣብ ናይ 100 ማይል ዞባ ዶብን',
  summary: 'ፖሊስ ወይ ወከልቲ ኢሚግሬሽን ንመኪናኹም ደው እንተ ኣቢሎምዋ፣ ወይ ኣብ ኬላ Border Patrol (ሓለዋ ዶብ) እንታይ ከም እትገብሩ።',
  rightNow: {
    steps: [
      'ኣብ ውሑስ ቦታ ደው በሉ። ሞተር ኣጥፍእዎ። ኣእዳውኩም ኣብ መሪሕ (ስቲሪንግ) ግበሩ።',
      'ምስ ተሓተተ፣ እቲ መራሕ መኪና መንጃ ፍቓድ፣ ሊብረታን መረጋገጺ ኢንሹራንስን የርኢ።',
      'ብዛዕባ ኩነታት ኢሚግሬሽንኩም ስቕ ክትብሉ ትኽእሉ ኢኹም። መኪና ክትፍተሽ ኣይትፍቐዱ።',
    ],
    sayThis: [
      { english: 'I am using my right to remain silent.', meaning: 'ስቕ ናይ ምባል መሰለይ እጥቀመሉ ኣለኹ።' },
      { english: 'I do not consent to a search of my car.', meaning: 'መኪናይ ክትፍተሽ ኣይፈቕድን እየ።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
