import type { CoreGuide } from '../../../src/content/guide-types';

export const onTheStreet: CoreGuide = {
  id: 'on-the-street',
  title: 'በመንገድ ላይ ወይም በሕዝብ ቦታ',
  summary: 'የኢሚግሬሽን ወኪሎች ከቤትዎ ውጭ ቢያስቆሙዎት ወይም ቢጠይቁዎት ምን ማድረግ እንዳለብዎ።',
  rightNow: {
    steps: [
      'ስምዎን ከመናገርዎ ወይም ማንኛውንም ነገር ከመመለስዎ በፊት ይጠይቁ: "Am I free to go?" መልሱ አዎ ከሆነ፣ በእርጋታ ይሂዱ።',
      'መልሱ አይ ከሆነ፣ ዝም የማለት መብትዎን እየተጠቀሙ መሆኑን ይናገሩ። ጠበቃ ይጠይቁ።',
      'አይሩጡ፣ አይከራከሩ፣ አይቃወሙ። እጆችዎን ወኪሎቹ ሊያዩዋቸው በሚችሉበት ቦታ ያድርጉ።',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'መሄድ እችላለሁ?' },
      { english: 'I am using my right to remain silent.', meaning: 'ዝም የማለት መብቴን እየተጠቀምኩ ነው።' },
    ],
  },
  lastReviewed: '2026-12-05',
};
