import type { Guide } from '../../../src/content/guide-types';

export const fastTrackDeportation: Guide = {
  id: 'fast-track-deportation',
  title: 'Trục xuất cấp tốc ("expedited removal")',
  summary:
    'Ai có thể bị trục xuất nhanh mà không qua thẩm phán, và cách chứng minh đã ở Hoa Kỳ hai năm. Các quy định liên tục thay đổi.',
  steps: [
    'Nếu nhân viên chặn bạn, hãy bình tĩnh. Hỏi: "Am I free to go?" Nếu họ nói có, hãy bình tĩnh rời đi.',
    'Nếu không, hãy nói bạn sẽ giữ im lặng và muốn nói chuyện với luật sư.',
    'Nếu bạn sợ phải trở về nước mình, hãy nói ngay với nhân viên.',
    'Nếu nhân viên đưa bạn giấy tờ, như mẫu I-860, đừng ký. Hãy nói chuyện với luật sư trước.',
    'Hãy đến mọi phiên tòa di trú. Mang theo bản sao giấy tờ chứng minh bạn đã ở Hoa Kỳ hai năm.',
  ],
  prepare: [
    'Nếu không có tình trạng hợp pháp, hãy lập một hồ sơ chứng minh bạn đã sống ở Hoa Kỳ từ hai năm trở lên.',
    'Gom giấy tờ có ghi ngày, như hợp đồng thuê nhà, hóa đơn điện nước, phiếu lương, tờ khai thuế và sao kê ngân hàng.',
    'Thêm hồ sơ trường học, y tế, giấy thành viên nhà thờ, thư có ngày, bằng lái cũ, giấy khai sinh Hoa Kỳ của con.',
    'Tiếp tục thêm giấy tờ mới, để hồ sơ luôn được cập nhật.',
    'Đưa toàn bộ hồ sơ cho một người tin cậy. Bảo đảm gia đình bạn biết hồ sơ ở đâu.',
    'Hỏi luật sư có nên mang bản sao vài giấy tờ có ghi ngày không. Nếu mang, chỉ mang bản sao, không mang bản gốc.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Tôi có được tự do ra đi không?' },
    { english: 'I am afraid to return to my country.', meaning: 'Tôi sợ phải trở về nước tôi.' },
    { english: 'I want to speak with a lawyer.', meaning: 'Tôi muốn nói chuyện với luật sư.' },
    { english: 'I am using my right to remain silent.', meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.' },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Tôi sẽ không ký gì khi không có luật sư.',
    },
  ],
  doNot: [
    'Đừng mang bản gốc giấy tờ chứng minh hai năm. Hãy để chúng ở chỗ một người tin cậy.',
    'Đừng mang giấy khai sinh Hoa Kỳ của con. Bản đầy đủ ghi nơi sinh của cha và mẹ. Hãy cất chúng trong hồ sơ.',
    'Nếu không có giấy tờ di trú Hoa Kỳ, đừng mang giấy tờ cho thấy bạn sinh ở nước khác, như hộ chiếu nước ngoài.',
    'Đừng bỏ phiên tòa di trú. Thẩm phán có thể ra lệnh trục xuất bạn nếu bạn không có mặt.',
    'Đừng nói dối, và đừng đưa giấy tờ giả.',
  ],
  goodToKnow: [
    {
      text: 'Trong diện trục xuất cấp tốc, nhân viên di trú ra lệnh trục xuất bạn, không phải thẩm phán. Không có phiên tòa, và thường không được kháng cáo. Việc này có thể xảy ra trong vài ngày. Có tin cho biết nó cũng có thể cấm bạn quay lại trong 5 năm.',
    },
    {
      text: 'Nói chung, diện này không áp dụng cho công dân Hoa Kỳ, người có thẻ xanh, người vào bằng thị thực (visa) (kể cả thị thực đã hết hạn), người có giấy tờ tình trạng khác, hoặc trẻ em đến một mình. Người đã ở đây từ 2 năm trở lên và chứng minh được thì nói chung không thuộc diện này. Người nói rằng họ sợ phải trở về sẽ được phỏng vấn về nỗi sợ đó.',
    },
    {
      text: 'Ngày 21 tháng 1 năm 2025, DHS cho phép trục xuất cấp tốc ở bất cứ đâu tại Hoa Kỳ. Diện này áp dụng cho người chưa bao giờ được cho vào hợp pháp ("admitted" hoặc "paroled"), thiếu giấy tờ nhập cảnh hợp lệ hoặc đã gian lận, và không chứng minh được đã ở đây 2 năm liên tục. Nhân viên quyết định bằng chứng có đủ hay không. DHS cũng nói người có vụ việc ở tòa hoặc có diện "parole" có thể bị chuyển vào diện này. Bạn là người phải chứng minh 2 năm đó.',
      since: '2025-01-21',
    },
    {
      text: 'Từ tháng 5 năm 2025, ICE đã bắt người tại các phiên tòa di trú ở nhiều thành phố. Việc này thường xảy ra ngay sau khi luật sư của ICE khiến vụ việc bị bãi bỏ, để người đó có thể bị đưa vào diện trục xuất cấp tốc. Dù vậy, bỏ phiên tòa vẫn không an toàn. Hãy nói chuyện với luật sư trước phiên tòa nếu bạn có thể.',
      since: '2025-05-20',
    },
    {
      text: 'Ngày 29 tháng 8 năm 2025, một thẩm phán liên bang ở Washington, D.C., Thẩm phán Jia Cobb, đã tạm ngưng việc mở rộng ra toàn quốc. Vụ kiện là Make the Road New York v. Noem. Có tin năm 2026 cho biết lệnh tạm ngưng này sau đó đã bị hủy (xem ghi chú tiếp theo). Vì vậy, đừng trông cậy vào lệnh tạm ngưng này hôm nay.',
    },
    {
      text: 'Có tin năm 2026 cho biết một tòa phúc thẩm liên bang ở Washington, D.C. (D.C. Circuit) đã hủy lệnh tạm ngưng đó với 2 phiếu thuận, 1 phiếu chống, nên trục xuất cấp tốc lại có thể được áp dụng trên toàn quốc. Những tin này đến từ các nguồn chúng tôi chưa xác nhận được, và chúng tôi chưa thấy chính quyết định của tòa. Các tin này cũng nói tòa đã phán quyết rằng nhân viên không phải giải thích cách một người có thể tránh trục xuất cấp tốc. Các quy định này liên tục thay đổi. Hãy hỏi luật sư hoặc một nhóm đáng tin cậy xem điều gì áp dụng hôm nay.',
    },
    {
      text: 'Lời khuyên về việc mang giấy tờ không giống nhau. Một số luật sư và nhóm khuyên mang bản sao vài giấy tờ có ghi ngày. Các nhóm khác nói người không có giấy tờ di trú Hoa Kỳ không bao giờ nên mang thứ gì cho thấy họ sinh ra ở nước khác. Phần lớn giấy tờ chứng minh 2 năm không ghi nơi bạn sinh ra. Nhưng bản đầy đủ của giấy khai sinh Hoa Kỳ có ghi nơi sinh của cha và mẹ, nên hãy cất giấy khai sinh của con trong hồ sơ và không bao giờ mang theo. Có cả mặt lợi và mặt hại, nên hãy hỏi luật sư điều gì tốt nhất cho bạn.',
    },
    {
      text: 'Nếu bạn đã được cấp giấy tờ di trú Hoa Kỳ, luật quy định người lớn từ 18 tuổi trở lên phải mang theo, như thẻ xanh hay giấy phép làm việc. Nếu bạn ở đây theo thị thực (visa), luật quy định phải mang theo hộ chiếu và mẫu I-94. Nếu nhân viên di trú hỏi giấy tờ và bạn có mang theo, bạn phải đưa ra.',
    },
  ],
  sources: [
    'ABOGADO-VA',
    'ACCIMM-ER',
    'ACLU-IMM',
    'DCCIR-BGB',
    'DCCIR-DISSENTER',
    'DCCIR-TOWNHALL',
    'DOCSLIB-ER2020',
    'DV-ER',
    'EPI-ER',
    'FR-ER',
    'FRAGOMEN-CARRY',
    'GANDS-ER',
    'ICEBOUND-SIGN',
    'IDP-KYR',
    'IPT-ER',
    'IPT-IMMCOURT',
    'IRC-CARRY',
    'JASMYN-KAMAL',
    'LAA-ER',
    'LATINOPINION-ES',
    'LEGALENUSA-ES',
    'LEXIS-ER',
    'LIBERO-NTA',
    'NAVARRETE',
    'NILC-ES',
    'NOLO-ER',
    'REUTERS-COURT',
    'ROCKY-ER',
    'UFCW-RAIDS',
  ],
  lastReviewed: '2026-12-05',
};
