import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: 'ኣብ ጎደና ወይ ኣብ ህዝባዊ ቦታ',
  summary: 'ወከልቲ ኢሚግሬሽን ካብ ገዛኹም ወጻኢ እንተ ደው ኣቢሎምኹም ወይ ሕቶታት እንተ ሓቲቶምኹም እንታይ ከም እትገብሩ።',
  rightNow: {
    steps: [
      'ስምኩም ቅድሚ ምሃብኩም ወይ ዝኾነ ነገር ቅድሚ ምምላስኩም ሕተቱ: "Am I free to go?" እወ እንተ ኢሎም፣ ብህድኣት ኪዱ።',
      'መልሱ ኣይፋል እንተኾይኑ፣ ስቕ ናይ ምባል መሰልኩም ትጥቀሙ ከም ዘለኹም በሉ። ጠበቓ ሕተቱ።',
      'ኣይትጉየዩ፣ ኣይትከራኸሩ፣ ኣይትቃወሙ። ኣእዳውኩም ወከልቲ ክርእይዎ ኣብ ዝኽእሉ ቦታ ግበሩ።',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'ክኸይድ ይኽእል ድየ?' },
      { english: 'I am using my right to remain silent.', meaning: 'ስቕ ናይ ምባል መሰለይ እጥቀመሉ ኣለኹ።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
