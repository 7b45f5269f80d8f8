import type { Guide } from '../../../src/content/guide-types';

export const documentARaid: Guide = {
  id: 'document-a-raid',
  title: 'Ghi lại một cuộc bố ráp một cách an toàn',
  summary:
    'Cách ghi chép hoặc quay lại những gì nhân viên di trú làm, trong khi giữ an toàn cho bạn và người khác.',
  stepLinks: [
    { list: 'steps', step: 2, to: 'record' },
    { list: 'steps', step: 7, to: 'record' },
    { list: 'steps', step: 8, to: 'alert' },
  ],
  steps: [
    'Đặt sự an toàn của bạn lên trước. Quay phim là do bạn chọn. Quan sát và ghi chép cũng giúp ích.',
    'Bình tĩnh, giữ khoảng cách: một luật sư gợi ý 10–15 feet (3–4,5 mét). Đừng bao giờ chen giữa nhân viên và người bị chặn.',
    'Ghi lại ngày, giờ, địa điểm, số nhân viên và xe, tên cơ quan trên áo vest, và biển số xe.',
    'Nếu thấy an toàn, hỏi họ thuộc cơ quan nào, tên và số phù hiệu, và họ đưa người đó đi đâu.',
    'Nếu an toàn, khẽ hỏi người đang bị đưa đi xem bạn nên gọi cho ai giúp họ.',
    'Nếu quay phim, hãy cầm điện thoại ở chỗ nhân viên thấy được. Nếu họ bảo lùi lại, hãy lùi lại và tiếp tục quay.',
    'Ghi lại lời nói, việc làm của nhân viên, lệnh ("warrant") họ đưa ra, vũ lực hay hư hại, và ai bị bắt đi.',
    'Sau đó, hãy ghi lại mọi thứ khi bạn còn nhớ. Đưa ghi chép và video cho gia đình hoặc luật sư của họ.',
    'Kiểm tra sự thật trước khi chia sẻ bất cứ điều gì. Báo những gì bạn thấy cho đường dây phản ứng nhanh địa phương.',
  ],
  sayThis: [
    { english: 'Which agency are you with?', meaning: 'Ông/bà thuộc cơ quan nào?' },
    {
      english: 'What are your names and badge numbers?',
      meaning: 'Tên và số phù hiệu của các ông/bà là gì?',
    },
    { english: 'Where are you taking this person?', meaning: 'Các ông/bà đưa người này đi đâu?' },
    { english: 'Do you have a warrant?', meaning: 'Ông/bà có lệnh ("warrant") không?' },
    {
      english: 'I am using my right to record. I will not get in your way.',
      meaning: 'Tôi đang dùng quyền quay phim của tôi. Tôi sẽ không cản đường ông/bà.',
    },
    { english: 'Okay. I am stepping back.', meaning: 'Được. Tôi đang lùi lại.' },
  ],
  doNot: [
    'Đừng chạm vào hay cản nhân viên, và đừng chen giữa họ và người bị chặn.',
    'Đừng ở lại trong tài sản tư nhân nếu chủ bảo bạn rời đi.',
    'Đừng phát trực tiếp lên mạng xã hội khi sự việc đang diễn ra.',
    'Đừng đăng khuôn mặt, biển số xe hay hình xăm của người bị bắt đi. Hãy làm mờ trước.',
    'Đừng chia sẻ tin khi chưa kiểm tra. Báo động giả gây ra sợ hãi.',
    'Đừng gọi 1-866-DHS-2-ICE (1-866-347-2423) để xin giúp. Đó là đường dây ICE dùng để nhận tin tố giác về người khác.',
  ],
  goodToKnow: [
    {
      text: 'Quay phim nhân viên ICE hoặc CBP khi họ làm việc nơi công cộng được Tu chính án thứ nhất (First Amendment) bảo vệ. Điều này đúng với mọi người, dù có là công dân hay không. Ít nhất bảy tòa phúc thẩm liên bang nói người dân được quay phim cảnh sát nơi công cộng.',
    },
    {
      text: 'Quyền này có giới hạn. Đừng can thiệp vào công việc của nhân viên. Chủ tài sản có thể bắt bạn rời khỏi tài sản tư nhân. Có thể không được quay phim bên trong tòa án.',
    },
    {
      text: 'Quay phim có thể nguy hiểm. Các quan chức DHS đã gọi việc quay phim nhân viên là một kiểu cản trở, thậm chí là "bạo lực". Một bản tin nói ProPublica đã đếm được ít nhất 130 người bị bắt sau khi bị cáo buộc cản trở hoặc quay phim nhân viên. Borderless Magazine đưa tin rằng ngày 24 tháng 1 năm 2026, ở Minneapolis, nhân viên di trú liên bang đã bắn chết một người đàn ông khi ông cố quay phim họ. Quay phim luôn là do bạn chọn. Sự an toàn của bạn là trên hết.',
      since: '2026-01-24',
    },
    {
      text: 'Ở nơi làm việc, công nhân và chủ lao động cũng có thể quay phim hoặc ghi lại những gì nhân viên di trú làm trong một cuộc bố ráp.',
    },
    {
      text: 'Khóa điện thoại bằng mật mã, không dùng khuôn mặt hay vân tay. Cài đặt để video tự sao lưu lên đám mây.',
    },
    {
      text: 'Bạn có thể hỏi nhân viên xem họ có lệnh không, nhưng họ không phải đưa lệnh cho người chỉ đứng xem.',
    },
    {
      text: 'Các nhóm phản ứng nhanh địa phương kiểm tra tin báo, cử người quan sát pháp lý, và giúp gia đình tìm luật sư. United We Dream đã có một đường dây toàn quốc tên là MigraWatch để báo cáo hoạt động của ICE và CBP. Các nhóm khác ghi số của đường dây này là 1-844-363-1423. Bản tin mới nhất chúng tôi tìm thấy có số này là từ năm 2019 (The Monitor), và chúng tôi không tìm thấy trang nào của United We Dream ghi số này, nên số có thể không dùng được. Hãy kiểm tra trên unitedwedream.org trước khi cần đến.',
    },
  ],
  sources: [
    'BORDERLESS',
    'CIBERCUBA-2025',
    'CLEARMEDIA',
    'CONMIGRA-ES',
    'ICEENCOUNTER',
    'IMMLIB-MIGRAWATCH',
    'LANACION-FILM-ES',
    'LAW-5THINGS',
    'MASJIDPLUS',
    'MIRA-BYSTANDER',
    'MONITOR-2019',
    'NILC-WORK-EVU',
    'NYCLU-FILM',
    'OBSERVED-FILM',
    'RECORD-MX',
    'SANJOSE-MIGRAWATCH',
    'UWD-2019',
    'UWD-KYR',
  ],
  lastReviewed: '2026-12-05',
};
