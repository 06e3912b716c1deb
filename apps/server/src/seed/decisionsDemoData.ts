import type { CouncilRole } from '@thidua/domain';

/**
 * The data behind decisionsDemo.ts: the council of the demo department and
 * the Director's Giấy khen decisions of 2017–2021 as the department's
 * archive lists them. The record to reproduce: 346 Giấy khen over 2017–2021
 * to collectives and individuals of the department and of enterprises.
 */

/** Giấy khen recipients of decisions signed 2017–2021, as the department reports them. */
export const GIAY_KHEN_2017_2021 = 346;
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2021;
/** Who signed the Director's decisions of those years (the department's head, demo.ts). */
export const DIRECTOR = 'Lê Quang Tiến';

export interface CouncilSeat {
  username: string;
  /** Existing demo account (demo.ts) or one created here. */
  existing: boolean;
  role: CouncilRole;
  orgCode: string;
  /** The person holding the seat: a fixed name, or the holder of this post in the unit. */
  person: { name: string } | { position: string };
}

/** The emulation and commendation council of the Sở, term from 01/01/2026. */
export const DEMO_COUNCIL_SEATS: CouncilSeat[] = [
  { username: 'lanhdao', existing: true, role: 'chair', orgCode: 'SCT', person: { name: 'Lê Quang Tiến' } },
  { username: 'hoidong', existing: true, role: 'standing', orgCode: 'SCT', person: { name: 'Trần Thị Thanh Hà' } },
  // The Chánh Văn phòng keeps the minutes, as the office runs emulation and commendation.
  { username: 'hd.thuky', existing: false, role: 'secretary', orgCode: 'VP', person: { position: 'Chánh Văn phòng' } },
  { username: 'hd.uyvien', existing: false, role: 'member', orgCode: 'KHTC', person: { position: 'Trưởng phòng' } },
  // Deputy head of QLCN (a fixed name of demo.ts, himself a 2026 candidate): recused from his division's
  // items and his own (recusal.ts).
  { username: 'hd.qlcn', existing: false, role: 'member', orgCode: 'QLCN', person: { name: 'Nguyễn Văn An' } },
];

export const DEMO_COUNCIL = DEMO_COUNCIL_SEATS.map((s) => s.username);
export const COUNCIL_TERM_FROM = '2026-01-01';

export type CommendationType = 'periodic' | 'thematic' | 'ad_hoc';

/**
 * One decision of the plan. `people: 'fill'` marks the yearly decisions whose
 * individuals make up the balance, so that the total lands on 346 whatever the
 * history already holds.
 */
export interface DecisionPlan {
  on: string;
  /** The year the achievement belongs to (award_records.year). */
  year: number;
  type: CommendationType;
  summary: string;
  /** Lines the clerk adds between the decree and the council's proposal. */
  basis?: string[];
  /** Department units: how many, from which (all staffed units when omitted), rated at least this that year. */
  units?: { count: number; from?: string[]; rating?: 'excellent' | 'good' };
  /** Individuals: how many, and from which units (all staffed units when omitted). */
  people?: { count: number | 'fill'; from?: string[]; rating?: 'excellent' | 'good' };
  enterprises?: number;
  cooperatives?: number;
}

const TEAMS = ['QLTT-D1', 'QLTT-D2', 'QLTT-D3', 'QLTT-D4', 'QLTT-D5', 'QLTT-D6'];
const FOOD_SAFETY = ['QLTT', ...TEAMS, 'TTR', 'KTATMT'];
const TRADE = ['QLTM', 'TTKC'];

const yearly = (on: string): DecisionPlan => {
  const y = Number(on.slice(0, 4)) - 1;
  return {
    on,
    year: y,
    type: 'periodic',
    summary: `Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${y}`,
    units: { count: 4, rating: 'excellent' },
    people: { count: 'fill', rating: 'excellent' },
  };
};

const business = (on: string, enterprises = 11, cooperatives = 3): DecisionPlan => {
  const y = Number(on.slice(0, 4)) - 1;
  return {
    on,
    year: y,
    type: 'periodic',
    summary: `Về việc tặng Giấy khen cho các doanh nghiệp, hợp tác xã đã có thành tích xuất sắc trong sản xuất, kinh doanh năm ${y}`,
    basis: [`Xét đề nghị của Trưởng phòng Quản lý Công nghiệp, Trưởng phòng Quản lý Thương mại;`],
    enterprises,
    cooperatives,
  };
};

const foodSafety = (on: string, units: number, people: number): DecisionPlan => {
  const y = Number(on.slice(0, 4));
  return {
    on,
    year: y,
    type: 'thematic',
    summary: `Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong triển khai “Tháng hành động vì an toàn thực phẩm” năm ${y}`,
    basis: [
      `Căn cứ Kế hoạch triển khai “Tháng hành động vì an toàn thực phẩm” năm ${y} của Sở Công Thương;`,
      'Xét đề nghị của Chi cục trưởng Chi cục Quản lý thị trường, Chánh Thanh tra Sở;',
    ],
    units: { count: units, from: FOOD_SAFETY, rating: 'good' },
    people: { count: people, from: FOOD_SAFETY, rating: 'good' },
  };
};

const ruralProducts = (on: string, cooperatives: number, enterprises: number): DecisionPlan => {
  const y = Number(on.slice(0, 4));
  return {
    on,
    year: y,
    type: 'thematic',
    summary: `Về việc tặng Giấy khen cho các hợp tác xã, doanh nghiệp có sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm ${y}`,
    basis: [`Căn cứ kết quả bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm ${y};`],
    cooperatives,
    enterprises,
  };
};

const vietGoods = (on: string, people: number, enterprises: number): DecisionPlan => {
  const y = Number(on.slice(0, 4));
  return {
    on,
    year: y,
    type: 'thematic',
    summary: `Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” và Chương trình đưa hàng Việt về nông thôn năm ${y}`,
    units: { count: 2, from: TRADE },
    people: { count: people, from: TRADE, rating: 'good' },
    enterprises,
  };
};

/** The Director's Giấy khen decisions 2017–2021, besides those the history already holds (QLTT teams). */
export const GIAY_KHEN_PLAN: DecisionPlan[] = [
  // 2017: the yearly decision for 2016 commends businesses only (staff titles of 2016 predate the records).
  business('2017-01-20', 12, 4),
  foodSafety('2017-06-09', 4, 8),
  vietGoods('2017-10-16', 6, 6),
  ruralProducts('2017-12-11', 5, 3),

  yearly('2018-01-15'),
  business('2018-01-24'),
  foodSafety('2018-06-11', 2, 8),
  vietGoods('2018-09-17', 5, 5),

  yearly('2019-01-14'),
  business('2019-01-23'),
  foodSafety('2019-06-10', 3, 7),
  ruralProducts('2019-11-18', 4, 3),
  {
    on: '2019-12-16',
    year: 2019,
    type: 'ad_hoc',
    summary:
      'Về việc tặng Giấy khen cho các cá nhân đã có thành tích xuất sắc, đột xuất trong phát hiện, xử lý vụ vận chuyển, kinh doanh xăng dầu không rõ nguồn gốc trên địa bàn tỉnh',
    basis: ['Xét đề nghị của Chi cục trưởng Chi cục Quản lý thị trường;'],
    people: { count: 3, from: TEAMS, rating: 'good' },
  },

  yearly('2020-01-13'),
  business('2020-01-17'),
  {
    on: '2020-05-11',
    year: 2020,
    type: 'ad_hoc',
    summary:
      'Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong bảo đảm cung ứng hàng hóa thiết yếu, bình ổn thị trường phục vụ phòng, chống dịch COVID-19',
    basis: ['Xét đề nghị của Trưởng phòng Quản lý Thương mại, Chi cục trưởng Chi cục Quản lý thị trường;'],
    units: { count: 2, from: ['QLTM', 'QLTT'] },
    people: { count: 6, from: ['QLTM', 'QLTT', ...TEAMS], rating: 'good' },
    enterprises: 8,
  },
  foodSafety('2020-07-06', 2, 6),

  yearly('2021-01-18'),
  business('2021-01-26'),
  foodSafety('2021-06-14', 2, 8),
  {
    on: '2021-09-20',
    year: 2021,
    type: 'ad_hoc',
    summary:
      'Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong thực hiện “vừa sản xuất, vừa phòng, chống dịch COVID-19”, bảo đảm lưu thông hàng hóa thiết yếu trên địa bàn tỉnh',
    units: { count: 1, from: ['KHTC'] },
    people: { count: 4, from: ['QLTM', 'QLCN', 'VP'], rating: 'good' },
    enterprises: 6,
    cooperatives: 2,
  },
  {
    on: '2021-11-22',
    year: 2021,
    type: 'thematic',
    summary:
      'Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong thực hiện Chương trình sử dụng năng lượng tiết kiệm và hiệu quả trên địa bàn tỉnh năm 2021',
    basis: ['Xét đề nghị của Trưởng phòng Quản lý Năng lượng;'],
    units: { count: 1, from: ['QLNL'] },
    people: { count: 4, from: ['QLNL'], rating: 'good' },
    enterprises: 5,
  },
];

/** The department's own orders and flags, decided above it (recorded as they arrived). */
export const HIGHER_AWARDS = [
  {
    awardCode: 'order_labour_3',
    number: '1296/QĐ-CTN',
    on: '2019-08-23',
    year: 2019,
    authority: 'Chủ tịch nước',
    signer: 'Chủ tịch nước',
  },
  {
    awardCode: 'emulation_flag_government',
    number: '618/QĐ-TTg',
    on: '2019-05-20',
    year: 2018,
    authority: 'Thủ tướng Chính phủ',
    signer: 'Thủ tướng Chính phủ',
  },
] as const;
