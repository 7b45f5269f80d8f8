import type { Guide } from '../../../src/content/guide-types';

export const inACar: Guide = {
  id: 'in-a-car',
  title: 'Trong xe hơi, tại trạm kiểm soát và trong vùng biên giới 100 dặm',
  summary:
    'Việc cần làm nếu cảnh sát hoặc nhân viên di trú chặn xe bạn, hoặc tại trạm kiểm soát của Tuần tra Biên giới (Border Patrol).',
  rightNow: {
    steps: [
      'Tấp xe vào chỗ an toàn. Tắt máy. Để tay trên vô lăng.',
      'Khi được yêu cầu, tài xế đưa bằng lái, giấy đăng ký xe và giấy bảo hiểm.',
      'Bạn có thể giữ im lặng về tình trạng di trú. Hãy từ chối cho khám xét xe.',
    ],
    sayThis: [
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.',
      },
      {
        english: 'I do not consent to a search of my car.',
        meaning: 'Tôi không đồng ý cho khám xét xe của tôi.',
      },
    ],
  },
  steps: [
    'Khi được ra hiệu dừng lại, hãy tấp xe vào chỗ an toàn.',
    'Tắt máy. Bật đèn bên trong xe.',
    'Hạ kính cửa xe xuống một phần. Để tay trên vô lăng.',
    'Nếu bạn là tài xế và họ yêu cầu, hãy đưa bằng lái, giấy đăng ký xe và giấy bảo hiểm.',
    'Bạn có thể im lặng về tình trạng di trú, nơi sinh. Người có visa có thể phải trả lời. Hãy nói bạn im lặng.',
    'Nếu là hành khách, bạn cũng có thể giữ im lặng. Hỏi xem bạn có được đi không. Nếu có, lặng lẽ rời đi.',
    'Nếu họ muốn khám xét xe, hãy nói rõ rằng bạn không đồng ý.',
    'Ở trạm kiểm soát của Border Patrol, bạn có thể im lặng. Bị giữ sau vài câu hỏi thì hỏi: "Am I being detained?"',
  ],
  sayThis: [
    { english: 'I am using my right to remain silent.', meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.' },
    {
      english: 'I do not consent to a search of my car.',
      meaning: 'Tôi không đồng ý cho khám xét xe của tôi.',
    },
    { english: 'Am I free to go?', meaning: 'Tôi có được tự do ra đi không?' },
    { english: 'Am I being detained?', meaning: 'Tôi có đang bị tạm giữ không?' },
    { english: 'I want to speak with a lawyer.', meaning: 'Tôi muốn nói chuyện với luật sư.' },
  ],
  doNot: [
    'Đừng nói dối cảnh sát hay nhân viên di trú.',
    'Đừng bao giờ để giấy tờ giả trong xe, và đừng bao giờ đưa chúng ra.',
    'Đừng dùng thân mình cản việc khám xét, kể cả khi bạn đã từ chối.',
    'Nếu không có giấy tờ di trú Hoa Kỳ, đừng mang hay đưa giấy tờ nước khác, như hộ chiếu hay thẻ lãnh sự.',
  ],
  goodToKnow: [
    {
      text: 'Bạn có thể từ chối cho khám xét. Nhưng cảnh sát vẫn có thể khám xe mà không cần bạn đồng ý nếu họ tin có bằng chứng phạm tội. Điều này gọi là lý do chính đáng ("probable cause").',
    },
    {
      text: 'Một quy định liên bang cho phép CBP, cơ quan biên phòng, hoạt động trong phạm vi 100 dặm từ bất kỳ biên giới đất liền hay bờ biển nào. Vùng này thường được gọi là vùng biên giới 100 dặm. Khoảng hai trên ba người ở Hoa Kỳ sống trong vùng này.',
    },
    {
      text: 'Tại trạm kiểm soát trong vùng này, Tuần tra Biên giới có thể chặn xe bạn một lúc ngắn và hỏi về quốc tịch, dù họ không nghi ngờ bạn điều gì. Để giữ bạn lâu hơn, họ cần có sự nghi ngờ hợp lý ("reasonable suspicion"). Để khám xét xe, họ cần lệnh ("warrant") hoặc lý do chính đáng. Ở ngoài trạm kiểm soát, Tuần tra Biên giới cần có sự nghi ngờ hợp lý mới được chặn xe.',
    },
    {
      text: 'Người có thị thực (visa), như khách du lịch, sinh viên và người đi công tác, có nghĩa vụ khác. Họ có thể phải trả lời câu hỏi về tình trạng di trú của mình.',
    },
    {
      text: 'Nếu bạn không phải công dân Hoa Kỳ, từ 18 tuổi trở lên, và đã được cấp giấy tờ đăng ký, luật quy định bạn phải luôn mang theo chúng. Ví dụ như thẻ xanh, giấy phép làm việc, hoặc giấy chứng minh bạn đã đăng ký bằng mẫu G-325R. Nếu bạn ở đây theo thị thực, luật quy định phải mang theo hộ chiếu và mẫu I-94. Không mang theo là phạm tội. Có thể bị phạt đến $5,000 và ngồi tù đến 30 ngày. Trước đây quy định này hiếm khi được thi hành. Vào tháng 4 năm 2025, và lại vào tháng 7 năm 2025, chính phủ đã công khai nhắc mọi người về quy định này. Nếu bạn có thẻ xanh, hãy mang bản gốc, không chỉ ảnh chụp trong điện thoại.',
      since: '2025-04',
    },
    {
      text: 'Nếu bạn có mang theo giấy tờ di trú Hoa Kỳ hợp lệ và nhân viên di trú yêu cầu, bạn phải đưa ra. ACLU của Arizona nói nghĩa vụ này là đối với nhân viên di trú liên bang, không phải đối với cảnh sát địa phương. Lời khuyên không mang giấy tờ của nước khác chỉ dành cho người không có giấy tờ di trú Hoa Kỳ.',
    },
    {
      text: 'Trong năm 2025, có tin về các trạm kiểm soát và việc kiểm tra trên xe buýt của CBP ở xa biên giới phía nam. Vào tháng 6 năm 2025, có tin như vậy trên xa lộ I-95 ở Maine, cách Canada khoảng 80 dặm. Công dân Hoa Kỳ không bắt buộc phải mang theo giấy tờ chứng minh quốc tịch.',
      since: '2025-06',
    },
  ],
  sources: [
    'ACLU-100',
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLUM',
    'AILA-REG-FINE',
    'AIR-LEGAL',
    'ALR-2025',
    'DESITALK-2025',
    'DOCUMENTEDNY',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IRC-CARRY',
    'LAWHELPNY-REG',
    'MIINDIA-264E',
    'MOLINAS-CHECKPOINT',
    'NAVARRETE',
    'NILC-ES',
    'SDLR',
    'SUMNER-264E',
    'TEENVOGUE',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
