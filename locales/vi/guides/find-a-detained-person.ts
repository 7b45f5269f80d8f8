import type { Guide } from '../../../src/content/guide-types';

export const findADetainedPerson: Guide = {
  id: 'find-a-detained-person',
  title: 'Tìm người đã bị tạm giữ',
  summary: 'Cách tìm người thân đang bị ICE giam giữ, và những điều cơ bản về tiền bảo lãnh di trú ("bond").',
  steps: [
    'Vào trang ICE Online Detainee Locator tại locator.ice.gov. Trang này miễn phí, và không cần tài khoản.',
    'Tìm bằng số A ("A-number") và nước sinh. Gõ đủ 9 chữ số. Nếu số ngắn hơn, thêm số 0 ở đầu.',
    'Không có số A? Tìm bằng tên, họ và nước sinh. Chuẩn bị sẵn cả ngày sinh.',
    'Không thấy thì thử cách viết tên khác. Tìm lại sau: có tin nói người mới bị bắt có thể đến hai ngày mới hiện.',
    'Hãy tiếp tục kiểm tra, kể cả sau khi đã tìm thấy. ICE thường chuyển người đi xa, đôi khi không báo trước.',
    'Gọi ngay luật sư di trú hay nhóm trợ giúp pháp lý tin cậy. Được bảo lãnh hay không có thể tùy nơi bị giữ.',
    'Đưa cho luật sư số A, và tên nhân viên trục xuất ("deportation officer") nếu bạn biết.',
    'Hỏi luật sư có thể xin bảo lãnh không, số tiền có thể là bao nhiêu, và ai nên trả.',
    'Gom bằng chứng về gia đình, việc làm, thuế của người đó, và thư ủng hộ. Thẩm phán có thể xem khi xét bảo lãnh.',
    'Chỉ công dân Hoa Kỳ, người có thẻ xanh, công ty luật hay tổ chức phi lợi nhuận mới được đóng tiền bảo lãnh ICE.',
    'Đóng tiền bảo lãnh trực tuyến, qua hệ thống CeBONDS của ICE, bằng chuyển khoản ngân hàng.',
    'Giữ biên nhận tiền bảo lãnh. Đó là mẫu I-305.',
  ],
  sayThis: [
    {
      english: 'I am looking for a family member who was detained by immigration.',
      meaning: 'Tôi đang tìm một người thân đã bị cơ quan di trú giam giữ.',
    },
    { english: 'Where is this person being held?', meaning: 'Người này đang bị giữ ở đâu?' },
    {
      english: 'Has a bond been set, and how much is it?',
      meaning: 'Đã có mức tiền bảo lãnh chưa, và là bao nhiêu?',
    },
  ],
  doNot: [
    'Đừng gọi 1-866-DHS-2-ICE để xin giúp. Đó là đường dây của ICE để tố giác người khác.',
    'Đừng trả tiền cho "notario" để được giúp về pháp lý. Ở Hoa Kỳ, công chứng viên không được tư vấn pháp lý.',
    'Nếu có DACA, TPS hay thị thực, đừng đến ICE đóng tiền bảo lãnh. Bạn không được phép đóng, và đến đó rất nguy hiểm.',
    'Sau khi được thả, người đó không được vắng phiên tòa nào. Nếu vắng một phiên, tiền bảo lãnh có thể bị mất.',
  ],
  goodToKnow: [
    {
      text: 'Trang tìm kiếm chỉ hiện những người đang bị ICE giam giữ, hoặc đã được thả trong 60 ngày qua. Trang không hiện ai dưới 18 tuổi. Tên phải khớp chính xác với hồ sơ của ICE. Trang có tiếng Tây Ban Nha và các ngôn ngữ khác.',
    },
    {
      text: 'Tiền bảo lãnh ("bond") là tiền đóng cho ICE để cam kết rằng người đó sẽ đến mọi phiên tòa. Nhờ vậy họ có thể theo đuổi vụ việc từ bên ngoài. ICE đặt mức tiền đầu tiên, hoặc nói không cho bảo lãnh. Người đó có thể xin thẩm phán di trú xem xét lại. Thẩm phán xem trước hết là mối nguy cho người khác, rồi đến khả năng người đó sẽ không quay lại. Các mức bảo lãnh được ghi nhận bắt đầu từ $1,500. Mức từ $5,000 đến $15,000 hoặc hơn là thường gặp.',
    },
    {
      text: 'Trang Bonds của chính ICE nói tiền bảo lãnh được đóng trực tuyến qua hệ thống CeBONDS, bằng chuyển khoản ngân hàng (ACH hoặc Fedwire). Chỉ công dân Hoa Kỳ, người có thẻ xanh (thường trú nhân hợp pháp), công ty luật hoặc tổ chức phi lợi nhuận mới được đóng. Người thân có DACA, TPS hoặc thị thực không được phép đóng, và sẽ gặp nguy hiểm nếu đến ICE để thử. Các hướng dẫn cũ nói về séc ngân hàng ("cashier\'s check") hay phiếu chuyển tiền ("money order") tại văn phòng ICE là đã lỗi thời. Hãy giữ biên nhận (mẫu I-305). Tiền được hoàn lại nếu người đó làm theo mọi quy định. Tiền bị mất nếu họ vắng một phiên tòa.',
    },
    {
      text: 'Một số người hoàn toàn không được bảo lãnh. Điều này gọi là giam giữ bắt buộc ("mandatory detention"). Nó có thể áp dụng cho một số người có tiền án, người bị chặn ngay khi đến nơi, và người đã có lệnh trục xuất cũ.',
    },
    {
      text: 'Từ ngày 8 tháng 7 năm 2025, DHS coi những người vào Hoa Kỳ mà không qua kiểm tra của nhân viên di trú là không được bảo lãnh. DHS nói họ phải bị giam giữ.',
      since: '2025-07-08',
    },
    {
      text: 'Ngày 5 tháng 9 năm 2025, Hội đồng Kháng cáo Di trú (BIA) đã ra quyết định Matter of Yajure Hurtado. Quyết định này nói thẩm phán di trú không được mở phiên xét bảo lãnh cho người đã vào mà không qua kiểm tra.',
      since: '2025-09-05',
    },
    {
      text: 'Trong tháng 11 và tháng 12 năm 2025, một thẩm phán liên bang ở California, Thẩm phán Sunshine Sykes, đã bác bỏ chính sách không cho bảo lãnh trong vụ Maldonado Bautista. Thẩm phán công nhận một nhóm trên toàn quốc, "Bond Eligible Class", có quyền được xét bảo lãnh. Có tin về một phán quyết cuối cùng vào tháng 12 năm 2025. Có tin nói một số tòa di trú vẫn từ chối mở các phiên này. Đơn "habeas" tại tòa án liên bang là một cách khác.',
      since: '2025-12',
    },
    {
      text: 'Ngày 6 tháng 2 năm 2026, một tòa phúc thẩm liên bang, Fifth Circuit (Tòa Phúc thẩm Khu vực 5), đã giữ nguyên việc giam giữ không bảo lãnh đối với người vào mà không qua kiểm tra, ở Texas, Louisiana và Mississippi. Vụ kiện là Buenrostro-Mendez v. Bondi. ICE thường chuyển người bị giam đến các tiểu bang này.',
      since: '2026-02-06',
    },
    {
      text: 'Ngày 18 tháng 2 năm 2026, một tòa án liên bang ở California đã hủy bỏ quyết định của BIA trong vụ Matter of Yajure Hurtado. Vì vậy, một người có được bảo lãnh hay không giờ tùy vào nơi họ bị giữ. Điều này vẫn đang thay đổi: hãy gọi luật sư ngay.',
      since: '2026-02-18',
    },
  ],
  sources: [
    '2001-BOND-ES',
    'CIBERCUBA-2025',
    'CONEXION-BOND',
    'ELTOQUE-ODLS',
    'FACTCHEQUEADO',
    'HELPWITHBONDS-ES',
    'ICE-BONDS',
    'ICEBOUND-BOND',
    'IMMNET-G28',
    'KYRHUB-BOND',
    'KYRHUB-COUNSEL',
    'LAWFIRM4IMM-2026',
    'LAWHELPMN-ES',
    'LULAC-WI',
    'LVIL-2026',
    'MALDONADO-LV',
    'MALDONADO-WOLFSDORF',
    'MURRAY-OSORIO-2026',
    'NEWZINO',
    'NOLO-BOND',
    'ODLS-FAQ-2017',
    'ODLS-LAUNCH',
    'PIXELATION-ODLS',
    'REF-ODLS',
    'WILDES-BOND',
    'WISLAW',
    'YAJURE-AIC',
    'YAJURE-MO',
  ],
  lastReviewed: '2026-12-05',
};
