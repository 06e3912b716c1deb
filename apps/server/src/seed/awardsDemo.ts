import type { Rating } from '@thidua/domain';
import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import { creationSteps } from './creationSteps.ts';
import type { Database, PersonTable } from '../db/schema.ts';
import {
  BCT,
  HistoryBuilder,
  periodEnd,
  QLTT,
  SO,
  TTG,
  TTKC,
  UBND,
  type Authority,
  type Subject,
} from './awardsHistory.ts';
import { DEMO_CAST, EARLY_FIGHTERS, RECRUIT, WARNED, writeCast } from './awardsDemoCast.ts';
import { DEMO_UNITS } from './demoUnits.ts';
import { COOPERATIVES, ENTERPRISES, Rng } from './names.ts';

/**
 * Ten years (2017–2026) of ratings and award history for the demo department,
 * with initiatives, discipline, reviews and maternity leave. Today is
 * 26/11/2026 and the 2026 review is under way: every 2026 rating is in, but
 * annual titles of 2026 exist only where they were decided early — the
 * Trung tâm Khuyến công and the Chi cục QLTT (units whose heads confer LĐTT on
 * their own staff) closed their review on 18–19/11, and the Sở confirmed
 * CSTĐCS 2026 early for those its dossiers to the province rest on.
 *
 * The 2026 candidate list therefore holds every ladder (see DEMO_CAST in
 * awardsDemoCast.ts), and these near-misses, each refused on one criterion:
 *  - Phạm Văn Tâm (Phòng Quản lý Công nghiệp), CSTĐ cấp tỉnh: CSTĐCS 2022–2024 and 2026 but only
 *    LĐTT in 2025, so the three-year chain breaks (grassroots_fighter_3_years).
 *  - Nguyễn Thị Ngọc Hà (Phòng Quản lý Năng lượng), CSTĐ cấp tỉnh: her only provincial initiative
 *    already founded her CSTĐCS 2024 (provincial_initiative: one initiative, one award).
 *  - Lưu Duy Tuấn (Phòng Quản lý Thương mại), LĐTT: Khiển trách from 10/02/2026 (no_discipline).
 *  - Phạm Thị Phượng (Văn phòng Sở), LĐTT: recruited 13/07/2026, under 6 months by 31/12 (tenure).
 *  - Đặng Thị Nguyệt (Phòng Quản lý Thương mại), CSTĐCS: a complaint is being verified since
 *    05/10/2026 (not_under_review).
 *  - Đội Quản lý thị trường số 4, TT LĐTT: member Nông Ngọc Anh under Cảnh cáo since 20/05/2026
 *    (members_no_discipline).
 *
 * Deterministic: its own seeded PRNG, so the people of demo.ts are unchanged.
 */

const SEED = 20_261_127;
const FIRST = 2017;
const LAST = 2026;
/** Units whose 2026 grassroots titles were decided before the Sở's own review, and when. */
const earlyUnits = (): Record<string, string> => {
  const out: Record<string, string> = { TTKC: '2026-11-18' };
  for (const u of DEMO_UNITS) if (u.code === 'QLTT' || u.parent === 'QLTT') out[u.code] = '2026-11-19';
  return out;
};

const advancedBy = (unit: string): Authority =>
  unit === 'TTKC' ? TTKC : unit === 'QLTT' || unit.startsWith('QLTT-') ? QLTT : SO;
const collectiveBy = (unit: string): Authority => (unit.startsWith('QLTT-') ? QLTT : unit === 'SCT' ? UBND : SO);

function drawRating(rng: Rng): Rating {
  const x = rng.next();
  return x < 0.18 ? 'excellent' : x < 0.92 ? 'good' : x < 0.985 ? 'completed' : 'not_completed';
}
const good = (r: Rating) => r === 'excellent' || r === 'good';

// Titles of initiatives by unit, handed out as generic people earn titles that rest on one.
// prettier-ignore
const GRASSROOTS: [string, string, string][] = [
  ['VP', 'Cải cách hành chính', 'Chuẩn hóa quy trình tiếp nhận, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích'],
  ['TTR', 'Thanh tra', 'Quy trình thanh tra chuyên ngành an toàn thực phẩm tại cơ sở sản xuất do ngành Công Thương quản lý'],
  ['KHTC', 'Tài chính', 'Giải pháp rút ngắn thời gian lập và thẩm định dự toán ngân sách của các đơn vị trực thuộc Sở'],
  ['QLTM', 'Thương mại', 'Giải pháp kết nối tiêu thụ chè Thái Nguyên trên các sàn thương mại điện tử'],
  ['QLTM', 'Thương mại', 'Đổi mới cách tổ chức phiên chợ hàng Việt về nông thôn'],
  ['QLNL', 'Năng lượng', 'Giải pháp tiết kiệm điện trong chiếu sáng công cộng tại các khu dân cư nông thôn'],
  ['KTATMT', 'An toàn – môi trường', 'Quy trình kiểm tra an toàn hóa chất tại cửa hàng kinh doanh xăng dầu'],
  ['QLTT', 'Quản lý thị trường', 'Ứng dụng bản đồ số trong kiểm tra, kiểm soát thị trường trên địa bàn'],
  ['QLTT', 'Quản lý thị trường', 'Quy trình lấy mẫu kiểm tra chất lượng xăng dầu tại cửa hàng bán lẻ'],
  ['TTKC', 'Khuyến công', 'Xây dựng gian hàng trực tuyến cho sản phẩm OCOP tỉnh Thái Nguyên'],
  ['TTKC', 'Khuyến công', 'Giải pháp hỗ trợ cơ sở công nghiệp nông thôn ứng dụng máy móc, thiết bị tiên tiến'],
];
// prettier-ignore
const PROVINCIAL: [string, string, string][] = [
  ['VP', 'Cải cách hành chính', 'Ứng dụng phần mềm quản lý hồ sơ một cửa liên thông trong giải quyết thủ tục hành chính lĩnh vực Công Thương'],
  ['QLTM', 'Thương mại', 'Giải pháp nâng cao hiệu quả quản lý nhà nước đối với hoạt động kinh doanh xăng dầu trên địa bàn tỉnh'],
  ['QLTT', 'Quản lý thị trường', 'Mô hình kiểm tra, giám sát hàng hóa lưu thông trên tuyến Quốc lộ 3'],
  ['QLTT', 'Quản lý thị trường', 'Mô hình phối hợp liên ngành chống hàng giả trên thương mại điện tử'],
  ['TTKC', 'Khuyến công', 'Giải pháp phát triển sản phẩm công nghiệp nông thôn tiêu biểu gắn với Chương trình OCOP'],
  ['KTATMT', 'An toàn – môi trường', 'Quy trình ứng phó sự cố hóa chất tại các khu công nghiệp Sông Công, Yên Bình'],
  ['KHTC', 'Tài chính', 'Giải pháp quản lý, sử dụng kinh phí khuyến công địa phương theo kết quả đầu ra'],
];

export interface HistoryCounts {
  ratings: number;
  awards: number;
  initiatives: number;
  periods: number;
}

/**
 * Builds the history rows. Sets the recruit's real start date on her people row (call before the
 * people are inserted).
 */
export function demoHistory(people: PersonTable[], orgIds: Map<string, string>, now: string): HistoryBuilder {
  const rng = new Rng(SEED);
  const b = new HistoryBuilder(rng, now);
  const EARLY = earlyUnits();
  const codeOf = new Map([...orgIds].map(([code, id]) => [id, code]));
  const find = (unit: string, name: string): PersonTable => {
    const found = people.filter((p) => p.full_name === name && p.org_id === orgIds.get(unit));
    if (found.length !== 1 || found[0]!.status !== 'working')
      throw new Error(`demo history: expected one working "${name}" in ${unit}, found ${found.length}`);
    return found[0]!;
  };
  const ind = (p: PersonTable): Subject => ({ kind: 'individual', id: p.id, orgId: p.org_id });
  const col = (code: string): Subject => ({ kind: 'collective', id: orgIds.get(code)!, orgId: orgIds.get(code)! });

  find(RECRUIT.unit, RECRUIT.name).start_date = RECRUIT.startDate;
  const cast = new Set(DEMO_CAST.filter((c) => c.name && c.name !== WARNED.name).map((c) => find(c.unit, c.name!).id));
  const warned = find(WARNED.unit, WARNED.name).id;
  writeCast({ b, person: (u, n) => ind(find(u, n)), unit: col, advancedBy });

  const pools = { grassroots: [...GRASSROOTS], provincial: [...PROVINCIAL] };
  const takeTitle = (level: 'grassroots' | 'provincial', unit: string) => {
    const pool = pools[level];
    const i = pool.findIndex(([u]) => u === unit || (u === 'QLTT' && unit.startsWith('QLTT')));
    return i < 0 ? undefined : pool.splice(i, 1)[0]!;
  };
  const initiative = (p: PersonTable, level: 'grassroots' | 'provincial', year: number): string | undefined => {
    const unit = codeOf.get(p.org_id)!;
    const t = takeTitle(level, unit);
    if (!t) return undefined;
    const colleague = people.find((q) => q.org_id === p.org_id && q.id !== p.id && !cast.has(q.id));
    const authors: [string, number][] =
      colleague && rng.chance(0.5)
        ? [
            [p.id, 70],
            [colleague.id, 30],
          ]
        : [[p.id, 100]];
    const on = `${year}-${String(rng.int(4, 10)).padStart(2, '0')}-${String(rng.int(2, 27)).padStart(2, '0')}`;
    return b.initiative({ title: t[2], field: t[1], orgId: p.org_id, level, recognisedOn: on, authors });
  };

  // Per unit and year: staff rated, staff holding LĐTT or CSTĐCS, CSTĐCS holders.
  const tally = new Map<string, { rated: number; titled: number; fighters: number }>();
  const count = (org: string, y: number) => {
    const k = `${org}|${y}`;
    let t = tally.get(k);
    if (!t) tally.set(k, (t = { rated: 0, titled: 0, fighters: 0 }));
    return t;
  };

  for (const p of people) {
    if (cast.has(p.id)) continue;
    const unit = codeOf.get(p.org_id)!;
    const s = ind(p);
    const start = p.start_date ?? '2000-01-01';
    const first = Math.max(
      FIRST,
      Number(start.slice(5, 7)) <= 6 ? Number(start.slice(0, 4)) : Number(start.slice(0, 4)) + 1,
    );
    const last = p.status === 'retired' ? rng.int(2018, 2025) : p.status === 'transferred' ? rng.int(2019, 2025) : LAST;
    const blocked = new Set<number>();
    if (p.id === warned) blocked.add(2026);
    if (rng.chance(0.025)) {
      const y = rng.int(Math.max(first, 2018), 2024);
      const from = `${y}-${String(rng.int(2, 11)).padStart(2, '0')}-${String(rng.int(1, 27)).padStart(2, '0')}`;
      const form = rng.chance(0.7) ? 'reprimand' : 'warning';
      b.period(
        s,
        'discipline',
        form,
        from,
        periodEnd(from, 12),
        'Vi phạm quy định về giờ giấc, kỷ luật lao động',
        `${rng.int(30, 190)}/QĐ-SCT`,
      );
      blocked.add(y).add(y + 1);
    }
    const birthYear = Number(p.date_of_birth?.slice(0, 4) ?? 1980);
    if (p.gender === 'female' && rng.chance(0.3)) {
      const y = rng.int(Math.max(first, birthYear + 24), Math.min(last, birthYear + 40, 2025));
      if (y >= first && y <= last) {
        const from = `${y}-${String(rng.int(1, 6)).padStart(2, '0')}-${String(rng.int(1, 27)).padStart(2, '0')}`;
        b.period(s, 'leave', 'maternity', from, periodEnd(from, 6), 'Nghỉ thai sản 6 tháng');
      }
    }
    const fighters = new Set<number>();
    for (let y = first; y <= last; y++) {
      let r = drawRating(rng);
      if (blocked.has(y) && !blocked.has(y - 1)) r = 'completed'; // the year of the lapse
      if (y === LAST && (p.status === 'on_leave' || (EARLY[unit] && r === 'not_completed'))) r = 'completed';
      b.rate(s, y, r);
      count(p.org_id, y).rated++;
      const decided = y < LAST || EARLY[unit] !== undefined;
      if (!decided || blocked.has(y) || !good(r)) continue;
      const on = y === LAST ? { on: EARLY[unit]! } : {};
      if (r === 'excellent' && rng.chance(0.8)) {
        const links = y >= 2021 && y < LAST && rng.chance(0.2) ? initiative(p, 'grassroots', y) : undefined;
        b.award(s, 'grassroots_emulation_fighter', y, {
          by: SO,
          ...(y === LAST ? { on: EARLY_FIGHTERS } : {}),
          ...(links ? { initiatives: [links] } : {}),
        });
        fighters.add(y);
        count(p.org_id, y).fighters++;
      } else b.award(s, 'advanced_worker', y, { by: advancedBy(unit), ...on });
      count(p.org_id, y).titled++;
    }
    // Provincial forms earned by those chains (decided by UBND the spring after).
    let lastFighter = 0;
    let lastMerit = 0;
    for (let y = first + 1; y <= Math.min(last, 2025); y++) {
      if (!fighters.has(y) || !fighters.has(y - 1)) continue;
      if (fighters.has(y - 2) && lastFighter < y - 2 && rng.chance(0.5)) {
        const i = initiative(p, 'provincial', y - 1);
        if (i) {
          b.award(s, 'provincial_emulation_fighter', y, { by: UBND, fromYear: y - 2, initiatives: [i] });
          lastFighter = y;
          continue;
        }
      }
      if (lastMerit < y - 1 && rng.chance(0.35)) {
        b.award(s, 'certificate_of_merit_provincial', y, { by: UBND, fromYear: y - 1 });
        lastMerit = y;
      }
    }
  }

  collectives(b, rng, col, count);
  return b;
}

function collectives(
  b: HistoryBuilder,
  rng: Rng,
  col: (code: string) => Subject,
  count: (org: string, y: number) => { rated: number; titled: number; fighters: number },
): void {
  for (const u of DEMO_UNITS.filter((x) => x.staff.length > 0)) {
    const s = col(u.code);
    const ratings = new Map<number, Rating>();
    let lastMerit = 0;
    for (let y = FIRST; y <= LAST; y++) {
      const x = rng.next();
      let r: Rating = x < 0.35 ? 'excellent' : x < 0.95 ? 'good' : 'completed';
      if ((u.code === 'QLCN' && y >= 2025) || (u.code === 'TTKC' && y === LAST)) r = 'excellent';
      if (u.parent === 'QLTT' && y === LAST && r === 'completed') r = 'good';
      ratings.set(y, r);
      b.rate(s, y, r);
      const t = count(s.id, y);
      const share = t.rated ? t.titled / t.rated : 0;
      if (y < LAST && good(r) && share > 0.5) {
        if (r === 'excellent' && share >= 0.7 && t.fighters > 0 && rng.chance(0.4))
          b.award(s, 'excellent_collective', y, { by: UBND });
        else b.award(s, 'advanced_collective', y, { by: collectiveBy(u.code), batch: collectiveBy(u.code).suffix });
      }
      if (
        y <= 2024 &&
        ratings.get(y - 1) === 'excellent' &&
        r === 'excellent' &&
        lastMerit < y - 1 &&
        rng.chance(0.25)
      ) {
        b.award(s, 'certificate_of_merit_provincial', y, { by: UBND, fromYear: y - 1 });
        lastMerit = y;
      }
    }
    if (u.parent === 'QLTT') {
      for (const y of [2018, 2021, 2024])
        if (rng.chance(0.5))
          b.award(s, 'commendation_certificate', y, {
            by: SO,
            type: 'ad_hoc',
            on: `${y}-03-0${rng.int(2, 9)}`,
            note: 'Thành tích xuất sắc trong đợt cao điểm chống buôn lậu, gian lận thương mại và hàng giả dịp Tết Nguyên đán',
          });
    }
  }
  // The TTKC's TT LĐTT 2026, confirmed early so that it can be proposed for TT LĐXS.
  b.award(col('TTKC'), 'advanced_collective', LAST, { by: SO, on: EARLY_FIGHTERS });
  const sct = col('SCT');
  b.award(sct, 'emulation_flag_provincial', 2019, { by: UBND });
  b.award(sct, 'emulation_flag_ministry', 2022, { by: BCT });
  b.award(sct, 'emulation_flag_provincial', 2023, { by: UBND });
  b.award(sct, 'certificate_of_merit_pm', 2021, { by: TTG, fromYear: 2017 });
  for (const [code] of ENTERPRISES.slice(0, 3))
    b.award(col(code), 'certificate_of_merit_provincial', 2023, {
      by: UBND,
      type: 'thematic',
      on: '2023-12-18',
      note: 'Thành tích xuất sắc trong phong trào thi đua "Doanh nghiệp Thái Nguyên chung tay xây dựng nông thôn mới" giai đoạn 2021–2023',
    });
  for (const [code] of COOPERATIVES.slice(0, 2))
    b.award(col(code), 'commendation_certificate', 2025, {
      by: SO,
      type: 'thematic',
      on: '2025-10-08',
      note: 'Có sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2025',
    });
}

/** Inserts the history in the seed's transaction, in batches. */
export async function insertDemoHistory(trx: Transaction<Database>, b: HistoryBuilder): Promise<HistoryCounts> {
  await bulkInsert(trx, 'initiatives', b.initiatives);
  await bulkInsert(trx, 'transitions', creationSteps('initiative', b.initiatives));
  await bulkInsert(trx, 'initiative_authors', b.authors);
  await bulkInsert(trx, 'award_records', b.awards);
  await bulkInsert(trx, 'award_record_initiatives', b.links);
  await bulkInsert(trx, 'ratings', b.ratings);
  await bulkInsert(trx, 'subject_periods', b.periods);
  return {
    ratings: b.ratings.length,
    awards: b.awards.length,
    initiatives: b.initiatives.length,
    periods: b.periods.length,
  };
}
