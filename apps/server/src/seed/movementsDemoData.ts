import type { MovementAction, PeriodKind } from '@thidua/domain';

/** The demo's movements: the yearly one and the seven campaigns the department runs, each at a stage. */
export interface TargetSpec {
  name: string;
  unit: string;
  value: number;
  aggregation?: 'sum' | 'latest';
  direction?: 'at_least' | 'at_most';
}
export interface MovementSpec {
  name: string;
  kind: 'regular' | 'thematic';
  level: 'national' | 'ministry' | 'province' | 'department';
  doc: [string, string, string];
  startsOn: string;
  endsOn: string;
  deadline: string | null;
  every: PeriodKind;
  /** Stages walked, with the day of each step. */
  steps: [MovementAction, string][];
  units: string[];
  /** Units that have not registered yet (the follow-up list is not empty). */
  missing?: string[];
  objectives: string;
  content: string;
  criteria: string;
  targets: TargetSpec[];
  exemplars: [string, string][];
}

export const DIVISIONS = ['VP', 'TTR', 'KHTC', 'QLCN', 'QLTM', 'QLNL', 'KTATMT'];
const ALL_UNITS = [...DIVISIONS, 'QLTT', 'TTKC'];

export const DEMO_MOVEMENTS: MovementSpec[] = [
  {
    name: 'Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2026',
    kind: 'regular',
    level: 'department',
    doc: ['05/KH-SCT', '2026-01-12', 'Giám đốc Sở'],
    startsOn: '2026-01-12',
    endsOn: '2026-12-31',
    deadline: '2026-02-28',
    every: 'quarter',
    steps: [
      ['launch', '2026-01-12'],
      ['start', '2026-03-02'],
      ['interim', '2026-07-15'],
      ['resume', '2026-07-25'],
    ],
    units: ALL_UNITS,
    missing: ['TTR'],
    objectives:
      'Hoàn thành toàn diện các chỉ tiêu, nhiệm vụ năm 2026 của ngành Công Thương\nXây dựng đội ngũ cán bộ chuyên nghiệp, liêm chính',
    content: 'Thi đua hoàn thành chương trình công tác năm\nĐăng ký danh hiệu thi đua tập thể, cá nhân từ đầu năm',
    criteria: 'Mức độ hoàn thành nhiệm vụ được giao; chấp hành kỷ luật, kỷ cương hành chính',
    targets: [
      { name: 'Nhiệm vụ trong chương trình công tác hoàn thành đúng hạn', unit: '%', value: 95, aggregation: 'latest' },
      { name: 'Sáng kiến, giải pháp được công nhận', unit: 'sáng kiến', value: 2 },
    ],
    exemplars: [
      ['QLCN', 'Tập thể tiêu biểu trong tham mưu phát triển cụm công nghiệp'],
      ['person:QLTM', 'Cá nhân tiêu biểu trong quản lý thương mại điện tử'],
    ],
  },
  {
    name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    kind: 'thematic',
    level: 'national',
    doc: ['05-CT/TW', '2016-05-15', 'Bộ Chính trị'],
    startsOn: '2021-01-01',
    endsOn: '2030-12-31',
    deadline: null,
    every: 'year',
    steps: [
      ['launch', '2021-01-15'],
      ['start', '2021-02-01'],
      ['interim', '2025-11-20'],
      ['resume', '2025-12-15'],
    ],
    units: ALL_UNITS,
    objectives: 'Đưa việc học tập và làm theo Bác thành việc làm thường xuyên của mỗi cán bộ, đảng viên',
    content: 'Mỗi cán bộ đăng ký một việc làm cụ thể theo tấm gương của Bác\nBiểu dương gương người tốt, việc tốt',
    criteria: 'Kết quả thực hiện việc đăng ký làm theo; số gương điển hình được biểu dương',
    targets: [{ name: 'Cán bộ đăng ký việc làm theo gương Bác', unit: '%', value: 100, aggregation: 'latest' }],
    exemplars: [['person:VP', 'Gương sáng trong học tập và làm theo Bác']],
  },
  {
    name: 'Chung sức xây dựng nông thôn mới',
    kind: 'thematic',
    level: 'national',
    doc: ['1730/QĐ-TTg', '2016-09-05', 'Thủ tướng Chính phủ'],
    startsOn: '2021-01-01',
    endsOn: '2025-12-31',
    deadline: null,
    every: 'year',
    steps: [
      ['launch', '2021-03-01'],
      ['start', '2021-03-15'],
      ['interim', '2023-12-01'],
      ['resume', '2024-01-05'],
      ['final', '2026-01-20'],
      ['close', '2026-03-10'],
    ],
    units: ['QLCN', 'QLTM', 'TTKC'],
    objectives: 'Hoàn thành tiêu chí số 4 (điện) và số 7 (cơ sở hạ tầng thương mại nông thôn)',
    content: 'Hỗ trợ xã đạt tiêu chí điện, chợ\nPhát triển sản phẩm công nghiệp nông thôn tiêu biểu',
    criteria: 'Số xã được hỗ trợ đạt tiêu chí; số sản phẩm được công nhận',
    targets: [
      { name: 'Xã được hỗ trợ đạt tiêu chí số 7 (chợ)', unit: 'xã', value: 12 },
      { name: 'Sản phẩm công nghiệp nông thôn tiêu biểu', unit: 'sản phẩm', value: 10 },
    ],
    exemplars: [['TTKC', 'Đơn vị tiêu biểu hỗ trợ sản phẩm công nghiệp nông thôn']],
  },
  {
    name: 'Cải cách hành chính, thu hút đầu tư',
    kind: 'thematic',
    level: 'province',
    doc: ['120/KH-UBND', '2026-02-10', 'Chủ tịch UBND tỉnh'],
    startsOn: '2026-02-15',
    endsOn: '2026-12-31',
    deadline: '2026-03-15',
    every: 'quarter',
    steps: [
      ['launch', '2026-02-15'],
      ['start', '2026-03-16'],
    ],
    units: DIVISIONS,
    missing: ['KHTC'],
    objectives: 'Nâng chỉ số cải cách hành chính (PAR Index) của Sở\nRút ngắn thời gian giải quyết thủ tục hành chính',
    content: 'Số hóa hồ sơ, giải quyết thủ tục trực tuyến toàn trình',
    criteria: 'Tỷ lệ hồ sơ đúng hạn; tỷ lệ hồ sơ trực tuyến',
    targets: [
      { name: 'Hồ sơ giải quyết đúng hạn', unit: '%', value: 98, aggregation: 'latest' },
      { name: 'Hồ sơ trực tuyến toàn trình', unit: '%', value: 80, aggregation: 'latest' },
    ],
    exemplars: [['person:QLNL', 'Cán bộ một cửa tiêu biểu']],
  },
  {
    name: 'Lao động giỏi, lao động sáng tạo',
    kind: 'thematic',
    level: 'province',
    doc: ['85/KH-LĐLĐ', '2026-01-20', 'Liên đoàn Lao động tỉnh'],
    startsOn: '2026-02-01',
    endsOn: '2030-12-31',
    deadline: '2026-03-31',
    every: 'quarter',
    steps: [
      ['launch', '2026-02-01'],
      ['start', '2026-04-01'],
    ],
    units: ['QLCN', 'QLNL', 'KTATMT', 'TTKC'],
    objectives: 'Khuyến khích sáng kiến, cải tiến kỹ thuật trong cán bộ, người lao động',
    content: 'Đăng ký sáng kiến từ đầu năm; hội thi sáng tạo kỹ thuật',
    criteria: 'Số sáng kiến được công nhận; giá trị làm lợi',
    targets: [
      { name: 'Sáng kiến, cải tiến kỹ thuật được công nhận', unit: 'sáng kiến', value: 3 },
      { name: 'Giá trị làm lợi', unit: 'triệu đồng', value: 150 },
    ],
    exemplars: [
      ['person:KTATMT', 'Sáng kiến quy trình kiểm tra an toàn hóa chất'],
      ['person:TTKC', 'Cải tiến mô hình trình diễn kỹ thuật khuyến công'],
    ],
  },
  {
    name: 'Người Việt Nam ưu tiên dùng hàng Việt Nam',
    kind: 'thematic',
    level: 'ministry',
    doc: ['264-TB/TW', '2024-03-01', 'Bộ Công Thương'],
    startsOn: '2024-03-01',
    endsOn: '2028-12-31',
    deadline: null,
    every: 'year',
    steps: [
      ['launch', '2024-03-01'],
      ['start', '2024-03-15'],
      ['interim', '2026-10-15'],
    ],
    units: ['QLTM', 'QLTT', 'TTKC'],
    objectives: 'Nâng tỷ lệ hàng Việt trong hệ thống phân phối của tỉnh',
    content: 'Phiên chợ hàng Việt về nông thôn; kiểm tra hàng giả, hàng nhái',
    criteria: 'Số phiên chợ; số vụ vi phạm được xử lý',
    targets: [
      { name: 'Phiên chợ hàng Việt về nông thôn', unit: 'phiên', value: 6 },
      { name: 'Vụ vi phạm hàng giả, hàng nhái được xử lý', unit: 'vụ', value: 40 },
    ],
    exemplars: [['QLTT-D1', 'Đội tiêu biểu trong đấu tranh chống hàng giả']],
  },
  {
    name: 'Sử dụng năng lượng tiết kiệm, hiệu quả',
    kind: 'thematic',
    level: 'department',
    doc: ['210/KH-SCT', '2026-03-05', 'Giám đốc Sở'],
    startsOn: '2026-03-05',
    endsOn: '2026-12-31',
    deadline: '2026-04-05',
    every: 'quarter',
    steps: [
      ['launch', '2026-03-05'],
      ['start', '2026-04-06'],
    ],
    units: ['VP', 'QLNL', 'TTKC'],
    objectives: 'Giảm điện năng tiêu thụ tại trụ sở; lan tỏa tới doanh nghiệp',
    content: 'Kiểm toán năng lượng; thay thiết bị tiết kiệm điện',
    criteria: 'Mức giảm điện năng; số doanh nghiệp được tư vấn',
    targets: [
      { name: 'Điện năng tiêu thụ tại trụ sở giảm', unit: '%', value: 5, aggregation: 'latest' },
      { name: 'Doanh nghiệp được tư vấn tiết kiệm năng lượng', unit: 'doanh nghiệp', value: 15 },
    ],
    exemplars: [['QLNL', 'Mô hình văn phòng xanh, tiết kiệm điện']],
  },
  {
    name: 'Ngành Công Thương Thái Nguyên sát cánh đồng hành cùng doanh nghiệp',
    kind: 'thematic',
    level: 'department',
    doc: ['402/KH-SCT', '2026-11-10', 'Giám đốc Sở'],
    startsOn: '2026-11-10',
    endsOn: '2027-12-31',
    deadline: '2026-12-15',
    every: 'quarter',
    steps: [['launch', '2026-11-10']],
    units: ['QLCN', 'QLTM', 'QLNL', 'TTKC'],
    missing: ['QLTM', 'QLNL'],
    objectives: 'Tháo gỡ khó khăn cho doanh nghiệp; rút ngắn thời gian phản hồi kiến nghị',
    content: 'Đối thoại doanh nghiệp hằng quý; đường dây nóng',
    criteria: 'Số kiến nghị được giải quyết; thời gian phản hồi',
    targets: [
      { name: 'Kiến nghị của doanh nghiệp được trả lời đúng hạn', unit: '%', value: 100, aggregation: 'latest' },
      { name: 'Hội nghị đối thoại doanh nghiệp', unit: 'hội nghị', value: 4 },
    ],
    exemplars: [],
  },
];
