import type { Rating } from '@thidua/domain';
import { periodEnd, QLTT, SO, TTG, UBND, type Authority, type HistoryBuilder, type Subject } from './awardsHistory.ts';

/**
 * The people and units of the demo whose 2026 history is written by hand, so
 * that the candidate list of 2026 shows every ladder and the instructive
 * near-misses (see the list at the top of awardsDemo.ts). Names are those the
 * seeded generator gives; the seed fails loudly if one is missing.
 */

export interface CastEntry {
  unit: string;
  /** Full name of a person, or null for the unit itself. */
  name: string | null;
  awardCode: string;
  /** `candidate`: eligible or needs_review; otherwise the one criterion key that refuses. */
  expect: 'candidate' | { failing: string };
  why: string;
}

export const DEMO_CAST: CastEntry[] = [
  {
    unit: 'SCT',
    name: 'Lê Quang Tiến',
    awardCode: 'order_labour_3',
    expect: 'candidate',
    why: 'Bằng khen TTg 2016–2020, 3 CSTĐCS trong 2022–2026',
  },
  {
    unit: 'SCT',
    name: 'Trần Thị Thanh Hà',
    awardCode: 'certificate_of_merit_pm',
    expect: 'candidate',
    why: 'Bằng khen UBND tỉnh 2019–2020, CSTĐCS 2022, 2024, 2025',
  },
  {
    unit: 'QLCN',
    name: 'Nguyễn Văn An',
    awardCode: 'provincial_emulation_fighter',
    expect: 'candidate',
    why: 'CSTĐCS 2024–2026, sáng kiến cấp tỉnh 2025 chưa dùng',
  },
  {
    unit: 'QLCN',
    name: 'Nguyễn Văn An',
    awardCode: 'certificate_of_merit_provincial',
    expect: 'candidate',
    why: 'CSTĐCS 2025 và 2026',
  },
  {
    unit: 'QLNL',
    name: 'Nguyễn Việt Quang',
    awardCode: 'national_emulation_fighter',
    expect: 'candidate',
    why: 'CSTĐ cấp tỉnh 2021–2023 và 2024–2026, sáng kiến toàn quốc 2026',
  },
  {
    unit: 'VP',
    name: 'Nguyễn Thị Thu Trang',
    awardCode: 'certificate_of_merit_provincial',
    expect: 'candidate',
    why: 'HTXSNV 2025, 2026 và 2 sáng kiến cơ sở chưa dùng',
  },
  {
    unit: 'TTKC',
    name: null,
    awardCode: 'excellent_collective',
    expect: 'candidate',
    why: 'TT LĐTT 2026 (xét sớm), HTXSNV 2026',
  },
  {
    unit: 'QLTT-D1',
    name: null,
    awardCode: 'advanced_collective',
    expect: 'candidate',
    why: 'thành viên đã có LĐTT 2026 (Chi cục xét sớm)',
  },
  {
    unit: 'QLCN',
    name: null,
    awardCode: 'certificate_of_merit_provincial',
    expect: 'candidate',
    why: 'HTXSNV 2025 và 2026',
  },
  // Near-misses: refused on exactly one criterion.
  {
    unit: 'QLCN',
    name: 'Phạm Văn Tâm',
    awardCode: 'provincial_emulation_fighter',
    expect: { failing: 'grassroots_fighter_3_years' },
    why: 'CSTĐCS 2022–2024 và 2026, năm 2025 chỉ LĐTT: chuỗi 3 năm bị đứt',
  },
  {
    unit: 'QLNL',
    name: 'Nguyễn Thị Ngọc Hà',
    awardCode: 'provincial_emulation_fighter',
    expect: { failing: 'provincial_initiative' },
    why: 'sáng kiến cấp tỉnh duy nhất đã dùng để xét CSTĐCS 2024',
  },
  {
    unit: 'QLTM',
    name: 'Lưu Duy Tuấn',
    awardCode: 'advanced_worker',
    expect: { failing: 'no_discipline' },
    why: 'Khiển trách 10/02/2026–09/02/2027',
  },
  {
    unit: 'VP',
    name: 'Phạm Thị Phượng',
    awardCode: 'advanced_worker',
    expect: { failing: 'tenure' },
    why: 'tuyển dụng 13/07/2026, chưa đủ 6 tháng đến 31/12/2026',
  },
  {
    unit: 'QLTM',
    name: 'Đặng Thị Nguyệt',
    awardCode: 'grassroots_emulation_fighter',
    expect: { failing: 'not_under_review' },
    why: 'đang giải quyết đơn tố cáo từ 05/10/2026',
  },
  {
    unit: 'QLTT-D4',
    name: null,
    awardCode: 'advanced_collective',
    expect: { failing: 'members_no_discipline' },
    why: 'đội viên Nông Ngọc Anh bị Cảnh cáo từ 20/05/2026',
  },
];

/** The recruit's real start: 4½ months before the demo's "today" (26/11/2026). */
export const RECRUIT = { unit: 'VP', name: 'Phạm Thị Phượng', startDate: '2026-07-13' };
/** The team member whose warning bars Đội QLTT số 4. */
export const WARNED = { unit: 'QLTT-D4', name: 'Nông Ngọc Anh' };

/** Grassroots titles of 2026 decided ahead of the Sở's review, for the dossiers going to the province. */
export const EARLY_FIGHTERS = '2026-11-24';

type Title = 'L' | 'C' | '-';
export interface CastContext {
  b: HistoryBuilder;
  person(unit: string, name: string): Subject;
  unit(code: string): Subject;
  /** Who confers LĐTT on this unit's staff. */
  advancedBy(unit: string): Authority;
}

/** Ratings and annual titles from 2017: one letter per year (L = LĐTT, C = CSTĐCS, - = none). */
function years(
  ctx: CastContext,
  unit: string,
  s: Subject,
  ratings: string,
  titles: string,
  links: Record<number, string[]> = {},
  first = 2017,
): void {
  const R: Record<string, Rating> = { x: 'excellent', g: 'good', c: 'completed', n: 'not_completed' };
  for (let i = 0; i < ratings.length; i++) {
    const y = first + i;
    ctx.b.rate(s, y, R[ratings[i]!]!);
    const t = titles[i] as Title | undefined;
    if (!t || t === '-') continue;
    const on = y === 2026 ? EARLY_FIGHTERS : undefined;
    const opts = { ...(on ? { on } : {}), ...(links[y] ? { initiatives: links[y] } : {}) };
    if (t === 'C') ctx.b.award(s, 'grassroots_emulation_fighter', y, { by: SO, ...opts });
    else ctx.b.award(s, 'advanced_worker', y, { by: ctx.advancedBy(unit), ...opts });
  }
}

export function writeCast(ctx: CastContext): void {
  const { b } = ctx;
  const at = (unit: string, name: string) => ctx.person(unit, name);

  // HCLĐ hạng Ba (route e): Bằng khen TTg for 2016–2020, then five good years with 3 CSTĐCS.
  const tien = at('SCT', 'Lê Quang Tiến');
  years(ctx, 'SCT', tien, 'gxgxgxxgxg', 'LCLCLCCLC');
  b.award(tien, 'certificate_of_merit_pm', 2020, { by: TTG, fromYear: 2016 });

  // Bằng khen TTg (route b): Bằng khen UBND tỉnh 2019–2020, CSTĐCS 2022, 2024, 2025.
  const ha = at('SCT', 'Trần Thị Thanh Hà');
  years(ctx, 'SCT', ha, 'ggxxgxgxxg', 'LLCCLCLCC');
  b.award(ha, 'certificate_of_merit_provincial', 2020, { by: UBND, fromYear: 2019 });

  // CSTĐ cấp tỉnh: CSTĐCS 2024, 2025, 2026 and a provincial initiative of 2025 not used yet.
  const an = at('QLCN', 'Nguyễn Văn An');
  const anGrassroots = b.initiative({
    title: 'Xây dựng bộ tiêu chí đánh giá hiệu quả hoạt động các cụm công nghiệp trên địa bàn tỉnh',
    field: 'Công nghiệp',
    orgId: an.orgId,
    level: 'grassroots',
    recognisedOn: '2024-10-15',
    authors: [[an.id, 100]],
  });
  b.initiative({
    title: 'Quy trình hỗ trợ cơ sở công nghiệp nông thôn đăng ký bình chọn sản phẩm công nghiệp nông thôn tiêu biểu',
    field: 'Công nghiệp',
    orgId: an.orgId,
    level: 'provincial',
    recognisedOn: '2025-09-22',
    authors: [[an.id, 100]],
  });
  years(ctx, 'QLCN', an, 'ggxggxgxxx', 'LLCLLCLCCC', { 2024: [anGrassroots] });

  // CSTĐ toàn quốc: CSTĐ cấp tỉnh 2018–2020, 2021–2023 and 2024–2026 (UBND decided the last one early
  // for the national dossier), and an initiative recognised nationwide in 2026 that nothing used.
  const quang = at('QLNL', 'Nguyễn Việt Quang');
  years(ctx, 'QLNL', quang, 'gxxxxxxxxx', 'LCCCCCCCCC');
  const provincial = (title: string, on: string) =>
    b.initiative({
      title,
      field: 'Năng lượng',
      orgId: quang.orgId,
      level: 'provincial',
      recognisedOn: on,
      authors: [[quang.id, 100]],
    });
  const p1 = provincial(
    'Giải pháp tiết kiệm điện trong chiếu sáng công cộng tại các đô thị trên địa bàn tỉnh',
    '2020-10-12',
  );
  const p2 = provincial('Quy trình kiểm tra an toàn hệ thống điện mặt trời mái nhà tại cơ sở sản xuất', '2023-09-05');
  const p3 = provincial(
    'Giải pháp giám sát tiêu thụ điện năng từ xa cho cơ sở sử dụng năng lượng trọng điểm',
    '2025-08-19',
  );
  b.initiative({
    title: 'Mô hình quản lý năng lượng cho doanh nghiệp sử dụng năng lượng trọng điểm ngành thép',
    field: 'Năng lượng',
    orgId: quang.orgId,
    level: 'national',
    recognisedOn: '2026-03-27',
    kind: 'research_topic',
    authors: [[quang.id, 100]],
  });
  b.award(quang, 'provincial_emulation_fighter', 2020, { by: UBND, fromYear: 2018, initiatives: [p1] });
  b.award(quang, 'provincial_emulation_fighter', 2023, { by: UBND, fromYear: 2021, initiatives: [p2] });
  b.award(quang, 'provincial_emulation_fighter', 2026, {
    by: UBND,
    fromYear: 2024,
    initiatives: [p3],
    on: '2026-11-17',
    note: 'UBND tỉnh xét sớm để hoàn thiện hồ sơ đề nghị Chiến sĩ thi đua toàn quốc',
  });

  // Bằng khen UBND tỉnh by the other route: excellent in 2025 and 2026 with two grassroots initiatives.
  const trang = at('VP', 'Nguyễn Thị Thu Trang');
  years(ctx, 'VP', trang, 'gggggggxxx', 'LLLLLLLCL');
  b.period(trang, 'leave', 'maternity', '2017-03-06', '2017-09-05', 'Nghỉ thai sản 6 tháng');
  b.initiative({
    title: 'Ứng dụng phần mềm quản lý hồ sơ một cửa điện tử trong giải quyết thủ tục hành chính của Sở Công Thương',
    field: 'Cải cách hành chính',
    orgId: trang.orgId,
    level: 'grassroots',
    recognisedOn: '2025-11-20',
    authors: [
      [trang.id, 70],
      [ctx.person('VP', 'Nguyễn Hữu Hiếu').id, 30],
    ],
  });
  b.initiative({
    title: 'Số hóa hồ sơ thi đua, khen thưởng và tra cứu lịch sử khen thưởng trên môi trường mạng',
    field: 'Thi đua – khen thưởng',
    orgId: trang.orgId,
    level: 'grassroots',
    recognisedOn: '2026-09-14',
    authors: [[trang.id, 100]],
  });

  // Near-miss: the CSTĐCS chain breaks in 2025 (only LĐTT that year).
  const tam = at('QLCN', 'Phạm Văn Tâm');
  years(ctx, 'QLCN', tam, 'gggxgxxxgx', 'LLLCLCCCLC');
  b.initiative({
    title: 'Xây dựng cơ sở dữ liệu cụm công nghiệp trên nền tảng bản đồ số (GIS)',
    field: 'Công nghiệp',
    orgId: tam.orgId,
    level: 'provincial',
    recognisedOn: '2025-06-30',
    authors: [
      [tam.id, 60],
      [ctx.person('QLCN', 'Triệu Văn Công').id, 40],
    ],
  });

  // Near-miss: her only provincial initiative already founded her CSTĐCS 2024.
  const ngocHa = at('QLNL', 'Nguyễn Thị Ngọc Hà');
  const used = b.initiative({
    title: 'Giải pháp nâng cao hiệu quả kiểm tra sử dụng năng lượng tiết kiệm tại cơ sở sản xuất công nghiệp',
    field: 'Năng lượng',
    orgId: ngocHa.orgId,
    level: 'provincial',
    recognisedOn: '2024-09-09',
    authors: [[ngocHa.id, 100]],
  });
  years(ctx, 'QLNL', ngocHa, 'gggggggxxx', 'LLLLLLLCCC', { 2024: [used] });
  b.period(ngocHa, 'leave', 'maternity', '2018-08-01', '2019-01-31', 'Nghỉ thai sản 6 tháng');

  // Near-miss: reprimanded in February 2026 for a 2025 lapse (already weighed in the 2025 rating).
  const tuan = at('QLTM', 'Lưu Duy Tuấn');
  years(ctx, 'QLTM', tuan, 'ggxgggggcg', 'LLCLLLLL-');
  b.period(
    tuan,
    'discipline',
    'reprimand',
    '2026-02-10',
    periodEnd('2026-02-10', 12),
    'Chậm xử lý hồ sơ cấp giấy phép kinh doanh rượu năm 2025 (đã xem xét khi xếp loại năm 2025)',
    '21/QĐ-SCT',
  );

  // Near-miss: recruited on 13/07/2026, rated for her first half-year.
  const phuong = at('VP', 'Phạm Thị Phượng');
  b.rate(phuong, 2026, 'good');

  // Near-miss: a complaint about her work is being verified.
  const nguyet = at('QLTM', 'Đặng Thị Nguyệt');
  years(ctx, 'QLTM', nguyet, 'ggxgggx', 'LLCLLL', {}, 2020);
  b.period(
    nguyet,
    'review',
    'complaint',
    '2026-10-05',
    null,
    'Đơn tố cáo liên quan việc thẩm định hồ sơ cấp Giấy chứng nhận đủ điều kiện kinh doanh; Thanh tra Sở đang xác minh',
  );

  // Near-miss (collective): a member of Đội QLTT số 4 under a warning in 2026.
  const anh = at(WARNED.unit, WARNED.name);
  b.period(
    anh,
    'discipline',
    'warning',
    '2026-05-20',
    periodEnd('2026-05-20', 12),
    'Vi phạm quy trình kiểm tra, xử lý vi phạm hành chính',
    `37/${QLTT.suffix}`,
  );
}
