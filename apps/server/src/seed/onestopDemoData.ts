import type { ProcedureField, Role } from '@thidua/domain';

/**
 * The demo's procedure catalog (thủ tục hành chính) of Sở Công Thương tỉnh Thái Nguyên: about sixty
 * procedures typical of a provincial Department of Industry and Trade (reference
 * docs/domain/one-stop-par-statistics.md §11), each published in 2016 by a decision of the provincial
 * Chairman and then amended (2019–2025) with shorter times and lower compliance costs (§10.2), a few
 * abolished when district-level procedures went to the communes (01/07/2025).
 *
 * The national codes below are demo codes in the `n.nnnnnn` shape, unique within the demo; they are not
 * the national database's codes. Decision numbers are invented for the demo as well.
 */

/** The one-stop desk's demo accounts (password as the other demo accounts); the clerk receives for the whole department. */
export const ONESTOP_DEMO_ACCOUNTS: { username: string; role: Role; orgCode: string; displayName: string }[] = [
  { username: 'motcua', role: 'onestop_clerk', orgCode: 'SCT', displayName: 'Đỗ Thị Minh Nguyệt' },
  { username: 'thuly', role: 'onestop_officer', orgCode: 'QLTM', displayName: 'Lương Văn Quyết' },
  { username: 'thuly2', role: 'onestop_officer', orgCode: 'KTATMT', displayName: 'Ngô Thị Hải Yến' },
];

/** Fee classes of Circular 168/2016/TT-BTC Art 4 (appraisal of trading conditions), and a few demo amounts. */
export const FEES = {
  R: { name: 'Phí thẩm định điều kiện kinh doanh hàng hóa hạn chế kinh doanh', amount: 1_200_000 },
  C: { name: 'Phí thẩm định điều kiện kinh doanh hàng hóa kinh doanh có điều kiện', amount: 1_200_000 },
  H: { name: 'Phí thẩm định điều kiện kinh doanh (hộ kinh doanh, cá nhân)', amount: 400_000 },
  L: { name: 'Phí thẩm định điều kiện kinh doanh (ngoài thành phố, thị xã: 50%)', amount: 600_000 },
  F: { name: 'Phí thẩm định cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (mức demo)', amount: 1_000_000 },
  E: { name: 'Phí thẩm định cấp giấy phép hoạt động điện lực (mức demo)', amount: 800_000 },
  '-': null,
} as const;
export type FeeClass = keyof typeof FEES;

export const FEE_BASIS = 'Thông tư số 168/2016/TT-BTC ngày 26/10/2016 của Bộ Tài chính';

/** Which division handles a field, and which demo officer appraises its dossiers. */
export const FIELD_DIVISION: Record<ProcedureField, 'QLTM' | 'KTATMT' | 'QLNL' | 'QLCN'> = {
  alcohol: 'QLTM',
  tobacco: 'QLTM',
  petroleum: 'QLTM',
  trade_promotion: 'QLTM',
  food_safety: 'QLTM',
  domestic_trade: 'QLTM',
  foreign_trade: 'QLTM',
  multi_level_marketing: 'QLTM',
  consumer_protection: 'QLTM',
  gas: 'KTATMT',
  chemicals: 'KTATMT',
  explosives: 'KTATMT',
  industrial_safety: 'KTATMT',
  electricity: 'QLNL',
  energy_efficiency: 'QLNL',
  local_industry: 'QLCN',
};

/** The legal basis of each field's procedures (as the catalog cites it). */
export const FIELD_BASIS: Record<ProcedureField, string> = {
  alcohol: 'Nghị định số 105/2017/NĐ-CP; Nghị định số 17/2020/NĐ-CP',
  tobacco: 'Nghị định số 67/2013/NĐ-CP; Nghị định số 106/2017/NĐ-CP; Nghị định số 17/2020/NĐ-CP',
  petroleum: 'Nghị định số 83/2014/NĐ-CP; Nghị định số 95/2021/NĐ-CP; Nghị định số 80/2023/NĐ-CP',
  gas: 'Nghị định số 87/2018/NĐ-CP; Nghị định số 17/2020/NĐ-CP',
  trade_promotion: 'Luật Thương mại 2005; Nghị định số 81/2018/NĐ-CP; Nghị định số 128/2024/NĐ-CP',
  food_safety: 'Luật An toàn thực phẩm 2010; Nghị định số 15/2018/NĐ-CP; Thông tư số 43/2018/TT-BCT',
  chemicals: 'Luật Hóa chất 2007; Nghị định số 113/2017/NĐ-CP; Nghị định số 82/2022/NĐ-CP',
  explosives: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ 2024; Nghị định số 71/2018/NĐ-CP',
  industrial_safety: 'Luật Thủy lợi 2017; Nghị định số 114/2018/NĐ-CP',
  electricity: 'Luật Điện lực 2024; Nghị định số 61/2025/NĐ-CP',
  energy_efficiency: 'Luật Sử dụng năng lượng tiết kiệm và hiệu quả 2010; Nghị định số 21/2011/NĐ-CP',
  multi_level_marketing: 'Nghị định số 40/2018/NĐ-CP; Nghị định số 18/2023/NĐ-CP',
  local_industry: 'Nghị định số 45/2012/NĐ-CP; Thông tư số 26/2014/TT-BCT',
  domestic_trade: 'Luật Thương mại 2005; Nghị định số 09/2018/NĐ-CP',
  foreign_trade: 'Luật Quản lý ngoại thương 2017; Nghị định số 09/2018/NĐ-CP',
  consumer_protection: 'Luật Bảo vệ quyền lợi người tiêu dùng 2023; Nghị định số 55/2024/NĐ-CP',
};

/** The document a new dossier of the field adds to the application and the business registration. */
export const FIELD_DOCUMENT: Record<ProcedureField, string> = {
  alcohol: 'Hợp đồng nguyên tắc với thương nhân sản xuất, phân phối rượu',
  tobacco: 'Hợp đồng mua bán với thương nhân phân phối sản phẩm thuốc lá',
  petroleum: 'Bản vẽ mặt bằng cửa hàng và hồ sơ phòng cháy, chữa cháy',
  gas: 'Hồ sơ thiết kế, nghiệm thu trạm nạp và biên bản kiểm định thiết bị',
  trade_promotion: 'Thể lệ chương trình khuyến mại và mẫu vé số dự thưởng',
  food_safety: 'Bản thuyết minh cơ sở vật chất, trang thiết bị bảo đảm an toàn thực phẩm',
  chemicals: 'Bản kê khai địa điểm, nhà xưởng, kho chứa và thiết bị an toàn',
  explosives: 'Thiết kế nổ mìn và quy trình bảo quản, sử dụng vật liệu nổ công nghiệp',
  industrial_safety: 'Phương án (quy trình) đã được chủ đập thông qua',
  electricity: 'Danh sách chuyên gia, người quản lý kỹ thuật và bằng cấp',
  energy_efficiency: 'Báo cáo kiểm toán năng lượng hoặc kế hoạch sử dụng năng lượng',
  multi_level_marketing: 'Giấy chứng nhận đăng ký hoạt động bán hàng đa cấp',
  local_industry: 'Bản mô tả sản phẩm và kết quả bình chọn cấp xã',
  domestic_trade: 'Bản giải trình điều kiện kinh doanh',
  foreign_trade: 'Bản giải trình có kế hoạch kinh doanh, tài chính',
  consumer_protection: 'Hợp đồng theo mẫu, điều kiện giao dịch chung đề nghị đăng ký',
};

/**
 * One procedure a line: demo code, name, field, working days of the 2016 version, fee class, online level,
 * amendments `year-mm-dd:days:cost` (each a decision cutting the time and the compliance cost), `x<date>` to
 * abolish, weight (how many dossiers a year it gets, relative).
 */
export type ProcedureLine = [
  string,
  string,
  ProcedureField,
  number,
  FeeClass,
  'full' | 'partial' | 'none',
  string,
  number,
];

// prettier-ignore
export const DEMO_PROCEDURES: ProcedureLine[] = [
  ['2.901001', 'Cấp Giấy phép bán buôn rượu', 'alcohol', 15, 'R', 'full', '2021-06-15:12:820000 2025-07-01:10:610000', 14],
  ['2.901002', 'Cấp sửa đổi, bổ sung Giấy phép bán buôn rượu', 'alcohol', 7, 'R', 'full', '2021-06-15:5:300000', 5],
  ['2.901003', 'Cấp lại Giấy phép bán buôn rượu', 'alcohol', 7, 'R', 'full', '', 3],
  ['2.901004', 'Cấp Giấy phép sản xuất rượu công nghiệp (quy mô dưới 03 triệu lít/năm)', 'alcohol', 15, 'R', 'partial', '2021-06-15:12:1500000', 3],
  ['2.901005', 'Cấp sửa đổi, bổ sung Giấy phép sản xuất rượu công nghiệp (quy mô dưới 03 triệu lít/năm)', 'alcohol', 7, 'R', 'partial', '', 1],
  ['2.901006', 'Cấp lại Giấy phép sản xuất rượu công nghiệp (quy mô dưới 03 triệu lít/năm)', 'alcohol', 7, 'R', 'partial', '', 1],
  ['2.901007', 'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 'alcohol', 10, 'H', 'partial', 'x2025-07-01', 4],
  ['2.901011', 'Cấp Giấy phép bán buôn sản phẩm thuốc lá', 'tobacco', 15, 'R', 'full', '2020-03-20:12:900000', 5],
  ['2.901012', 'Cấp sửa đổi, bổ sung Giấy phép bán buôn sản phẩm thuốc lá', 'tobacco', 15, 'R', 'full', '2020-03-20:7:350000', 2],
  ['2.901013', 'Cấp lại Giấy phép bán buôn sản phẩm thuốc lá', 'tobacco', 15, 'R', 'full', '2020-03-20:7:350000', 2],
  ['2.901014', 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá', 'tobacco', 15, 'H', 'partial', '2020-03-20:10:400000 x2025-07-01', 5],
  ['2.901021', 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 'petroleum', 20, 'C', 'partial', '2021-11-01:18:1900000 2025-07-01:15:1350000', 10],
  ['2.901022', 'Cấp sửa đổi, bổ sung Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 'petroleum', 20, 'C', 'partial', '2021-11-01:10:700000', 4],
  ['2.901023', 'Cấp lại Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 'petroleum', 20, 'C', 'full', '2021-11-01:7:450000', 3],
  ['2.901024', 'Cấp Giấy xác nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu', 'petroleum', 20, 'C', 'partial', '2023-05-10:15:1600000', 1],
  ['2.901025', 'Cấp Giấy xác nhận đủ điều kiện làm đại lý bán lẻ xăng dầu', 'petroleum', 20, 'C', 'partial', '2023-05-10:15:1200000', 2],
  ['2.901031', 'Cấp Giấy chứng nhận đủ điều kiện trạm nạp LPG vào chai', 'gas', 15, 'C', 'partial', '2022-09-01:12:1700000', 2],
  ['2.901032', 'Cấp lại Giấy chứng nhận đủ điều kiện trạm nạp LPG vào chai', 'gas', 7, 'C', 'full', '', 1],
  ['2.901033', 'Cấp điều chỉnh Giấy chứng nhận đủ điều kiện trạm nạp LPG vào chai', 'gas', 7, 'C', 'partial', '', 1],
  ['2.901034', 'Cấp Giấy chứng nhận đủ điều kiện trạm nạp LPG vào xe bồn', 'gas', 15, 'C', 'partial', '', 1],
  ['2.901035', 'Cấp Giấy chứng nhận đủ điều kiện trạm nạp khí vào phương tiện vận tải', 'gas', 15, 'C', 'partial', '2022-09-01:12:1500000', 1],
  ['2.901036', 'Cấp Giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán LPG', 'gas', 15, 'C', 'full', '2022-09-01:12:1100000', 2],
  ['2.901037', 'Cấp lại Giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán LPG', 'gas', 7, 'C', 'full', '', 1],
  ['2.901038', 'Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai', 'gas', 15, 'L', 'partial', '2022-09-01:10:700000 x2025-07-01', 3],
  ['2.901041', 'Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi trên địa bàn một tỉnh', 'trade_promotion', 7, '-', 'full', '2019-04-01:5:180000', 22],
  ['2.901042', 'Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại mang tính may rủi', 'trade_promotion', 5, '-', 'full', '2019-04-01:3:120000', 4],
  ['2.901043', 'Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam', 'trade_promotion', 7, '-', 'full', '', 4],
  ['2.901044', 'Đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại', 'trade_promotion', 7, '-', 'full', '2019-04-01:5:150000', 1],
  ['2.901051', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do Sở Công Thương thực hiện', 'food_safety', 20, 'F', 'partial', '2019-09-15:18:2200000 2024-04-01:15:1600000', 12],
  ['2.901052', 'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (hết hiệu lực)', 'food_safety', 20, 'F', 'partial', '2024-04-01:15:1300000', 5],
  ['2.901053', 'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (bị mất, hỏng, thay đổi thông tin)', 'food_safety', 7, '-', 'full', '2024-04-01:5:250000', 2],
  ['2.901054', 'Xác nhận kiến thức về an toàn thực phẩm cho tổ chức, cá nhân sản xuất, kinh doanh thực phẩm', 'food_safety', 7, '-', 'full', '2024-04-01:5:200000', 3],
  ['2.901061', 'Cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp', 'chemicals', 15, 'C', 'partial', '2022-12-01:12:2100000', 2],
  ['2.901062', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp', 'chemicals', 15, 'C', 'partial', '2022-12-01:12:1600000', 4],
  ['2.901063', 'Cấp lại Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất có điều kiện', 'chemicals', 7, '-', 'full', '2022-12-01:5:300000', 1],
  ['2.901064', 'Cấp điều chỉnh Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất có điều kiện', 'chemicals', 12, 'C', 'partial', '2022-12-01:10:800000', 1],
  ['2.901065', 'Thẩm định, phê duyệt Kế hoạch phòng ngừa, ứng phó sự cố hóa chất trong lĩnh vực công nghiệp', 'chemicals', 20, '-', 'partial', '2022-12-01:15:2500000', 2],
  ['2.901066', 'Xác nhận Biện pháp phòng ngừa, ứng phó sự cố hóa chất', 'chemicals', 10, '-', 'partial', 'x2022-12-01', 1],
  ['2.901071', 'Cấp Giấy phép sử dụng vật liệu nổ công nghiệp', 'explosives', 12, 'C', 'partial', '2019-10-01:10:2400000 2025-07-01:8:1900000', 3],
  ['2.901072', 'Cấp lại Giấy phép sử dụng vật liệu nổ công nghiệp', 'explosives', 7, 'C', 'partial', '2019-10-01:5:900000', 2],
  ['2.901073', 'Cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp', 'explosives', 7, '-', 'full', '', 2],
  ['2.901081', 'Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập thủy điện', 'industrial_safety', 15, '-', 'partial', '2020-08-01:12:1800000', 1],
  ['2.901082', 'Phê duyệt phương án ứng phó với tình huống khẩn cấp đập, hồ chứa thủy điện', 'industrial_safety', 15, '-', 'partial', '2020-08-01:12:1800000', 1],
  ['2.901083', 'Thẩm định, phê duyệt quy trình vận hành hồ chứa thủy điện', 'industrial_safety', 20, '-', 'partial', '', 1],
  ['2.901091', 'Cấp Giấy phép hoạt động điện lực lĩnh vực phát điện (nhà máy điện quy mô nhỏ)', 'electricity', 15, 'E', 'partial', '2021-03-01:12:1900000 2025-07-01:10:1500000', 2],
  ['2.901092', 'Cấp Giấy phép hoạt động điện lực lĩnh vực phân phối điện (cấp điện áp đến 35 kV)', 'electricity', 15, 'E', 'partial', '2021-03-01:12:1700000', 1],
  ['2.901093', 'Cấp Giấy phép hoạt động điện lực lĩnh vực bán lẻ điện (cấp điện áp đến 0,4 kV)', 'electricity', 15, 'E', 'partial', '2021-03-01:10:1100000', 3],
  ['2.901094', 'Cấp Giấy phép hoạt động điện lực lĩnh vực tư vấn chuyên ngành điện lực', 'electricity', 15, 'E', 'full', '2021-03-01:10:1000000', 3],
  ['2.901095', 'Cấp sửa đổi, bổ sung Giấy phép hoạt động điện lực', 'electricity', 10, 'E', 'full', '2021-03-01:7:600000', 2],
  ['2.901096', 'Cấp lại Giấy phép hoạt động điện lực do bị mất, hỏng', 'electricity', 7, '-', 'full', '2021-03-01:5:250000', 1],
  ['2.901101', 'Tiếp nhận báo cáo kiểm toán năng lượng của cơ sở sử dụng năng lượng trọng điểm', 'energy_efficiency', 10, '-', 'full', '2023-02-15:7:400000', 3],
  ['2.901102', 'Tiếp nhận kế hoạch sử dụng năng lượng tiết kiệm và hiệu quả hằng năm và 05 năm', 'energy_efficiency', 10, '-', 'full', '2023-02-15:7:350000', 4],
  ['2.901111', 'Xác nhận đăng ký hoạt động bán hàng đa cấp tại địa phương', 'multi_level_marketing', 7, '-', 'full', '2023-05-10:5:300000', 2],
  ['2.901112', 'Xác nhận đăng ký sửa đổi, bổ sung hoạt động bán hàng đa cấp tại địa phương', 'multi_level_marketing', 7, '-', 'full', '2023-05-10:5:250000', 1],
  ['2.901113', 'Tiếp nhận thông báo tổ chức hội nghị, hội thảo, đào tạo về bán hàng đa cấp', 'multi_level_marketing', 5, '-', 'full', '', 2],
  ['2.901121', 'Bình chọn, cấp Giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh', 'local_industry', 20, '-', 'partial', '2024-06-01:15:900000', 2],
  ['2.901122', 'Thẩm định, phê duyệt đề án khuyến công địa phương', 'local_industry', 20, '-', 'partial', '2024-06-01:15:1200000', 2],
  ['2.901131', 'Cấp Giấy phép lập cơ sở bán lẻ cho tổ chức kinh tế có vốn đầu tư nước ngoài', 'foreign_trade', 15, 'C', 'partial', '2022-03-01:12:2800000', 1],
  ['2.901132', 'Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài', 'foreign_trade', 15, 'C', 'partial', '2022-03-01:12:2600000', 1],
  ['2.901141', 'Đăng ký hợp đồng theo mẫu, điều kiện giao dịch chung', 'consumer_protection', 20, '-', 'full', '2024-07-01:15:700000', 2],
  ['2.901142', 'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ giám định thương mại (trên địa bàn tỉnh)', 'domestic_trade', 15, 'C', 'partial', '', 1],
];

/** The inter-agency procedure (một cửa liên thông): the fire-safety opinion of the provincial police. */
export const INTER_AGENCY = {
  code: '2.901021',
  leg: {
    agency: 'Công an tỉnh Thái Nguyên (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ)',
    name: 'Ý kiến về điều kiện phòng cháy, chữa cháy của cửa hàng xăng dầu',
    amount: 5,
    timeUnit: 'working_days' as const,
  },
};

/** What the 2016 versions cost a business per dossier (đồng) before the simplifications, by fee class. */
export const BASE_COST: Record<FeeClass, number> = {
  R: 1_050_000,
  C: 2_000_000,
  H: 520_000,
  L: 900_000,
  F: 2_600_000,
  E: 2_100_000,
  '-': 400_000,
};

export const SUPPLEMENT_REASONS = [
  'Thiếu bản vẽ mặt bằng tổng thể có xác nhận của đơn vị thiết kế',
  'Giấy chứng nhận đăng ký doanh nghiệp chưa cập nhật ngành nghề kinh doanh',
  'Hợp đồng nguyên tắc đã hết hiệu lực, đề nghị bổ sung hợp đồng mới',
  'Danh sách cán bộ kỹ thuật chưa kèm bằng cấp chuyên môn',
  'Thể lệ chương trình chưa nêu rõ cách xác định trúng thưởng',
];
export const REFUSE_REASONS = [
  'Không thuộc thẩm quyền giải quyết của Sở Công Thương (thuộc Ủy ban nhân dân cấp xã)',
  'Hồ sơ nộp trực tuyến không có tệp đính kèm đơn đề nghị',
  'Chương trình khuyến mại thuộc thẩm quyền của Bộ Công Thương (thực hiện trên nhiều tỉnh)',
];
export const APOLOGY_REASONS = [
  'Cơ quan phối hợp chậm trả lời ý kiến; Sở xin lỗi và hẹn lại ngày trả kết quả',
  'Cần kiểm tra thực tế tại cơ sở nhưng thời tiết mưa lũ kéo dài',
  'Cán bộ thụ lý đi công tác đột xuất, Sở xin lỗi và hẹn lại ngày trả kết quả',
];
export const WITHDRAW_REASON = 'Doanh nghiệp đề nghị rút hồ sơ để điều chỉnh phương án kinh doanh';
export const STOP_REASON = 'Cơ sở không đáp ứng điều kiện về địa điểm theo kết quả kiểm tra thực tế';
export const RATING_COMMENTS = [
  'Cán bộ hướng dẫn tận tình, trả kết quả trước hẹn',
  'Thủ tục nhanh gọn',
  '',
  'Mong Sở rút ngắn thêm thời gian giải quyết',
  '',
];
