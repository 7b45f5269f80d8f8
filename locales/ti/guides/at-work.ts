import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'ኣብ ስራሕ',
  summary: 'ወከልቲ ኢሚግሬሽን ናብቲ እትሰርሑሉ ቦታ እንተ መጺኦም እንታይ ከም እትገብሩ።',
  rightNow: {
    steps: [
      'ህድእ በሉ፣ ኣይትጉየዩ። ኣእዳውኩም ወከልቲ ክርእይዎ ኣብ ዝኽእሉ ቦታ ግበሩ።',
      'ንሓደ ወኪል ሕተቱ: "Am I free to go?" መልሱ እወ እንተኾይኑ፣ ብህድኣት ኪዱ።',
      'መልሱ ኣይፋል እንተኾይኑ፣ ስቕ በሉ፣ ጠበቓ ድማ ሕተቱ። ዝኾነ ነገር ኣይትፈርሙ።',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'ክኸይድ ይኽእል ድየ?' },
      { english: 'I am using my right to remain silent.', meaning: 'ስቕ ናይ ምባል መሰለይ እጥቀመሉ ኣለኹ።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
