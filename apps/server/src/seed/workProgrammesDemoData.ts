/**
 * The department's 2026 work programme in the demo (docs/work-programmes.md "Demo"): the Director's decisions that
 * issued it, its quarter IV and December programmes, the documents its tasks come from and the tasks themselves.
 * The decisions' numbers are the department's one series of the year (the register of commendations holds only
 * its own kind, numbered apart): none of them is cited by another part of the demo.
 */

export const WP_DEMO_YEAR = 2026;
/** The demo's "today" (onestopDemo.ts ONESTOP_DEMO_NOW): tasks are judged, reported and swept up to this day. */
export const WP_DEMO_TODAY = '2026-11-26';

export const WP_DIRECTOR = 'Lê Quang Tiến';

export interface ProgrammePlan {
  key: 'year' | 'q4' | 'dec';
  kind: 'year' | 'quarter' | 'month';
  period: number;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  note: string;
}

export const WP_PROGRAMMES: ProgrammePlan[] = [
  {
    key: 'year',
    kind: 'year',
    period: 0,
    title: 'Chương trình công tác năm 2026 của Sở Công Thương',
    decisionNumber: '25/QĐ-SCT',
    decisionDate: '2026-01-09',
    note: 'Các phòng, đơn vị báo cáo tiến độ trước ngày 25 hằng tháng; Văn phòng Sở tổng hợp báo cáo tại cuộc họp giao ban tháng.',
  },
  {
    key: 'q4',
    kind: 'quarter',
    period: 4,
    title: 'Chương trình công tác quý IV năm 2026 của Sở Công Thương',
    decisionNumber: '386/QĐ-SCT',
    decisionDate: '2026-10-02',
    note: 'Tập trung hoàn thành các nhiệm vụ đến hạn trong quý và các nhiệm vụ còn chậm của 9 tháng đầu năm.',
  },
  {
    key: 'dec',
    kind: 'month',
    period: 12,
    title: 'Chương trình công tác tháng 12 năm 2026 của Sở Công Thương',
    decisionNumber: '448/QĐ-SCT',
    decisionDate: '2026-11-25',
    note: 'Các nhiệm vụ quá hạn phải hoàn thành trước ngày 20/12/2026 và báo cáo tại cuộc họp tổng kết năm.',
  },
];

/** The amendment of the year's programme (July): one task dropped, one added, by the Director's decision. */
export const WP_AMENDMENT = {
  number: 1,
  decisionNumber: '215/QĐ-SCT',
  decisionDate: '2026-07-10',
  reason:
    'Điều chỉnh Chương trình công tác năm 2026 theo chỉ đạo của UBND tỉnh tại cuộc họp giao ban kinh tế tháng 6/2026: ' +
    'lồng ghép hội chợ hàng Việt vào Hội chợ Thương mại – Công nghiệp nông thôn tiêu biểu của tỉnh; bổ sung nhiệm vụ ' +
    'kiểm tra an toàn hành lang lưới điện cao áp trước mùa mưa bão.',
};
export const WP_DROP_REASON =
  'Theo chỉ đạo của UBND tỉnh, nội dung Hội chợ hàng Việt Nam được lồng ghép vào Hội chợ Thương mại – Công nghiệp ' +
  'nông thôn tiêu biểu tỉnh Thái Nguyên năm 2026, không tổ chức riêng; kinh phí chuyển cho hội chợ của tỉnh.';
export const WP_ADD_REASON =
  'Bổ sung theo chỉ đạo của UBND tỉnh tại Văn bản số 2215/UBND-KT ngày 06/7/2026 về bảo đảm an toàn lưới điện mùa mưa bão.';

export interface SourcePlan {
  kind: 'decision' | 'instruction' | 'plan' | 'letter';
  number: string;
  date: string;
  issuer: string;
  title: string;
}

/** The documents the tasks come from: the Provincial People's Committee's decisions, instruction and plans. */
export const WP_SOURCES: Record<string, SourcePlan> = {
  KTXH: {
    kind: 'decision',
    number: '18/QĐ-UBND',
    date: '2026-01-06',
    issuer: 'UBND tỉnh Thái Nguyên',
    title: 'Ban hành Chương trình hành động thực hiện Kế hoạch phát triển kinh tế – xã hội năm 2026',
  },
  CCHC: {
    kind: 'decision',
    number: '3412/QĐ-UBND',
    date: '2025-12-24',
    issuer: 'UBND tỉnh Thái Nguyên',
    title: 'Phê duyệt Kế hoạch cải cách hành chính nhà nước năm 2026 của tỉnh',
  },
  TKNL: {
    kind: 'decision',
    number: '3358/QĐ-UBND',
    date: '2025-12-18',
    issuer: 'UBND tỉnh Thái Nguyên',
    title: 'Ban hành Kế hoạch thực hiện Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả năm 2026',
  },
  CCN: {
    kind: 'decision',
    number: '3466/QĐ-UBND',
    date: '2025-12-30',
    issuer: 'UBND tỉnh Thái Nguyên',
    title: 'Phê duyệt Kế hoạch phát triển cụm công nghiệp tỉnh Thái Nguyên năm 2026',
  },
  TET: {
    kind: 'instruction',
    number: '02/CT-UBND',
    date: '2026-01-08',
    issuer: 'UBND tỉnh Thái Nguyên',
    title: 'Về tăng cường quản lý thị trường, chống buôn lậu, gian lận thương mại dịp Tết Nguyên đán Bính Ngọ 2026',
  },
  KC: {
    kind: 'plan',
    number: '286/KH-UBND',
    date: '2025-12-22',
    issuer: 'UBND tỉnh Thái Nguyên',
    title: 'Thực hiện Chương trình khuyến công tỉnh Thái Nguyên năm 2026',
  },
  XTTM: {
    kind: 'plan',
    number: '291/KH-UBND',
    date: '2025-12-29',
    issuer: 'UBND tỉnh Thái Nguyên',
    title: 'Xúc tiến thương mại tỉnh Thái Nguyên năm 2026',
  },
  TTR: {
    kind: 'plan',
    number: '12/KH-TTr',
    date: '2025-12-19',
    issuer: 'Thanh tra tỉnh Thái Nguyên',
    title: 'Kế hoạch thanh tra năm 2026 của các sở, ngành',
  },
};

/** The leader in charge of each unit's tasks: the Director or the Deputy Director over the field. */
export const WP_LEADER_OF: Record<string, string> = {
  VP: 'Lê Quang Tiến',
  KHTC: 'Lê Quang Tiến',
  TTR: 'Lê Quang Tiến',
  QLTM: 'Trần Thị Thanh Hà',
  TTKC: 'Trần Thị Thanh Hà',
  QLCN: 'Nguyễn Ngọc Việt',
  QLNL: 'Nguyễn Ngọc Việt',
  QLTT: 'Hoàng Minh Tiến',
  KTATMT: 'Hoàng Minh Tiến',
};

/** Why a unit asked for a new deadline: one for each `ext`/`ask` task below, in the order they come. */
export const WP_EXTENSION_REASONS = [
  'Chờ ý kiến góp ý của các sở, ngành về dự thảo quy trình nội bộ; đã có văn bản đôn đốc.',
  'Một số đơn vị dự toán trực thuộc nộp báo cáo quyết toán chậm, phải bổ sung chứng từ.',
  'Hồ sơ của chủ đầu tư hạ tầng phải bổ sung đánh giá tác động môi trường theo ý kiến của Sở Nông nghiệp và Môi trường.',
  'Các doanh nghiệp, đơn vị phối hợp gửi số liệu chậm so với kế hoạch.',
  'Thời vụ thu hái chè kéo dài, các hộ tham gia mô hình chưa bố trí được thời gian nghiệm thu.',
  'Cần lấy thêm ý kiến của các hiệp hội ngành hàng và doanh nghiệp về dự thảo Đề án.',
  'Bộ Công Thương đang sửa đổi hướng dẫn, cần chờ văn bản mới để thống nhất nội dung báo cáo.',
  'Đoàn kiểm tra liên ngành điều chỉnh lịch làm việc theo chỉ đạo của UBND tỉnh.',
  'Một số đối tượng được kiểm tra chưa hoàn thành việc khắc phục, cần thêm thời gian theo dõi.',
  'Chờ kết quả thử nghiệm mẫu xăng dầu của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng.',
];

/** Obstacles a unit reports on a task gone past its deadline. */
export const WP_OBSTACLES = [
  'Chưa bố trí được kinh phí thực hiện; đã báo cáo lãnh đạo Sở.',
  'Công chức chủ trì được cử tham gia đoàn kiểm tra liên ngành dài ngày.',
  'Số liệu của các đơn vị phối hợp chưa đầy đủ, phải rà soát lại.',
  'Đang chờ ý kiến góp ý của các sở, ngành liên quan.',
];

/**
 * The year's tasks, one a line: `unit | start | deadline | outcome | title | product | extras` (dates of 2026 as
 * MM-DD). Outcome: `done:MM-DD` (completed that day: on time or late by its deadline), `ext:NEW@ASKED[,done:MM-DD]`
 * (a new deadline asked that day and approved), `ask:NEW@ASKED` (asked, waiting), `open:PCT` (in progress; overdue
 * once its deadline passed), `new` (not started), `drop` (dropped by the amendment). Extras: `src=` a source,
 * `pt=` co-operating units, `mv=`/`pr=`/`ind=` a movement, a procedure, an indicator, `hi` (high priority),
 * `add` (added by the amendment).
 */
export const WP_YEAR_TASKS = `
VP | 01-12 | 02-13 | done:02-10 | Xây dựng Kế hoạch tổ chức các phong trào thi đua và công tác khen thưởng năm 2026 của Sở | Kế hoạch của Sở | mv=THIDUA
VP | 01-15 | 03-31 | done:03-27 | Xây dựng Kế hoạch cải cách hành chính năm 2026 của Sở | Kế hoạch cải cách hành chính | src=CCHC mv=CCHC
VP | 02-02 | 06-30 | done:06-26 | Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026 | Báo cáo sơ kết | mv=THIDUA
VP | 03-02 | 09-30 | done:10-09 | Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho các thủ tục hành chính mới công bố | Quyết định công bố hệ thống quản lý chất lượng | src=CCHC
VP | 01-12 | 12-15 | open:75 | Bình xét thi đua, khen thưởng năm 2026; tổng hợp hồ sơ đề nghị khen thưởng cấp trên | Tờ trình và hồ sơ trình Hội đồng Thi đua – Khen thưởng tỉnh | mv=THIDUA hi
VP | 01-12 | 12-25 | open:80 | Báo cáo kết quả công tác cải cách hành chính năm 2026 | Báo cáo gửi Sở Nội vụ | src=CCHC
VP | 04-01 | 10-30 | ext:11-30@11-03,done:11-24 | Rà soát, chuẩn hoá quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực lưu thông hàng hoá | Quyết định phê duyệt quy trình nội bộ | src=CCHC pr=2.901001 pt=QLTM
VP | 05-04 | 08-31 | done:08-28 | Điều chỉnh Đề án vị trí việc làm và cơ cấu ngạch công chức của Sở | Đề án trình Sở Nội vụ thẩm định
VP | 01-12 | 12-31 | open:90 | Thực hiện chế độ báo cáo định kỳ tháng, quý, năm của Sở gửi UBND tỉnh và Bộ Công Thương | Báo cáo định kỳ | src=KTXH
KHTC | 01-05 | 01-20 | done:01-19 | Giao dự toán ngân sách năm 2026 cho các đơn vị dự toán trực thuộc | Quyết định giao dự toán
KHTC | 01-05 | 07-15 | done:07-14 | Báo cáo tình hình thực hiện kế hoạch phát triển ngành Công Thương 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2026 | Báo cáo trình UBND tỉnh | src=KTXH ind=IIP
KHTC | 02-02 | 04-30 | done:05-12 | Xây dựng Kế hoạch đầu tư công trung hạn giai đoạn 2026–2030 các dự án do Sở quản lý | Báo cáo gửi Sở Tài chính
KHTC | 07-01 | 09-15 | done:09-10 | Xây dựng dự toán ngân sách năm 2027 của Sở và các đơn vị trực thuộc | Báo cáo dự toán gửi Sở Tài chính
KHTC | 01-05 | 12-10 | open:70 | Báo cáo thống kê ngành Công Thương năm 2026: chỉ số sản xuất công nghiệp, tổng mức bán lẻ, kim ngạch xuất khẩu | Báo cáo thống kê | ind=GTSX_CN src=KTXH
KHTC | 03-02 | 06-30 | ext:08-31@06-18,done:08-25 | Thẩm định quyết toán ngân sách năm 2025 của các đơn vị dự toán trực thuộc | Thông báo thẩm định quyết toán
KHTC | 09-01 | 11-20 | open:60 | Xây dựng Kế hoạch phát triển kinh tế – xã hội ngành Công Thương năm 2027 | Kế hoạch trình UBND tỉnh | ind=BLHH_DV src=KTXH hi
KHTC | 10-01 | 12-20 | open:40 | Tự kiểm tra công tác tài chính, kế toán tại các đơn vị trực thuộc năm 2026 | Báo cáo kết quả tự kiểm tra
QLCN | 01-12 | 03-31 | done:03-30 | Xây dựng Kế hoạch phát triển cụm công nghiệp năm 2026 | Kế hoạch trình UBND tỉnh | src=CCN ind=TL_LAP_DAY_KCN hi
QLCN | 02-02 | 06-30 | ext:09-30@06-15,done:09-25 | Thẩm định hồ sơ thành lập, mở rộng cụm công nghiệp Điềm Thụy 2 | Báo cáo thẩm định trình UBND tỉnh | src=CCN pt=KHTC,KTATMT
QLCN | 03-02 | 09-30 | done:09-28 | Đánh giá tình hình hoạt động các cụm công nghiệp, đề xuất tháo gỡ khó khăn về hạ tầng kỹ thuật | Báo cáo đánh giá | src=CCN
QLCN | 01-12 | 05-29 | done:05-27 | Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2026 | Hồ sơ trình UBND tỉnh công nhận | pt=TTKC ind=SL_SP_CNNT_TINH src=KC
QLCN | 04-01 | 10-30 | done:11-13 | Rà soát danh mục làng nghề, đề xuất công nhận làng nghề mới năm 2026 | Tờ trình UBND tỉnh | ind=SL_LANG_NGHE
QLCN | 02-02 | 12-15 | open:65 | Tham mưu xây dựng Đề án phát triển công nghiệp hỗ trợ tỉnh Thái Nguyên đến năm 2030 | Dự thảo Đề án trình UBND tỉnh | src=KTXH hi
QLCN | 06-01 | 11-15 | ask:12-31@11-10 | Báo cáo đánh giá 5 năm thực hiện chương trình phát triển công nghiệp chế biến nông, lâm sản | Báo cáo trình UBND tỉnh
QLCN | 01-12 | 12-31 | open:80 | Theo dõi tình hình sản xuất công nghiệp hằng tháng, đề xuất giải pháp thúc đẩy tăng trưởng | Báo cáo tháng | ind=IIP
QLCN | 05-04 | 10-30 | open:70 | Đề xuất điều chỉnh, bổ sung phương án phát triển cụm công nghiệp trong Quy hoạch tỉnh | Tờ trình UBND tỉnh | src=CCN
QLCN | 11-16 | 12-20 | new | Báo cáo tình hình thu hút đầu tư vào các cụm công nghiệp năm 2026 | Báo cáo | src=CCN
QLCN | 03-02 | 07-31 | done:07-24 | Khảo sát nhu cầu đầu tư công nghệ chế biến chè của doanh nghiệp, hợp tác xã | Báo cáo khảo sát | pt=TTKC
TTKC | 01-12 | 02-27 | done:02-26 | Xây dựng Kế hoạch khuyến công địa phương năm 2026 | Kế hoạch trình phê duyệt | src=KC
TTKC | 03-02 | 10-30 | done:10-28 | Hỗ trợ ứng dụng máy móc, thiết bị tiên tiến cho 12 cơ sở công nghiệp nông thôn | Hồ sơ nghiệm thu các đề án khuyến công | src=KC
TTKC | 03-02 | 09-30 | ext:11-30@09-16,done:11-20 | Xây dựng mô hình trình diễn kỹ thuật chế biến chè an toàn tại vùng chè Tân Cương | Biên bản nghiệm thu mô hình trình diễn | src=KC
TTKC | 04-01 | 06-30 | done:06-29 | Đào tạo khởi sự doanh nghiệp, nâng cao năng lực quản lý cho cơ sở công nghiệp nông thôn | Báo cáo kết quả đào tạo | src=KC
TTKC | 02-02 | 09-30 | done:09-27 | Tổ chức Hội chợ Thương mại – Công nghiệp nông thôn tiêu biểu tỉnh Thái Nguyên năm 2026 | Báo cáo tổng kết hội chợ | src=XTTM pt=QLTM,QLCN mv=HANGVIET hi
TTKC | 04-01 | 08-31 | done:08-20 | Tổ chức Tuần hàng chè và nông sản Thái Nguyên tại Hà Nội | Báo cáo kết quả | src=XTTM
TTKC | 01-12 | 12-15 | open:85 | Cập nhật cơ sở dữ liệu sản phẩm công nghiệp nông thôn tiêu biểu trên Cổng thông tin điện tử của Sở | Cơ sở dữ liệu và báo cáo | ind=SL_SP_CNNT_KV
TTKC | 06-01 | 11-20 | open:70 | Tổng kết, đánh giá hiệu quả các đề án khuyến công năm 2026 | Báo cáo tổng kết | src=KC
TTKC | 05-04 | 12-10 | open:60 | Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử | Báo cáo kết quả | src=XTTM mv=DONGHANH
TTKC | 09-01 | 12-31 | open:30 | Tư vấn cơ sở công nghiệp nông thôn áp dụng sản xuất sạch hơn | Báo cáo kết quả tư vấn | src=KC
QLTM | 01-05 | 02-13 | done:02-12 | Bảo đảm cân đối cung cầu, bình ổn thị trường hàng hoá thiết yếu dịp Tết Nguyên đán Bính Ngọ 2026 | Báo cáo tình hình thị trường Tết | src=TET hi
QLTM | 01-12 | 04-30 | done:04-28 | Kế hoạch thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2026 | Kế hoạch | mv=HANGVIET
QLTM | 03-02 | 06-30 | done:06-25 | Tổ chức phiên chợ hàng Việt về các xã vùng sâu, vùng xa | Báo cáo kết quả | mv=HANGVIET
QLTM | 04-01 | 09-30 | drop | Tổ chức Hội chợ hàng Việt Nam khu vực phía Nam tỉnh | Báo cáo tổng kết hội chợ | mv=HANGVIET
QLTM | 02-02 | 08-31 | done:09-18 | Đánh giá hiệu quả hoạt động chợ, trung tâm thương mại; đề xuất danh mục chợ kêu gọi đầu tư | Báo cáo trình UBND tỉnh | src=KTXH
QLTM | 01-12 | 12-31 | open:85 | Theo dõi tình hình xuất khẩu, đề xuất giải pháp hỗ trợ doanh nghiệp xuất khẩu | Báo cáo tháng | ind=KN_XK
QLTM | 05-04 | 10-30 | ext:12-15@10-12 | Xây dựng Đề án phát triển thương mại điện tử tỉnh Thái Nguyên giai đoạn 2026–2030 | Dự thảo Đề án trình UBND tỉnh | src=KTXH
QLTM | 07-01 | 11-30 | open:70 | Kiểm tra điều kiện kinh doanh của các cửa hàng bán lẻ xăng dầu | Báo cáo kết quả kiểm tra | pt=QLTT
QLTM | 03-02 | 05-29 | done:05-29 | Rà soát các cơ sở bán buôn rượu, sản phẩm thuốc lá có giấy phép hết hạn | Báo cáo rà soát | pr=2.901011
QLNL | 01-12 | 03-31 | done:03-25 | Kế hoạch thực hiện Chương trình sử dụng năng lượng tiết kiệm và hiệu quả năm 2026 | Kế hoạch trình UBND tỉnh | src=TKNL mv=NANGLUONG
QLNL | 02-02 | 05-29 | done:05-22 | Bảo đảm cung ứng điện mùa khô năm 2026 | Phương án cung ứng điện | hi
QLNL | 03-02 | 08-31 | done:08-31 | Kiểm tra việc sử dụng năng lượng tiết kiệm tại các cơ sở sử dụng năng lượng trọng điểm | Báo cáo kết quả kiểm tra | src=TKNL mv=NANGLUONG
QLNL | 04-01 | 09-30 | ext:12-15@09-10 | Đánh giá tình hình phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ | Báo cáo gửi Bộ Công Thương
QLNL | 01-12 | 06-30 | done:07-20 | Theo dõi tiến độ các dự án lưới điện trung, hạ áp; tháo gỡ vướng mắc giải phóng mặt bằng | Báo cáo trình UBND tỉnh
QLNL | 05-04 | 10-15 | open:60 | Rà soát danh mục dự án nguồn và lưới điện trong Kế hoạch thực hiện Quy hoạch điện VIII trên địa bàn tỉnh | Báo cáo trình UBND tỉnh | hi
QLNL | 09-01 | 12-15 | open:50 | Tập huấn kiểm toán năng lượng, quản lý năng lượng cho doanh nghiệp | Báo cáo kết quả | src=TKNL mv=NANGLUONG
QLNL | 01-12 | 12-31 | open:80 | Tổng hợp kết quả thực hiện Chương trình sử dụng năng lượng tiết kiệm và hiệu quả năm 2026 | Báo cáo | src=TKNL
QLNL | 07-13 | 11-10 | ext:11-30@11-02,done:11-25 | Kiểm tra an toàn hành lang lưới điện cao áp trước mùa mưa bão | Báo cáo kết quả kiểm tra | add pt=KTATMT
KTATMT | 01-12 | 03-31 | done:03-31 | Xây dựng Kế hoạch phòng ngừa, ứng phó sự cố hoá chất năm 2026 | Kế hoạch
KTATMT | 03-02 | 09-30 | done:09-24 | Kiểm tra an toàn hoá chất, vật liệu nổ công nghiệp tại các doanh nghiệp khai thác khoáng sản | Báo cáo kết quả kiểm tra | pt=TTR
KTATMT | 04-01 | 07-31 | done:08-14 | Tổ chức diễn tập ứng phó sự cố hoá chất cấp tỉnh | Báo cáo tổng kết diễn tập
KTATMT | 02-02 | 05-15 | done:05-12 | Kiểm tra an toàn đập, hồ chứa thủy điện trước mùa mưa lũ năm 2026 | Báo cáo kết quả kiểm tra | hi
KTATMT | 05-04 | 11-13 | open:55 | Thẩm định kế hoạch phòng ngừa, ứng phó sự cố hoá chất của các cơ sở sản xuất | Báo cáo
KTATMT | 01-12 | 12-20 | open:70 | Kiểm tra công tác bảo vệ môi trường trong sản xuất công nghiệp thuộc lĩnh vực ngành Công Thương | Báo cáo kết quả kiểm tra
KTATMT | 12-01 | 12-31 | new | Tuyên truyền pháp luật về an toàn thực phẩm trong sản xuất, kinh doanh thực phẩm thuộc ngành Công Thương | Báo cáo
TTR | 01-05 | 01-30 | done:01-29 | Xây dựng, trình phê duyệt Kế hoạch thanh tra, kiểm tra năm 2026 của Sở | Quyết định phê duyệt kế hoạch | src=TTR
TTR | 02-02 | 06-30 | done:06-30 | Thanh tra việc chấp hành pháp luật về điện lực, an toàn điện tại các doanh nghiệp | Kết luận thanh tra | src=TTR pt=QLNL
TTR | 04-01 | 10-30 | done:10-27 | Thanh tra việc chấp hành pháp luật về kinh doanh xăng dầu, khí dầu mỏ hoá lỏng | Kết luận thanh tra | src=TTR pt=QLTM
TTR | 01-05 | 12-31 | open:85 | Tiếp công dân, giải quyết khiếu nại, tố cáo; phòng, chống tham nhũng, tiêu cực năm 2026 | Báo cáo
TTR | 06-01 | 09-30 | ext:11-30@09-22,done:11-18 | Kiểm tra việc thực hiện kết luận thanh tra các năm 2024–2025 | Báo cáo kết quả kiểm tra | src=TTR
TTR | 10-01 | 12-20 | open:35 | Thanh tra việc chấp hành pháp luật về an toàn thực phẩm tại các cơ sở sản xuất thuộc ngành Công Thương | Kết luận thanh tra | src=TTR
QLTT | 01-05 | 02-27 | done:02-26 | Cao điểm chống buôn lậu, gian lận thương mại và hàng giả trước, trong và sau Tết Nguyên đán Bính Ngọ 2026 | Báo cáo kết quả | src=TET hi
QLTT | 01-12 | 01-30 | done:01-23 | Xây dựng Kế hoạch kiểm tra, kiểm soát thị trường năm 2026 | Kế hoạch
QLTT-D1 | 03-02 | 06-30 | done:06-28 | Kiểm tra chuyên đề kinh doanh phân bón, thuốc bảo vệ thực vật vụ Xuân | Báo cáo chuyên đề
QLTT-D2 | 08-03 | 09-30 | done:10-08 | Kiểm tra chuyên đề an toàn thực phẩm dịp Tết Trung thu | Báo cáo chuyên đề
QLTT | 05-04 | 10-30 | done:10-29 | Kiểm tra hoạt động kinh doanh trên sàn thương mại điện tử và mạng xã hội | Báo cáo chuyên đề
QLTT | 01-05 | 12-31 | open:85 | Báo cáo kết quả kiểm tra, xử lý vi phạm hằng tháng gửi Ban Chỉ đạo 389 tỉnh | Báo cáo tháng
QLTT-D3 | 07-01 | 11-15 | ask:12-31@11-05 | Kiểm tra chất lượng xăng dầu, khí dầu mỏ hoá lỏng tại các cửa hàng bán lẻ | Báo cáo chuyên đề | pt=QLTM
QLTT | 09-01 | 12-15 | open:55 | Kế hoạch cao điểm chống buôn lậu, gian lận thương mại dịp Tết Nguyên đán Đinh Mùi 2027 | Kế hoạch | src=TET
`;

/** Tasks a quarter's or a month's programme adds of its own (not taken from the year's). */
export const WP_OWN_TASKS: Record<'q4' | 'dec', string> = {
  q4: `
VP | 10-05 | 11-20 | done:11-19 | Tổ chức Hội nghị đối thoại giữa lãnh đạo Sở với doanh nghiệp ngành Công Thương năm 2026 | Báo cáo kết quả hội nghị | mv=DONGHANH
`,
  dec: `
VP | 12-01 | 12-25 | new | Xây dựng Chương trình công tác năm 2027 của Sở Công Thương | Dự thảo chương trình trình Giám đốc Sở
VP | 12-01 | 12-30 | new | Tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027 | Báo cáo tổng kết năm | mv=THIDUA hi
`,
};

/** Movements cited by key: the demo's movements by name (movementsDemoData.ts). */
export const WP_MOVEMENTS: Record<string, string> = {
  THIDUA: 'Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2026',
  CCHC: 'Cải cách hành chính, thu hút đầu tư',
  HANGVIET: 'Người Việt Nam ưu tiên dùng hàng Việt Nam',
  NANGLUONG: 'Sử dụng năng lượng tiết kiệm, hiệu quả',
  DONGHANH: 'Ngành Công Thương Thái Nguyên sát cánh đồng hành cùng doanh nghiệp',
};
