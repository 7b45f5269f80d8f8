import type { Guide } from '../../../src/content/guide-types';

export const ifYouAreDetained: Guide = {
  id: 'if-you-are-detained',
  title: 'Nếu bạn bị tạm giữ hoặc bị bắt',
  summary: 'Điều cần nói và cần làm nếu nhân viên di trú giữ bạn lại hoặc bắt bạn.',
  steps: [
    'Giữ bình tĩnh. Để tay ở chỗ nhân viên nhìn thấy được.',
    'Hãy nói bạn đang dùng quyền giữ im lặng. Đừng nói bạn sinh ra ở đâu hay đã đến đây bằng cách nào.',
    'Hãy nói bạn muốn nói chuyện với luật sư. Đừng giải thích hay quyết định điều gì khi không có luật sư.',
    'Đừng ký bất cứ giấy nào trước khi nói chuyện với luật sư.',
    'Xin được gọi một cuộc điện thoại. Xin danh sách luật sư miễn phí hoặc giá thấp.',
    'Nếu bạn sợ phải trở về nước mình, hãy nói ngay với nhân viên.',
    'Nếu bạn có con dưới 18 tuổi, hãy nói ngay với nhân viên. Hỏi cách sắp xếp người chăm sóc con.',
    'Nếu muốn, hãy yêu cầu nhân viên báo cho lãnh sự quán nước bạn biết bạn đang bị giữ.',
    'Hỏi tên, số điện thoại của nhân viên trục xuất ("deportation officer"). Đưa chúng và số A ("A-number") cho gia đình, luật sư.',
  ],
  sayThis: [
    { english: 'I am using my right to remain silent.', meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.' },
    { english: 'I want to speak with a lawyer.', meaning: 'Tôi muốn nói chuyện với luật sư.' },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Tôi sẽ không ký gì khi không có luật sư.',
    },
    { english: 'I am afraid to return to my country.', meaning: 'Tôi sợ phải trở về nước tôi.' },
    {
      english: 'I have children under 18. I need to arrange their care.',
      meaning: 'Tôi có con dưới 18 tuổi. Tôi cần sắp xếp người chăm sóc các con.',
    },
    {
      english: 'Please give me the list of free legal services.',
      meaning: 'Xin cho tôi danh sách các dịch vụ pháp lý miễn phí.',
    },
    {
      english: 'I want my consulate to be told that I am detained.',
      meaning: 'Tôi muốn lãnh sự quán nước tôi được báo rằng tôi đang bị giam giữ.',
    },
  ],
  doNot: [
    'Đừng nói dối, và đừng đưa giấy tờ giả.',
    'Đừng ký bất cứ giấy nào, hay đồng ý rời khỏi nước này, khi không có luật sư.',
    'Nếu không có giấy tờ di trú Hoa Kỳ, đừng mang hay đưa giấy tờ nước khác, như hộ chiếu nước ngoài.',
    'Đừng bỏ chạy, xô đẩy hay đánh nhau với nhân viên.',
    'Đừng trả tiền cho "notario" để được tư vấn pháp lý. Ở Hoa Kỳ, công chứng viên không được tư vấn pháp lý.',
  ],
  goodToKnow: [
    {
      text: 'Dùng quyền của mình có thể không ngăn được việc bị bắt. Nhưng nó bảo vệ hồ sơ của bạn sau này. Bất cứ điều gì bạn nói đều có thể bị dùng để chống lại bạn tại tòa di trú. Người ở đây bằng thị thực (visa), như khách du lịch, sinh viên hay người đi công tác, có thể phải trả lời câu hỏi về tình trạng di trú của mình.',
    },
    {
      text: 'ICE có thể yêu cầu bạn ký giấy tờ. Mẫu I-826 yêu cầu bạn chọn giữa việc gặp thẩm phán và rời đi mà không có phiên tòa. Tự nguyện ra đi ("voluntary departure") nghĩa là bạn hứa rời khỏi Hoa Kỳ trước một hạn chót; nếu bạn ở lại quá hạn, nó trở thành lệnh trục xuất kèm tiền phạt. Lệnh trục xuất theo thỏa thuận ("stipulated removal order") nghĩa là bạn từ bỏ phiên tòa và chấp nhận lệnh trục xuất, kể cả khi bạn có thể có cách ở lại. Đừng ký bất cứ giấy nào trong số này trước khi nói chuyện với luật sư.',
    },
    {
      text: 'Các vụ việc di trú là vụ việc dân sự, không phải hình sự. Vì vậy chính phủ không cấp luật sư miễn phí cho bạn tại tòa di trú. Đó là lý do bạn nên xin danh sách các dịch vụ pháp lý miễn phí. Bộ Tư pháp giữ danh sách này.',
    },
    {
      text: 'Nếu bạn sợ phải trở về, hãy nói càng sớm càng tốt. Trong diện trục xuất cấp tốc ("expedited removal"), người xin tị nạn được phỏng vấn về nỗi sợ của họ, gọi là "credible fear interview" (phỏng vấn về nỗi sợ có cơ sở).',
    },
    {
      text: 'Ngày 2 tháng 7 năm 2025, ICE đã thay các quy định dành cho cha mẹ bị giam giữ bằng một chỉ thị mới, 11064.4. Có tin cho biết chỉ thị này bảo vệ cha mẹ ít hơn. Bạn vẫn có thể hỏi về việc chăm sóc con, việc thăm gặp, và việc tham gia phiên tòa gia đình.',
      since: '2025-07-02',
    },
    {
      text: 'Bạn có thể yêu cầu báo cho lãnh sự quán nước bạn biết bạn đang bị giam giữ. Quyền này đến từ một hiệp ước quốc tế, Công ước Vienna.',
    },
    {
      text: 'Hãy biết số A ("A-number") của bạn trước khi có chuyện gì xảy ra. Đó là số có 8 hoặc 9 chữ số mà DHS cấp cho bất kỳ ai đã có hồ sơ hay quyền lợi di trú. Số này có trên giấy tờ di trú, giấy phép làm việc và giấy báo của tòa. Trên Giấy báo ra hầu tòa ("Notice to Appear", mẫu I-862), số này ở góc trên bên phải.',
    },
    {
      text: 'Gia đình hoặc luật sư của bạn có thể kiểm tra xem bạn có vụ việc hay lệnh cũ ở tòa di trú không. Gọi đường dây điện thoại của tòa di trú (EOIR) số 1-800-898-7180, hoặc dùng hệ thống tra cứu hồ sơ trực tuyến của EOIR. Cả hai đều cần số A của bạn. Đường dây này chỉ cho biết vụ việc và lệnh của tòa di trú và của Hội đồng Kháng cáo Di trú (BIA). Lệnh trục xuất cấp tốc, và các lệnh khác do ICE hoặc Tuần tra Biên giới (Border Patrol) đưa ra, không bao giờ hiện ở đó.',
    },
    {
      text: 'Nếu bạn đã được cấp giấy tờ di trú Hoa Kỳ, luật quy định người lớn từ 18 tuổi trở lên phải mang theo, như thẻ xanh hay giấy phép làm việc. Nếu bạn ở đây theo thị thực (visa), luật quy định phải mang theo hộ chiếu và mẫu I-94. Nếu nhân viên di trú hỏi giấy tờ và bạn có mang theo, bạn phải đưa ra. Lời khuyên không mang giấy tờ của nước khác chỉ dành cho người không có giấy tờ di trú Hoa Kỳ.',
    },
  ],
  sources: [
    'ACLU-IMM',
    'CATHOLIC-CHARITIES-ES',
    'EDDY-CHAVARRIA',
    'EOIR-PM-1.6C',
    'FACTCHEQUEADO',
    'FRAGOMEN-CARRY',
    'HAFEY-2026',
    'IBX-LEGAL',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-11064',
    'IRC-CARRY',
    'KDNK-2025',
    'KYRHUB-COUNSEL',
    'LAA-ER',
    'LEGALCLARITY-COUNSEL',
    'LULAC-ESCUDO',
    'LULAC-WI',
    'NAVARRETE',
    'NILC-ES',
    'ODLS-FAQ-2017',
    'STMARY-VD',
    'UFCW-RAIDS',
    'UNITYITC',
    'UWD-KYR',
    'WRC-PARENTS',
  ],
  lastReviewed: '2026-12-05',
};
