import type { Guide } from '../../../src/content/guide-types';

export const agentsAtYourDoor: Guide = {
  id: 'agents-at-your-door',
  title: 'Nhân viên di trú đến cửa nhà bạn',
  summary: 'Việc cần làm nếu nhân viên di trú gõ cửa nhà bạn.',
  rightNow: {
    steps: [
      'Giữ cửa đóng. Nói chuyện với nhân viên qua cánh cửa.',
      'Yêu cầu họ luồn lệnh ("warrant") qua khe dưới cửa. Xem có phải thẩm phán liên bang hoặc tiểu bang đã ký không.',
      'Giữ im lặng. Đừng ký bất cứ giấy tờ gì. Hãy xin gặp luật sư.',
    ],
    sayThis: [
      {
        english: 'I do not consent to you entering my home.',
        meaning: 'Tôi không đồng ý cho ông/bà vào nhà tôi.',
      },
      {
        english: 'I am using my right to remain silent.',
        meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.',
      },
    ],
  },
  stepLinks: [
    { list: 'rightNow', step: 1, to: 'warrant' },
    { list: 'steps', step: 3, to: 'warrant' },
  ],
  steps: [
    'Giữ cửa đóng. Nói chuyện với nhân viên qua cánh cửa.',
    'Hỏi họ là ai và làm cho cơ quan nào.',
    'Yêu cầu họ luồn lệnh qua khe dưới cửa, hoặc áp phẳng lên cửa sổ.',
    'Kiểm tra giấy tờ. Màn hình "Đây có phải lệnh thật không?" trong ứng dụng này có thể giúp bạn.',
    'Xem phía trên cùng. Lệnh của thẩm phán ghi tên tòa án liên bang hoặc tiểu bang. "Immigration Court" (tòa di trú) không tính.',
    'Xem ai đã ký. Phải là thẩm phán liên bang hoặc tiểu bang. Thẩm phán di trú không tính.',
    'Nếu không có thẩm phán liên bang hoặc tiểu bang ký, hãy nói qua cửa rằng bạn không đồng ý cho họ vào.',
    'Nếu họ vẫn vào, đừng chống cự. Nói to rằng bạn không đồng ý cho họ vào hay khám xét.',
    'Nếu thẩm phán liên bang hoặc tiểu bang đã ký và lệnh ghi đúng địa chỉ, đừng chống cự hay cản nhân viên.',
    'Có lệnh của thẩm phán, một số nhóm khuyên bình tĩnh để họ vào. Giữ im lặng, đừng ký, và gọi luật sư.',
    'Bạn và mọi người trong nhà có thể giữ im lặng. Hãy nói rằng bạn muốn nói chuyện với luật sư.',
    'Hỏi tên và số phù hiệu của họ. Ghi lại mọi việc xảy ra.',
  ],
  prepare: [
    'Tập dượt kế hoạch với mọi người trong nhà. Mọi người lớn đều phải biết là không được mở cửa.',
    'Dán một tờ nhắc về quyền của bạn ở mặt trong cánh cửa.',
    'Luôn đóng và khóa cổng.',
    'Cài điện thoại để tự lưu ảnh và video lên đám mây.',
  ],
  sayThis: [
    {
      english: 'Who are you, and which agency are you with?',
      meaning: 'Ông/bà là ai, và làm cho cơ quan nào?',
    },
    {
      english: 'Please slide the warrant under the door or hold it up to the window.',
      meaning: 'Xin luồn lệnh qua khe dưới cửa, hoặc giơ lệnh lên cửa sổ.',
    },
    {
      english: 'I do not consent to you entering my home.',
      meaning: 'Tôi không đồng ý cho ông/bà vào nhà tôi.',
    },
    { english: 'I do not consent to any search.', meaning: 'Tôi không đồng ý cho bất kỳ cuộc khám xét nào.' },
    { english: 'I am using my right to remain silent.', meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.' },
    { english: 'I want to speak with a lawyer.', meaning: 'Tôi muốn nói chuyện với luật sư.' },
  ],
  doNot: [
    'Đừng mở cửa.',
    'Đừng nói dối, và đừng đưa giấy tờ giả.',
    'Đừng xô đẩy, cản đường hay đánh nhau với nhân viên, kể cả khi họ vào nhà.',
    'Đừng ký bất cứ giấy tờ nào.',
    'Đừng đồng ý đi với nhân viên đến văn phòng, hay "gặp nhau uống cà phê".',
  ],
  goodToKnow: [
    {
      text: 'Nhân viên không phải lúc nào cũng nói họ là người của ICE. Họ có thể nói họ là cảnh sát hay ai khác. Áo vest của họ có thể ghi POLICE. ICE cho phép mánh này, nên đừng cho rằng điều họ nói là thật.',
    },
    {
      text: 'ICE có thể vào nhà một cách hợp pháp nếu bất kỳ người lớn nào trong nhà cho họ vào. Mọi người trong nhà đều phải biết kế hoạch, không chỉ người mà nhân viên đang tìm.',
    },
    {
      text: 'Mở cửa không giống với đồng ý cho vào. Nhưng nhân viên có thể coi cửa mở là đồng ý và xông vào. Giữ cửa đóng thì an toàn hơn.',
    },
    {
      text: 'ICE có thể bắt người ở ngoài nhà, thường chỉ với lệnh của ICE hoặc không có lệnh nào cả. Nhân viên thường đợi ở gần đó, chờ người ta ra khỏi nhà đi làm.',
    },
    {
      text: 'Lệnh của thẩm phán ghi tên một tòa án liên bang hoặc tiểu bang ở phía trên, ví dụ "U.S. District Court" hoặc một tòa tiểu bang. Thẩm phán hoặc thẩm phán hòa giải (magistrate) liên bang hoặc tiểu bang ký và ghi ngày. Lệnh phải ghi đúng địa chỉ, và tên một người sống ở đó hoặc những nơi sẽ bị khám xét. Lệnh không được hết hạn. Lệnh thật của thẩm phán cho phép nhân viên vào và khám xét những nơi ghi trong lệnh, hoặc bắt người có tên trong lệnh.',
    },
    {
      text: 'Tòa di trú thuộc Bộ Tư pháp. Đó không phải là tòa án liên bang hay tiểu bang. Vì vậy, giấy ghi "Immigration Court" hoặc "Executive Office for Immigration Review" ở phía trên, hoặc do thẩm phán di trú ký, không phải là lệnh của thẩm phán.',
    },
    {
      text: 'Lệnh của ICE ghi "Department of Homeland Security" (Bộ An ninh Nội địa) ở phía trên. Nhân viên di trú ký lệnh này, hoặc đôi khi là thẩm phán di trú. Mẫu I-200 và I-205 là lệnh của ICE. ICE rất hiếm khi có lệnh của thẩm phán. Nhiều năm nay, các nhóm bảo vệ quyền nói rằng chỉ riêng lệnh của ICE không cho phép nhân viên vào nhà.',
    },
    {
      text: 'Một bản ghi nhớ của ICE từ tháng 5 năm 2025 được công bố vào tháng 1 năm 2026. Bản này cho rằng nhân viên có thể phá cửa vào nhà của người đã có lệnh trục xuất cuối cùng, chỉ với mẫu I-205. Theo tin tức, bản này chỉ áp dụng cho nhà riêng của chính người đó, từ 6 giờ sáng đến 10 giờ tối, và không cho khám xét chung. Để vào nhà của bất kỳ ai khác, nhân viên vẫn cần sự đồng ý, một tình huống khẩn cấp, hoặc lệnh có chữ ký của thẩm phán liên bang hoặc tiểu bang. Điều này đang bị tranh cãi và đang được đưa ra tòa. Vào tháng 1 năm 2026, một thẩm phán liên bang ở Minnesota phán quyết rằng một lần vào nhà như vậy đã vi phạm Hiến pháp. Thẩm phán không phán quyết về chính bản ghi nhớ. Các bước an toàn vẫn không đổi: đừng mở cửa, đừng đồng ý, và đừng dùng sức chống cự.',
      since: '2025-05-12',
    },
  ],
  sources: [
    'ACLU-FLYER',
    'ACLU-SOCAL-ES',
    'ACLUNC-ES',
    'AIDSLAWPA-WARRANTS',
    'ALC-2023',
    'ASAP-ES',
    'BRYAN-NOFW',
    'FAMILIES-FREEDOM',
    'ICEENCOUNTER',
    'IDM-WARRANTS',
    'IDP-KYR',
    'IDP-RUSES',
    'IPT-HOME',
    'JUNTOS-WY',
    'KDNK-2025',
    'LULAC-WI',
    'MNKNOW',
    'OLH-WARRANTS',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
