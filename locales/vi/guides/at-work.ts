import type { Guide } from '../../../src/content/guide-types';

export const atWork: Guide = {
  id: 'at-work',
  title: 'Ở nơi làm việc',
  summary: 'Việc cần làm nếu nhân viên di trú đến nơi bạn làm việc.',
  rightNow: {
    steps: [
      'Giữ bình tĩnh và đừng chạy. Để tay ở chỗ nhân viên di trú nhìn thấy được.',
      'Hỏi một nhân viên di trú: "Am I free to go?" Nếu câu trả lời là có, hãy bình tĩnh rời đi.',
      'Nếu câu trả lời là không, hãy giữ im lặng và xin gặp luật sư. Đừng ký gì cả.',
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
    'Giữ bình tĩnh và đừng chạy. Để tay ở chỗ nhân viên di trú nhìn thấy được.',
    'Hỏi một nhân viên di trú: "Am I free to go?"',
    'Nếu nhân viên di trú nói có, hãy bình tĩnh rời đi.',
    'Nếu nhân viên di trú nói không, hãy nói rằng bạn đang dùng quyền giữ im lặng.',
    'Hãy nói rằng bạn muốn nói chuyện với luật sư.',
    'Nếu nhân viên di trú bảo công nhân chia nhóm theo tình trạng di trú, bạn không phải vào nhóm. Bạn có thể đứng yên.',
    'Khi an toàn, hãy ghi lại việc đã xảy ra: giờ giấc, cơ quan nào, bao nhiêu người đến, và họ đã nói gì.',
  ],
  sayThis: [
    { english: 'Am I free to go?', meaning: 'Tôi có được tự do ra đi không?' },
    { english: 'I am using my right to remain silent.', meaning: 'Tôi đang dùng quyền giữ im lặng của tôi.' },
    { english: 'I want to speak with a lawyer.', meaning: 'Tôi muốn nói chuyện với luật sư.' },
    {
      english: 'I will not sign anything without a lawyer.',
      meaning: 'Tôi sẽ không ký gì khi không có luật sư.',
    },
    { english: 'I do not consent to any search.', meaning: 'Tôi không đồng ý cho bất kỳ cuộc khám xét nào.' },
  ],
  doNot: [
    'Đừng chạy. Việc bỏ chạy có thể bị dùng để chống lại bạn.',
    'Đừng nói dối, và đừng đưa giấy tờ giả.',
    'Đừng ký bất cứ thứ gì khi chưa nói chuyện với luật sư.',
    'Nếu không có giấy tờ di trú Hoa Kỳ, đừng mang hay đưa giấy tờ nước khác, như hộ chiếu hay thẻ lãnh sự.',
    'Đừng xô đẩy, cản đường hay đánh nhau với nhân viên di trú.',
  ],
  goodToKnow: [
    {
      text: 'Bất kỳ ai, kể cả ICE, đều có thể đi vào khu vực công cộng của một cơ sở kinh doanh, như phòng ăn, sảnh, khu chờ hay bãi đậu xe. Việc có mặt ở đó không cho nhân viên di trú quyền chặn, hỏi hay bắt bất kỳ ai.',
    },
    {
      text: 'Khu vực riêng, như nhà bếp, văn phòng, nhà kho và phòng chỉ dành cho người làm, thì khác. Để vào, nhân viên di trú cần chủ lao động đồng ý, hoặc lệnh ("warrant") có chữ ký của thẩm phán liên bang hoặc tiểu bang. Lệnh của ICE là không đủ. Biển ghi "Private" (Riêng tư) và cửa đóng hoặc khóa sẽ giúp ích.',
    },
    {
      text: 'Nếu chủ lao động, hoặc người được chủ cho phép, để nhân viên di trú vào khu vực riêng, thì họ không còn cần lệnh cho những khu vực đó nữa.',
    },
    {
      text: 'Một nhóm nói rằng nhân viên di trú chia nhóm theo tình trạng di trú để nhắm riêng vào từng người.',
    },
    {
      text: 'Kiểm tra mẫu I-9 khác với một cuộc bố ráp. Khi kiểm tra, ICE xem các mẫu I-9 của chủ lao động. ICE thường báo trước cho chủ bằng văn bản ít nhất 3 ngày làm việc. Chủ có thể chọn không chờ. ICE cũng có thể bỏ qua việc báo trước nếu dùng trát đòi ("subpoena") hoặc lệnh.',
    },
    {
      text: 'Ở California, một luật tiểu bang gọi là AB 450 quy định chủ lao động phải báo cho công nhân trong vòng 72 giờ sau khi nhận thông báo kiểm tra I-9, và sau đó báo kết quả cho họ. Năm 2018, một tòa án liên bang đã chặn phần luật cấm chủ tư nhân cho nhân viên di trú vào khu vực riêng khi không có lệnh của thẩm phán. Một tòa phúc thẩm đồng ý vào năm 2019. Chủ lao động vẫn có thể chọn yêu cầu lệnh của thẩm phán.',
      since: '2018-07-04',
      onlyInState: 'CA',
    },
    {
      text: 'Nếu bạn không phải công dân Hoa Kỳ, từ 18 tuổi trở lên, và đã được cấp giấy tờ đăng ký, như thẻ xanh hay giấy phép làm việc, luật quy định bạn phải luôn mang theo chúng. Nếu bạn ở đây theo thị thực (visa), luật quy định phải mang theo hộ chiếu và mẫu I-94. Nếu bạn có mang theo giấy tờ di trú Hoa Kỳ hợp lệ và nhân viên di trú yêu cầu, bạn phải đưa ra.',
    },
    {
      text: 'Công nhân và chủ lao động có thể quay phim hoặc ghi lại những gì nhân viên di trú làm. Nhưng quay phim họ có thể nguy hiểm. Các quan chức DHS đã gọi việc quay phim nhân viên là một kiểu cản trở. Một bản tin nói ProPublica đã đếm được ít nhất 130 người bị bắt sau khi bị cáo buộc cản trở hoặc quay phim nhân viên. Borderless Magazine đưa tin rằng ngày 24 tháng 1 năm 2026, ở Minneapolis, nhân viên di trú liên bang đã bắn chết một người đàn ông khi ông cố quay phim họ. Quay phim là do bạn chọn, không phải nghĩa vụ. Chỉ làm khi an toàn. Giữ khoảng cách và đừng cản đường.',
      since: '2026-01-24',
    },
  ],
  sources: [
    'ACLU-IMM',
    'ACLUNC-ES',
    'ALTOTRUMP-WORK',
    'BENACH-WORK',
    'BORDERLESS',
    'BUTZEL',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'FRAGOMEN-AB450',
    'FRAGOMEN-CARRY',
    'GPH-AB450',
    'ICS-LAW',
    'IDP-KYR',
    'ILRC-CARD-TEXT',
    'IRC-CARRY',
    'KMH-AB450',
    'LAW-5THINGS',
    'LAW-FACTSHEET',
    'MASJIDPLUS',
    'NILC-WORK-CLL',
    'NILC-WORK-EVU',
    'SDLR',
    'SUMNER-264E',
    'UFCW-RAIDS',
    'USCIS-I9-INSPECT',
    'WORKINGCLASS',
  ],
  lastReviewed: '2026-12-05',
};
