import type { CoreGuide } from '../../../src/content/guide-types';

export const atWork: CoreGuide = {
  id: 'at-work',
  title: 'በሥራ ቦታ',
  summary: 'የኢሚግሬሽን ወኪሎች ወደሚሠሩበት ቦታ ቢመጡ ምን ማድረግ እንዳለብዎ።',
  rightNow: {
    steps: [
      'ይረጋጉ፣ አይሩጡም። እጆችዎን ወኪሎቹ ሊያዩዋቸው በሚችሉበት ቦታ ያድርጉ።',
      'አንድን ወኪል ይጠይቁ: "Am I free to go?" መልሱ አዎ ከሆነ፣ በእርጋታ ይሂዱ።',
      'መልሱ አይ ከሆነ፣ ዝም ይበሉ፣ ጠበቃም ይጠይቁ። ምንም ነገር አይፈርሙ።',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'መሄድ እችላለሁ?' },
      { english: 'I am using my right to remain silent.', meaning: 'ዝም የማለት መብቴን እየተጠቀምኩ ነው።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
