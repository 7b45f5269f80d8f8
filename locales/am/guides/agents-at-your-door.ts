import type { CoreGuide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: CoreGuide = {
  id: 'agents-at-your-door',
  title: 'ወኪሎች በርዎ ላይ ሲሆኑ',
  summary: 'የኢሚግሬሽን ወኪሎች የቤትዎን በር ቢያንኳኩ ምን ማድረግ እንዳለብዎ።',
  rightNow: {
    steps: [
      'በሩን ዝግ አድርገው ይያዙ። ከወኪሎቹ ጋር በበሩ በኩል ይነጋገሩ።',
      'ማዘዣውን ("warrant") ከበሩ ስር እንዲያሾልኩት ይጠይቋቸው። የፌደራል ወይም የግዛት ዳኛ መፈረሙን ያረጋግጡ።',
      'ዝም ይበሉ። ምንም ነገር አይፈርሙ። ጠበቃ ይጠይቁ።',
    ],
    sayThis: [
      { english: 'I do not consent to you entering my home.', meaning: 'ወደ ቤቴ እንድትገቡ አልፈቅድም።' },
      { english: 'I am using my right to remain silent.', meaning: 'ዝም የማለት መብቴን እየተጠቀምኩ ነው።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
