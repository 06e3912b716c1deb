import type { ScorecardItemKind, ScoringRule } from '@thidua/domain';

/**
 * The scorecards of the demo (docs/scorecards.md "Demo"): the department's PAR index since 2016 as the province
 * announced it, the PAR template of 2025 whose computed criteria draw on the one-stop demo, and the bloc
 * templates. Scores are data here; every total is computed by the domain's arithmetic when the seed writes them.
 */

/** The PAR index is scored out of 100: the appraised template (70) and the sociological survey (30). */
export const PAR_SURVEY_MAX = 30;
export const PAR_TOTAL_MAX = 100;

export interface ParYear {
  year: number;
  /** Out of the template's 70. */
  self: number;
  appraised: number;
  /** Out of 30. */
  survey: number;
  rank: number;
  of: number;
  decision: [number: string, date: string, signer: string];
}

const CT = 'Chủ tịch UBND tỉnh';
const PCT = 'Phó Chủ tịch UBND tỉnh';

/** As announced by the Provincial People's Committee each spring (typed by the office from the decisions). */
export const PAR_HISTORY: ParYear[] = [
  {
    year: 2016,
    self: 64.5,
    appraised: 60.75,
    survey: 24.8,
    rank: 2,
    of: 21,
    decision: ['486/QĐ-UBND', '2017-03-08', CT],
  },
  {
    year: 2017,
    self: 65.25,
    appraised: 62,
    survey: 25.1,
    rank: 1,
    of: 21,
    decision: ['672/QĐ-UBND', '2018-03-22', CT],
  },
  {
    year: 2018,
    self: 65.5,
    appraised: 62.5,
    survey: 25.45,
    rank: 1,
    of: 20,
    decision: ['835/QĐ-UBND', '2019-04-05', PCT],
  },
  { year: 2019, self: 66, appraised: 62.25, survey: 26, rank: 2, of: 20, decision: ['1021/QĐ-UBND', '2020-04-10', CT] },
  {
    year: 2020,
    self: 66.25,
    appraised: 63.5,
    survey: 25.9,
    rank: 1,
    of: 20,
    decision: ['913/QĐ-UBND', '2021-03-30', CT],
  },
  {
    year: 2021,
    self: 66.75,
    appraised: 63.25,
    survey: 26.3,
    rank: 2,
    of: 20,
    decision: ['1187/QĐ-UBND', '2022-04-18', PCT],
  },
  { year: 2022, self: 67, appraised: 64, survey: 26.55, rank: 1, of: 20, decision: ['748/QĐ-UBND', '2023-03-28', CT] },
  {
    year: 2023,
    self: 67.25,
    appraised: 64.25,
    survey: 26.8,
    rank: 1,
    of: 19,
    decision: ['655/QĐ-UBND', '2024-03-20', CT],
  },
  {
    year: 2024,
    self: 67.5,
    appraised: 64.5,
    survey: 27.05,
    rank: 2,
    of: 19,
    decision: ['598/QĐ-UBND', '2025-03-18', PCT],
  },
];

/** 2025: the scores come from the published PAR cycle; the rank and the decision from the province. */
export const PAR_2025 = {
  year: 2025,
  survey: 27.4,
  rank: 1,
  of: 19,
  decision: ['462/QĐ-UBND', '2026-03-13', CT] as [string, string, string],
};

export interface ItemSpec {
  code: string;
  kind: ScorecardItemKind;
  name: string;
  max: number;
  guidance?: string;
  evidence?: string;
  source?: string;
  scoring?: ScoringRule;
  children?: ItemSpec[];
}

const c = (code: string, name: string, max: number, evidence = 'Văn bản, báo cáo chứng minh'): ItemSpec => ({
  code,
  kind: code.split('.').length > 2 ? 'sub' : 'criterion',
  name,
  max,
  evidence,
});
const f = (code: string, name: string, max: number, children: ItemSpec[]): ItemSpec => ({
  code,
  kind: 'field',
  name,
  max,
  children,
});
const computed = (code: string, name: string, max: number, source: string, scoring: ScoringRule, guidance: string) => ({
  ...c(code, name, max, 'Số liệu của hệ thống một cửa (tự động)'),
  source,
  scoring,
  guidance,
});

/** The fields of the 2022–2030 methodology (one-stop-par-statistics §12.1), adapted for a department: 70 points. */
export const PAR_ITEMS: ItemSpec[] = [
  f('1', 'Công tác chỉ đạo, điều hành CCHC', 8, [
    c('1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 2, 'Kế hoạch CCHC năm của Sở'),
    c('1.2', 'Báo cáo CCHC định kỳ đúng thời hạn', 2, 'Các báo cáo quý, 6 tháng, năm'),
    c('1.3', 'Kiểm tra công tác CCHC tại các đơn vị trực thuộc', 2, 'Kế hoạch và báo cáo kết quả kiểm tra'),
    c('1.4', 'Tuyên truyền CCHC', 2),
  ]),
  f('2', 'Cải cách thể chế', 7, [
    c('2.1', 'Tham mưu ban hành văn bản quy phạm pháp luật thuộc lĩnh vực quản lý', 4),
    c('2.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 3),
  ]),
  f('3', 'Cải cách thủ tục hành chính', 15, [
    {
      ...c('3.1', 'Công bố, công khai thủ tục hành chính', 3),
      children: [
        c('3.1.a', 'Trình công bố danh mục TTHC đúng thời hạn', 1.5, 'Quyết định công bố của UBND tỉnh'),
        c('3.1.b', 'Công khai TTHC trên Cổng Dịch vụ công và tại Bộ phận Một cửa', 1.5),
      ],
    },
    computed(
      '3.2',
      'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
      5,
      'onestop.on_time_rate',
      { rule: 'ratio', target: 100 },
      'Điểm = 5 × tỷ lệ hồ sơ giải quyết trước và đúng hạn (Biểu 06).',
    ),
    computed(
      '3.3',
      'Văn bản xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn',
      2,
      'onestop.apology_letters',
      {
        rule: 'bands',
        bands: [
          { min: 0, points: 2 },
          { min: 1, points: 1.5 },
          { min: 51, points: 1 },
          { min: 101, points: 0 },
        ],
      },
      'Không phải xin lỗi lần nào: 2 điểm; 1–50 văn bản: 1,5 điểm; 51–100: 1 điểm; trên 100: 0 điểm.',
    ),
    c('3.4', 'Rà soát, đơn giản hóa TTHC', 2),
    c('3.5', 'Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC', 3),
  ]),
  f('4', 'Cải cách tổ chức bộ máy hành chính', 8, [
    c('4.1', 'Sắp xếp tổ chức bộ máy theo quy định', 4),
    c('4.2', 'Thực hiện phân cấp, ủy quyền', 4),
  ]),
  f('5', 'Cải cách chế độ công vụ', 8, [
    c('5.1', 'Vị trí việc làm, cơ cấu ngạch công chức', 3),
    c('5.2', 'Tuyển dụng, bổ nhiệm, đánh giá công chức', 3),
    c('5.3', 'Chấp hành kỷ luật, kỷ cương hành chính', 2),
  ]),
  f('6', 'Cải cách tài chính công', 6, [
    c('6.1', 'Thực hiện dự toán, giải ngân vốn đầu tư công', 3),
    c('6.2', 'Cơ chế tự chủ tài chính của đơn vị sự nghiệp', 3),
  ]),
  f('7', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 12, [
    c('7.1', 'Quản lý văn bản điện tử, chữ ký số', 3),
    computed(
      '7.2',
      'Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến',
      5,
      'onestop.online_share',
      { rule: 'ratio', target: 50 },
      'Đạt từ 50 % trở lên: 5 điểm; dưới 50 %: 5 × tỷ lệ / 50 %.',
    ),
    c('7.3', 'Số hóa hồ sơ, kết quả giải quyết TTHC', 4),
  ]),
  f('8', 'Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế – xã hội', 6, [
    c('8.1', 'Thực hiện chỉ tiêu tăng trưởng của ngành được giao', 3),
    c('8.2', 'Thu hút đầu tư, hỗ trợ doanh nghiệp', 3),
  ]),
  { code: 'T', kind: 'bonus', name: 'Sáng kiến, mô hình mới trong CCHC được công nhận', max: 2 },
  { code: 'Tr', kind: 'penalty', name: 'Phản ánh, kiến nghị đúng về giải quyết TTHC', max: 3 },
];
export const PAR_CAPS = { bonusCap: 2, penaltyCap: 3 };

/** The department's self points on the 2025 manual criteria; the computed ones score from their figures. */
export const PAR_2025_SELF: Record<string, number> = {
  '1.1': 2,
  '1.2': 2,
  '1.3': 2,
  '1.4': 2,
  '2.1': 4,
  '2.2': 3,
  '3.1.a': 1.5,
  '3.1.b': 1.5,
  '3.4': 2,
  '3.5': 3,
  '4.1': 4,
  '4.2': 3.5,
  '5.1': 3,
  '5.2': 3,
  '5.3': 2,
  '6.1': 2.75,
  '6.2': 3,
  '7.1': 3,
  '7.3': 3.5,
  '8.1': 3,
  '8.2': 2.75,
  T: 1,
  Tr: 0,
};
/** The appraisal council's reductions, each with its reason. */
export const PAR_2025_REDUCED: Record<string, [points: number, reason: string]> = {
  '4.2': [3, 'Chưa ban hành quyết định ủy quyền cho Chi cục Quản lý thị trường theo Nghị định mới.'],
  '6.1': [2.25, 'Giải ngân vốn đầu tư công đến 31/01/2026 đạt 91 %, chưa đạt kế hoạch.'],
  '7.3': [3, 'Tỷ lệ số hóa kết quả giải quyết TTHC chưa đạt 80 % theo Bộ chỉ số 766.'],
};

/** The provincial bloc's scorecard (2024, copied to 2025): 100 points, bonus and penalty up to 5. */
export const BLOC_ITEMS: ItemSpec[] = [
  f('1', 'Thực hiện nhiệm vụ chính trị, chuyên môn được giao', 40, [
    c('1.1', 'Hoàn thành các chỉ tiêu kế hoạch năm UBND tỉnh giao', 20, 'Báo cáo tổng kết năm, số liệu thống kê'),
    c('1.2', 'Tham mưu cơ chế, chính sách, đề án của ngành', 10),
    c('1.3', 'Thực hiện nhiệm vụ UBND tỉnh giao đúng tiến độ, chất lượng', 10),
  ]),
  f('2', 'Công tác thi đua, khen thưởng', 20, [
    c('2.1', 'Tổ chức phong trào thi đua, ký kết giao ước thi đua', 5),
    c('2.2', 'Phát hiện, nhân rộng điển hình tiên tiến, sáng kiến', 5),
    c('2.3', 'Thực hiện quy trình, hồ sơ khen thưởng đúng quy định', 5),
    c('2.4', 'Tham gia hoạt động chung của khối', 5),
  ]),
  f('3', 'Cải cách hành chính, chuyển đổi số', 20, [
    c('3.1', 'Kết quả Chỉ số cải cách hành chính năm', 10, 'Quyết định công bố Chỉ số CCHC của UBND tỉnh'),
    c('3.2', 'Dịch vụ công trực tuyến, chuyển đổi số', 10),
  ]),
  f('4', 'Xây dựng tổ chức Đảng, đoàn thể; kỷ luật, kỷ cương', 20, [
    c('4.1', 'Tổ chức Đảng, đoàn thể hoàn thành tốt nhiệm vụ trở lên', 10),
    c('4.2', 'Chấp hành kỷ luật, kỷ cương; phòng, chống tham nhũng, lãng phí', 10),
  ]),
  { code: 'T', kind: 'bonus', name: 'Được tặng Cờ thi đua, Bằng khen cấp trên trong năm', max: 5 },
  { code: 'Tr', kind: 'penalty', name: 'Tập thể, cá nhân vi phạm bị xử lý kỷ luật', max: 5 },
];
export const BLOC_CAPS = { bonusCap: 5, penaltyCap: 5 };

/** The bloc of divisions the department organises for itself (2025): 100 points. */
export const DIVISION_ITEMS: ItemSpec[] = [
  f('1', 'Thực hiện nhiệm vụ chuyên môn', 50, [
    c('1.1', 'Hoàn thành kế hoạch công tác năm của phòng', 30),
    c('1.2', 'Chất lượng, tiến độ văn bản tham mưu', 20),
  ]),
  f('2', 'Cải cách hành chính, chuyển đổi số', 20, [
    c('2.1', 'Giải quyết hồ sơ, công việc đúng hạn', 10),
    c('2.2', 'Ứng dụng công nghệ thông tin, văn bản điện tử', 10),
  ]),
  f('3', 'Thi đua, khen thưởng và sáng kiến', 15, [
    c('3.1', 'Hưởng ứng phong trào thi đua của Sở', 8),
    c('3.2', 'Sáng kiến được công nhận', 7),
  ]),
  f('4', 'Kỷ luật, kỷ cương, nội quy cơ quan', 15, [c('4.1', 'Chấp hành nội quy, quy chế cơ quan', 15)]),
  { code: 'T', kind: 'bonus', name: 'Được khen thưởng cấp tỉnh trở lên trong năm', max: 3 },
  { code: 'Tr', kind: 'penalty', name: 'Vi phạm nội quy, quy chế bị nhắc nhở', max: 5 },
];
export const DIVISION_CAPS = { bonusCap: 3, penaltyCap: 5 };

/** One member's plan: the share of each criterion's maximum it gives itself, and what the appraisers change. */
export interface MemberPlan {
  /** An organisation code of the demo (its id is the member's), or the name of an agency outside it. */
  who: string;
  share: number;
  /** Self points by code, over the share (bonus and penalty default to 0). */
  self?: Record<string, number>;
  reduced?: Record<string, [points: number, reason: string]>;
  /** The appraisers asked once; the member explained. */
  explain?: { code: string; question: string; answer: string };
}

const REASON = {
  target: 'Một số chỉ tiêu kế hoạch năm chưa đạt (báo cáo tổng kết năm).',
  evidence: 'Tài liệu kiểm chứng chưa đầy đủ.',
  late: 'Có báo cáo gửi chậm so với thời hạn của khối.',
};

export const BLOC_2024: MemberPlan[] = [
  { who: 'Sở Tài chính', share: 0.92, self: { T: 3 }, reduced: { '2.2': [4, REASON.evidence] } },
  { who: 'Sở Xây dựng', share: 0.87, reduced: { '1.1': [15.5, REASON.target] } },
  { who: 'SCT', share: 0.9, self: { T: 2 }, reduced: { '3.2': [8.5, REASON.evidence] } },
  { who: 'Sở Nông nghiệp và Môi trường', share: 0.86, reduced: { '2.4': [3.5, REASON.late] } },
  { who: 'Sở Khoa học và Công nghệ', share: 0.84 },
];

export const BLOC_2025: MemberPlan[] = [
  { who: 'Sở Tài chính', share: 0.9, self: { T: 2 }, reduced: { '1.1': [17, REASON.target] } },
  {
    who: 'Sở Xây dựng',
    share: 0.88,
    explain: {
      code: '1.3',
      question: 'Đề nghị bổ sung văn bản chứng minh hoàn thành các nhiệm vụ UBND tỉnh giao trong quý IV.',
      answer: 'Sở đã bổ sung báo cáo số 412/BC-SXD ngày 10/12/2025 về kết quả thực hiện nhiệm vụ quý IV.',
    },
    reduced: { '1.3': [8, 'Còn 02 nhiệm vụ UBND tỉnh giao chậm tiến độ (báo cáo giải trình).'] },
  },
  { who: 'SCT', share: 0.93, self: { T: 3 }, reduced: { '2.4': [4.25, REASON.late] } },
  { who: 'Sở Nông nghiệp và Môi trường', share: 0.87, reduced: { '3.2': [8, REASON.evidence] } },
  { who: 'Sở Khoa học và Công nghệ', share: 0.85 },
];

export const DIVISIONS_2025: MemberPlan[] = [
  { who: 'VP', share: 0.88 },
  { who: 'TTR', share: 0.85 },
  { who: 'KHTC', share: 0.87, reduced: { '1.2': [16, REASON.late] } },
  { who: 'QLCN', share: 0.93, self: { T: 2 } },
  { who: 'QLTM', share: 0.91, reduced: { '2.1': [8, 'Có 03 hồ sơ TTHC giải quyết quá hạn trong năm.'] } },
  { who: 'QLNL', share: 0.83 },
  { who: 'KTATMT', share: 0.8, self: { Tr: 1 } },
];
