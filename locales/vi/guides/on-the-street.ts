import type { Guide } from '../../../src/content/guide-types';

export const onTheStreet: Guide = {
  id: 'on-the-street',
  title: 'Trên đường phố hoặc nơi công cộng',
  summary: 'Việc cần làm nếu nhân viên di trú chặn bạn lại hoặc hỏi bạn ở ngoài nhà.',
  rightNow: {
    steps: [
      'Trước khi nói tên hay trả lời gì, hãy hỏi: "Am I free to go?" Nếu có, hãy bình tĩnh rời đi.',
      'Nếu câu trả lời là không, hãy nói rằng bạn đang dùng quyền giữ im lặng. Hãy xin gặp luật sư.',
      'Đừng chạy, cãi lại hay chống cự. Để tay ở chỗ nhân viên nhìn thấy được.',
    ],
    sayThis: [
      { english: 'Am I free to go?', meaning: 'Tôi có được tự do ra đi không?' },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.',
      },
    ],
  },
  steps: [
    'Giữ bình tĩnh. Để tay ở chỗ nhân viên nhìn thấy được.',
    'Trước khi nói tên hay trả lời gì, hãy hỏi: "Am I free to go?"',
    'Nếu nhân viên nói có, hãy bình tĩnh rời đi.',
    'Nếu nhân viên nói không, hãy nói rằng bạn đang dùng quyền giữ im lặng.',
    'Hãy nói rằng bạn muốn nói chuyện với luật sư.',
    'Nếu họ muốn khám xét người hoặc túi xách của bạn, hãy nói rõ rằng bạn không đồng ý.',
    'Nếu bạn mang thẻ đỏ, hãy báo cho nhân viên trước khi đưa tay lấy thẻ. Sau đó đưa thẻ ra.',
  ],
  prepare: [
    'Giữ một thẻ đỏ trong ví.',
    'Học thuộc ít nhất một số điện thoại, phòng khi điện thoại của bạn bị lấy mất.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Tôi có được tự do ra đi không?' },
    { english: 'I am using my right to remain silent.', meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.' },
    { english: 'I want to speak with a lawyer.', meaning: 'Tôi muốn nói chuyện với luật sư.' },
    { english: 'I do not consent to any search.', meaning: 'Tôi không đồng ý cho bất kỳ cuộc khám xét nào.' },
    {
      english: 'I have a card in my wallet. May I take it out to show you?',
      meaning: 'Tôi có một tấm thẻ trong ví. Tôi lấy ra cho ông/bà xem được không?',
    },
  ],
  doNot: [
    'Đừng chạy. Việc bỏ chạy có thể bị dùng để chống lại bạn.',
    'Đừng cãi lại, xô đẩy hay cản đường nhân viên.',
    'Đừng nói dối, và đừng đưa giấy tờ giả.',
    'Nếu không có giấy tờ di trú Hoa Kỳ, đừng mang hay đưa giấy tờ nước khác, như hộ chiếu hay thẻ lãnh sự.',
    'Đừng ký bất cứ giấy tờ nào khi chưa nói chuyện với luật sư.',
  ],
  goodToKnow: [
    {
      text: 'ICE không cần lệnh ("warrant") chỉ để nói chuyện với bạn nơi công cộng. ICE cũng có thể bắt người ở ngoài nhà, thường chỉ với lệnh của ICE hoặc không có lệnh nào cả.',
    },
    {
      text: 'Bạn không phải nói bạn sinh ra ở đâu, bạn có phải là công dân không, hay bạn vào nước này bằng cách nào. Những gì bạn nói có thể bị dùng tại tòa di trú. Người ở đây bằng thị thực (visa), như khách du lịch, sinh viên hay người đi công tác, có thể phải trả lời câu hỏi về tình trạng di trú của mình.',
    },
    {
      text: 'Một số tiểu bang quy định bạn phải nói tên nếu bạn bị chặn lại một cách hợp pháp và được hỏi bạn là ai. Ngay cả khi đó, bạn không phải trả lời các câu hỏi khác.',
    },
    {
      text: 'Bạn có thể từ chối bị khám xét. Nhưng nhân viên có thể vỗ nhẹ bên ngoài quần áo của bạn nếu họ nghĩ bạn có vũ khí. Đừng chống cự.',
    },
    {
      text: 'Giấy tờ của nước khác có thể bị dùng trong vụ trục xuất để cho thấy bạn sinh ra ở nước ngoài. Vì thế, người không có giấy tờ di trú Hoa Kỳ được khuyên đừng mang theo chúng.',
    },
    {
      text: 'Nếu bạn không phải công dân Hoa Kỳ, từ 18 tuổi trở lên, và đã được cấp giấy tờ đăng ký, luật quy định bạn phải luôn mang theo chúng. Ví dụ như thẻ xanh, giấy phép làm việc, hoặc giấy chứng minh bạn đã đăng ký bằng mẫu G-325R. Nếu bạn ở đây theo thị thực (visa), luật quy định phải mang theo hộ chiếu và mẫu I-94.',
    },
    {
      text: 'Nếu bạn có mang theo giấy tờ di trú Hoa Kỳ hợp lệ và nhân viên di trú yêu cầu, bạn phải đưa ra. ACLU của Arizona nói nghĩa vụ này là đối với nhân viên di trú liên bang, không phải đối với cảnh sát địa phương.',
    },
    {
      text: 'Biết quyền của mình không có nghĩa là bạn sẽ không bị bắt. Điều đó giúp bảo vệ hồ sơ của bạn sau này.',
    },
    {
      text: 'Vào tháng 9 năm 2025, Tối cao Pháp viện đã tạm ngưng một lệnh của tòa cấp dưới cho vùng Los Angeles (vụ Noem v. Vasquez Perdomo). Lệnh đó đã cấm chặn người chỉ dựa vào những điều này: chủng tộc hoặc sắc tộc bề ngoài, nói tiếng Tây Ban Nha hoặc nói tiếng Anh với giọng nước ngoài, địa điểm (như trạm xe buýt, tiệm rửa xe hay nơi tìm việc làm theo ngày), hoặc loại công việc. Nay nhân viên ở đó lại có thể chặn người trong thời gian ngắn dựa trên nhiều điều này cộng lại. Thẩm phán Kavanaugh viết rằng công dân và thường trú nhân hợp pháp bị chặn như vậy nên được cho đi sau một lần chặn ngắn. Đây là sự tạm ngưng khẩn cấp, không phải phán quyết cuối cùng, nên có thể thay đổi.',
      since: '2025-09-08',
    },
  ],
  sources: [
    'ACLU-AZ-ES',
    'ACLU-IMM',
    'ACLU-MIRROR',
    'ALC-2023',
    'FRAGOMEN-CARRY',
    'IDP-KYR',
    'IDP-PLAN',
    'II-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KDNK-2025',
    'LAWHELPNY-REG',
    'LULAC-ESCUDO',
    'MASJIDPLUS',
    'NILC-ES',
    'PERDOMO-SCOTUSBLOG',
    'PERDOMO-TEXT',
    'PERDOMO-VISAVERGE',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
