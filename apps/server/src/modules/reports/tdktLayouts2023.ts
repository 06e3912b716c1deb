import type { FormLayout, LayoutColumn, LayoutSet } from './tdktLayout.ts';

/**
 * Forms 0601–0605.N/BNV-TĐKT as this product lays them out after Circular 02/2023/TT-BNV (the home
 * affairs sector's statistical reporting). The forms' official text was not at hand: titles, column
 * groups and row headings follow what the circular's annex is known to ask (tag U in the domain
 * reference's sense) and each sheet says so. The versions under the 2025 texts (Decree 152/2025,
 * Circular 15/2025/TT-BNV) are not verified; when they are, add a set with its `fromYear`.
 */

const BASIS = 'Thông tư 02/2023/TT-BNV';
const NOTE =
  'Bố cục theo Thông tư số 02/2023/TT-BNV (biểu 06xx.N/BNV-TĐKT, kỳ báo cáo năm); phiên bản theo các văn bản năm 2025 (Nghị định 152/2025/NĐ-CP, Thông tư 15/2025/TT-BNV) chưa được kiểm chứng.';
const note = (code: string) => NOTE.replace('06xx', code);

/** Subject columns shared by 0602 and 0603: collectives, individuals by category, households. */
const subjectColumns = (path: readonly string[]): LayoutColumn[] => [
  { key: 'collective', label: 'Tập thể', path, where: { subject: ['collective'] } },
  { key: 'individual', label: 'Tổng số', path: [...path, 'Cá nhân'], where: { subject: ['individual'] } },
  {
    key: 'leader',
    label: 'Lãnh đạo, quản lý',
    path: [...path, 'Cá nhân'],
    where: { subject: ['individual'], person: ['leader'] },
  },
  {
    key: 'staff',
    label: 'Cán bộ, công chức, viên chức khác',
    path: [...path, 'Cá nhân'],
    where: { subject: ['individual'], person: ['staff'] },
  },
  {
    key: 'worker',
    label: 'Công nhân, người lao động trực tiếp',
    path: [...path, 'Cá nhân'],
    where: { subject: ['individual'], person: ['worker'] },
  },
  {
    key: 'unclassifiedPerson',
    label: 'Chưa phân loại',
    path: [...path, 'Cá nhân'],
    where: { subject: ['individual'], person: ['unclassified'] },
  },
  { key: 'household', label: 'Hộ gia đình', path, where: { subject: ['household'] } },
];

const SUBJECT_NOTES = [
  'Cá nhân chia theo chức vụ và loại cán bộ hiện tại trong hồ sơ nhân sự: lãnh đạo, quản lý khi chức vụ bắt đầu bằng Giám đốc, Trưởng, Chánh, Chủ tịch, Đội trưởng… (kể cả cấp phó); "Công nhân, người lao động trực tiếp" là người có loại cán bộ "Người lao động"; cán bộ, công chức, viên chức còn lại vào cột "khác".',
  'Cột "Chưa phân loại": cá nhân không có hồ sơ nhân sự trong hệ thống (khen thưởng nhập từ hồ sơ cũ, người ngoài đơn vị).',
];

const F0601: FormLayout = {
  code: '0601.N/BNV-TĐKT',
  sheet: 'Biểu 0601',
  title: 'SỐ PHONG TRÀO THI ĐUA, CUỘC VẬN ĐỘNG ĐƯỢC PHÁT ĐỘNG, TRIỂN KHAI',
  basis: BASIS,
  verification: 'U',
  layoutNote: note('0601'),
  unit: 'Đơn vị tính: phong trào (các cột "Kết quả" tính lượt)',
  notes: [
    'Đếm các phong trào thi đua, cuộc vận động đã phát động (không tính bản nháp) có ngày bắt đầu trong năm báo cáo và có đơn vị tham gia thuộc đơn vị báo cáo.',
    'Cấp phát động theo trường "Cấp phát động" của phong trào; phạm vi "toàn đơn vị" khi mọi đơn vị trực thuộc đang hoạt động của đơn vị báo cáo (hoặc chính đơn vị đó) cùng tham gia, còn lại là "một số đơn vị".',
    'Thời gian thực hiện tính từ ngày bắt đầu đến ngày kết thúc; "đã sơ kết, tổng kết" là phong trào đang ở bước sơ kết, tổng kết hoặc đã kết thúc.',
  ],
  rowHeader: 'Cấp phát động',
  facts: 'movement',
  columns: [
    { key: 'total', label: 'Tổng số' },
    { key: 'whole', label: 'Toàn đơn vị', path: ['Phạm vi tham gia'], where: { scope: ['whole'] } },
    { key: 'part', label: 'Một số đơn vị', path: ['Phạm vi tham gia'], where: { scope: ['part'] } },
    { key: 'regular', label: 'Thường xuyên', path: ['Hình thức'], where: { kind: ['regular'] } },
    { key: 'thematic', label: 'Theo chuyên đề', path: ['Hình thức'], where: { kind: ['thematic'] } },
    { key: 'short', label: 'Dưới 1 năm', path: ['Thời gian thực hiện'], where: { duration: ['short'] } },
    { key: 'medium', label: 'Từ 1 đến dưới 3 năm', path: ['Thời gian thực hiện'], where: { duration: ['medium'] } },
    { key: 'long', label: 'Từ 3 năm trở lên', path: ['Thời gian thực hiện'], where: { duration: ['long'] } },
    { key: 'reviewed', label: 'Đã sơ kết, tổng kết', path: ['Kết quả'], where: { stage: ['interim', 'reviewed'] } },
    { key: 'units', label: 'Lượt đơn vị tham gia', path: ['Kết quả'], measure: 'units' },
    { key: 'exemplars', label: 'Điển hình tiên tiến', path: ['Kết quả'], measure: 'exemplars' },
    { key: 'awards', label: 'Lượt khen thưởng', path: ['Kết quả'], measure: 'awards' },
  ],
  rows: [
    { key: 'total', code: '', label: 'Tổng số', bold: true },
    { key: 'national', code: '1', label: 'Trung ương phát động', level: 1, where: { level: ['national'] } },
    { key: 'ministry', code: '2', label: 'Bộ, ngành phát động', level: 1, where: { level: ['ministry'] } },
    { key: 'province', code: '3', label: 'Tỉnh phát động', level: 1, where: { level: ['province'] } },
    { key: 'department', code: '4', label: 'Sở phát động', level: 1, where: { level: ['department'] } },
    { key: 'unit', code: '5', label: 'Đơn vị trực thuộc phát động', level: 1, where: { level: ['unit'] } },
  ],
};

const F0602: FormLayout = {
  code: '0602.N/BNV-TĐKT',
  sheet: 'Biểu 0602',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
  basis: BASIS,
  verification: 'U',
  layoutNote: note('0602'),
  unit: 'Đơn vị tính: lượt tập thể, cá nhân, hộ gia đình',
  notes: [
    'Đếm các danh hiệu, hình thức khen thưởng cấp Nhà nước trong lịch sử khen thưởng có năm khen thưởng là năm báo cáo (không tính bản ghi đã thu hồi), của tập thể, cá nhân thuộc đơn vị báo cáo.',
    ...SUBJECT_NOTES,
  ],
  rowHeader: 'Danh hiệu, hình thức khen thưởng',
  facts: 'award',
  where: { level: ['state', 'national'], group: { not: ['commemorative_medal'] } },
  columns: [{ key: 'total', label: 'Tổng số' }, ...subjectColumns(['Chia theo đối tượng'])],
  rows: [
    { key: 'total', code: '', label: 'Tổng số', bold: true },
    { key: 'honorary', code: '1', label: 'Danh hiệu vinh dự Nhà nước', level: 1, where: { group: ['honorary_title'] } },
    {
      key: 'prize',
      code: '2',
      label: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước',
      level: 1,
      where: { group: ['prize'] },
    },
    { key: 'orders', code: '3', label: 'Huân chương', level: 1, bold: true, where: { group: ['order'] } },
    { key: 'goldStar', code: '3.1', label: 'Huân chương Sao vàng', level: 2, where: { code: ['order_gold_star'] } },
    {
      key: 'hoChiMinh',
      code: '3.2',
      label: 'Huân chương Hồ Chí Minh',
      level: 2,
      where: { code: ['order_ho_chi_minh'] },
    },
    {
      key: 'independence',
      code: '3.3',
      label: 'Huân chương Độc lập (các hạng)',
      level: 2,
      where: { code: ['order_independence_1', 'order_independence_2', 'order_independence_3'] },
    },
    {
      key: 'labour1',
      code: '3.4',
      label: 'Huân chương Lao động hạng Nhất',
      level: 2,
      where: { code: ['order_labour_1'] },
    },
    {
      key: 'labour2',
      code: '3.5',
      label: 'Huân chương Lao động hạng Nhì',
      level: 2,
      where: { code: ['order_labour_2'] },
    },
    {
      key: 'labour3',
      code: '3.6',
      label: 'Huân chương Lao động hạng Ba',
      level: 2,
      where: { code: ['order_labour_3'] },
    },
    {
      key: 'otherOrders',
      code: '3.7',
      label: 'Huân chương khác',
      level: 2,
      where: {
        group: ['order'],
        code: {
          not: [
            'order_gold_star',
            'order_ho_chi_minh',
            'order_independence_1',
            'order_independence_2',
            'order_independence_3',
            'order_labour_1',
            'order_labour_2',
            'order_labour_3',
          ],
        },
      },
    },
    { key: 'medals', code: '4', label: 'Huy chương', level: 1, where: { group: ['medal'] } },
    {
      key: 'nationalFighter',
      code: '5',
      label: 'Chiến sĩ thi đua toàn quốc',
      level: 1,
      where: { code: ['national_emulation_fighter'] },
    },
    {
      key: 'governmentFlag',
      code: '6',
      label: 'Cờ thi đua của Chính phủ',
      level: 1,
      where: { code: ['emulation_flag_government'] },
    },
    {
      key: 'pmCertificate',
      code: '7',
      label: 'Bằng khen của Thủ tướng Chính phủ',
      level: 1,
      where: { code: ['certificate_of_merit_pm'] },
    },
  ],
};

const METHODS: [string, string, readonly string[]][] = [
  ['periodic', 'Thường xuyên', ['periodic']],
  ['thematic', 'Theo chuyên đề', ['thematic']],
  ['adHoc', 'Đột xuất', ['ad_hoc']],
  ['tenure', 'Quá trình cống hiến', ['tenure']],
  ['seniority', 'Theo niên hạn', ['seniority']],
  ['foreign', 'Đối ngoại', ['foreign']],
  ['unclassifiedMethod', 'Chưa phân loại', ['unclassified']],
];

const F0603: FormLayout = {
  code: '0603.N/BNV-TĐKT',
  sheet: 'Biểu 0603',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH',
  basis: BASIS,
  verification: 'U',
  layoutNote: note('0603'),
  unit: 'Đơn vị tính: lượt tập thể, cá nhân, hộ gia đình',
  notes: [
    'Đếm các danh hiệu, hình thức khen thưởng cấp bộ, ban, ngành, tỉnh trong lịch sử khen thưởng có năm khen thưởng là năm báo cáo (không tính bản ghi đã thu hồi), của tập thể, cá nhân thuộc đơn vị báo cáo.',
    ...SUBJECT_NOTES,
    'Phương thức khen thưởng theo trường "Loại khen thưởng" của bản ghi (thường xuyên, chuyên đề, đột xuất, quá trình cống hiến, niên hạn, đối ngoại); bản ghi không có loại vào cột "Chưa phân loại".',
  ],
  rowHeader: 'Danh hiệu, hình thức khen thưởng',
  facts: 'award',
  where: { level: ['ministry_province'] },
  columns: [
    { key: 'total', label: 'Tổng số' },
    ...subjectColumns(['Chia theo đối tượng']),
    ...METHODS.map(([key, label, method]) => ({ key, label, path: ['Chia theo phương thức'], where: { method } })),
  ],
  rows: [
    { key: 'total', code: '', label: 'Tổng số', bold: true },
    {
      key: 'flags',
      code: '1',
      label: 'Cờ thi đua',
      level: 1,
      bold: true,
      where: { code: ['emulation_flag_ministry', 'emulation_flag_provincial', 'emulation_flag_military'] },
    },
    {
      key: 'ministryFlag',
      code: '1.1',
      label: 'Cờ thi đua của bộ, ban, ngành',
      level: 2,
      where: { code: ['emulation_flag_ministry'] },
    },
    {
      key: 'provinceFlag',
      code: '1.2',
      label: 'Cờ thi đua của UBND tỉnh',
      level: 2,
      where: { code: ['emulation_flag_provincial'] },
    },
    {
      key: 'otherFlag',
      code: '1.3',
      label: 'Cờ thi đua khác cùng cấp',
      level: 2,
      where: { code: ['emulation_flag_military'] },
    },
    {
      key: 'fighter',
      code: '2',
      label: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
      level: 1,
      where: { code: ['provincial_emulation_fighter'] },
    },
    {
      key: 'commune',
      code: '3',
      label: 'Xã, phường, đặc khu tiêu biểu',
      level: 1,
      where: { code: ['exemplary_commune'] },
    },
    {
      key: 'certificates',
      code: '4',
      label: 'Bằng khen',
      level: 1,
      bold: true,
      where: { group: ['certificate_of_merit'] },
    },
    {
      key: 'ministryCert',
      code: '4.1',
      label: 'Bằng khen của Bộ trưởng, Thủ trưởng bộ, ban, ngành',
      level: 2,
      where: { code: ['certificate_of_merit_ministerial'] },
    },
    {
      key: 'provinceCert',
      code: '4.2',
      label: 'Bằng khen của Chủ tịch UBND tỉnh',
      level: 2,
      where: { code: ['certificate_of_merit_provincial'] },
    },
    {
      key: 'otherCert',
      code: '4.3',
      label: 'Bằng khen khác cùng cấp',
      level: 2,
      where: { code: ['certificate_of_merit_military'] },
    },
    { key: 'medal', code: '5', label: 'Kỷ niệm chương', level: 1, where: { group: ['commemorative_medal'] } },
  ],
};

const F0604: FormLayout = {
  code: '0604.N/BNV-TĐKT',
  sheet: 'Biểu 0604',
  title: 'SỐ LƯỢNG HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG, KHỐI, CỤM THI ĐUA VÀ THÀNH VIÊN',
  basis: BASIS,
  verification: 'U',
  layoutNote: note('0604'),
  unit: 'Đơn vị tính: tổ chức; người (Hội đồng), đơn vị (khối, cụm)',
  notes: [
    'Hội đồng Thi đua – Khen thưởng: thành viên có nhiệm kỳ còn hiệu lực vào ngày chốt số liệu, thuộc đơn vị báo cáo; mỗi đơn vị có thành viên là một hội đồng. Cột "Nữ" theo hồ sơ nhân sự của thành viên.',
    'Khối, cụm thi đua: khối, cụm có danh sách thành viên của năm báo cáo và có ít nhất một đơn vị thành viên thuộc đơn vị báo cáo; thành viên là các đơn vị trong khối, cụm (trưởng, phó khối, cụm vào cột Chủ tịch, Phó Chủ tịch).',
  ],
  rowHeader: 'Tổ chức',
  facts: 'body',
  columns: [
    { key: 'bodies', label: 'Số tổ chức' },
    { key: 'members', label: 'Tổng số', path: ['Thành viên'], measure: 'members' },
    { key: 'head', label: 'Chủ tịch, Trưởng khối, cụm', path: ['Thành viên'], measure: 'head' },
    { key: 'deputy', label: 'Phó Chủ tịch, Phó khối, cụm', path: ['Thành viên'], measure: 'deputy' },
    { key: 'standing', label: 'Ủy viên thường trực', path: ['Thành viên'], measure: 'standing' },
    { key: 'member', label: 'Ủy viên, đơn vị thành viên', path: ['Thành viên'], measure: 'member' },
    { key: 'secretary', label: 'Thư ký', path: ['Thành viên'], measure: 'secretary' },
    { key: 'women', label: 'Nữ', path: ['Thành viên', 'Trong đó'], measure: 'women' },
  ],
  rows: [
    { key: 'total', code: '', label: 'Tổng số', bold: true },
    { key: 'council', code: '1', label: 'Hội đồng Thi đua – Khen thưởng', level: 1, where: { body: ['council'] } },
    { key: 'bloc', code: '2', label: 'Khối thi đua', level: 1, where: { body: ['bloc'] } },
    { key: 'cluster', code: '3', label: 'Cụm thi đua', level: 1, where: { body: ['cluster'] } },
  ],
};

const BANDS: [string, string, string][] = [
  ['lt5', '1', 'Dưới 5 năm'],
  ['5to10', '2', 'Từ 5 đến dưới 10 năm'],
  ['10to15', '3', 'Từ 10 đến dưới 15 năm'],
  ['15to20', '4', 'Từ 15 đến dưới 20 năm'],
  ['ge20', '5', 'Từ 20 năm trở lên'],
  ['unclassified', '6', 'Chưa phân loại (chưa có ngày bắt đầu công tác hoặc hồ sơ nhân sự)'],
];

const F0605: FormLayout = {
  code: '0605.N/BNV-TĐKT',
  sheet: 'Biểu 0605',
  title: 'SỐ LƯỢNG CÔNG CHỨC, VIÊN CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CHIA THEO THÂM NIÊN',
  basis: BASIS,
  verification: 'U',
  layoutNote: note('0605'),
  unit: 'Đơn vị tính: người',
  notes: [
    'Người làm công tác thi đua, khen thưởng: người đang công tác (hoặc tạm nghỉ) thuộc đơn vị báo cáo có chức vụ ghi "thi đua" hoặc "khen thưởng", và người giữ tài khoản cán bộ thi đua trong hệ thống (nhận ra theo họ tên trong đơn vị được phân quyền).',
    'Thâm niên tính bằng số năm tròn từ ngày bắt đầu công tác trong hồ sơ nhân sự đến ngày chốt số liệu. Tài khoản cán bộ thi đua không nhận ra được hồ sơ nhân sự, và người chưa có ngày bắt đầu công tác, vào dòng "Chưa phân loại".',
  ],
  rowHeader: 'Thâm niên công tác',
  facts: 'officer',
  columns: [
    { key: 'total', label: 'Tổng số' },
    { key: 'women', label: 'Nữ', path: ['Trong đó'], where: { gender: ['female'] } },
    { key: 'cadre', label: 'Cán bộ', path: ['Chia theo loại'], where: { type: ['cadre'] } },
    { key: 'civilServant', label: 'Công chức', path: ['Chia theo loại'], where: { type: ['civil_servant'] } },
    { key: 'publicEmployee', label: 'Viên chức', path: ['Chia theo loại'], where: { type: ['public_employee'] } },
    { key: 'worker', label: 'Người lao động', path: ['Chia theo loại'], where: { type: ['worker'] } },
    { key: 'unclassifiedType', label: 'Chưa phân loại', path: ['Chia theo loại'], where: { type: ['unclassified'] } },
  ],
  rows: [
    { key: 'total', code: '', label: 'Tổng số', bold: true },
    ...BANDS.map(([band, code, label]) => ({ key: band, code, label, level: 1, where: { band: [band] } })),
  ],
};

export const LAYOUTS_2023: LayoutSet = {
  id: 'TT02-2023',
  basis: BASIS,
  fromYear: 2023,
  forms: [F0601, F0602, F0603, F0604, F0605],
};
