import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'ወከልቲ ኣብ ማዕጾኹም',
  summary: 'ወከልቲ ኢሚግሬሽን ማዕጾ ገዛኹም እንተ ኳሕኲሖም እንታይ ከም እትገብሩ።',
  rightNow: {
    steps: [
      'ማዕጾ ዕጹው ሓዝዎ። ምስቶም ወከልቲ ብማዕጾ ኣቢልኩም ተዛረቡ።',
      'ነቲ ትእዛዝ ("warrant") ብትሕቲ ማዕጾ ከሕልፍዎ ሕተትዎም። ዳኛ ፌደራል ወይ ክፍለ ሃገር ከም ዝፈረሞ ኣረጋግጹ።',
      'ስቕ በሉ። ዝኾነ ነገር ኣይትፈርሙ። ጠበቓ ሕተቱ።',
    ],
    sayThis: [
      { english: 'I do not consent to you entering my home.', meaning: 'ናብ ገዛይ ክትኣትዉ ኣይፈቕድን እየ።' },
      { english: 'I am using my right to remain silent.', meaning: 'ስቕ ናይ ምባል መሰለይ እጥቀመሉ ኣለኹ።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
