import { sql } from 'kysely';
import { num } from '../../db/index.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { onestopReport } from '../onestopReport/report.ts';
import { satisfactionTotals } from '../onestopReport/satisfaction.ts';
import { parHistory } from '../parIndex/service.ts';
import { simplificationReport } from '../procedures/simplification.ts';
import { spanLabel, type SummaryBuilder } from './summaryBuild.ts';
import type { SummaryScope } from './summaryEmulation.ts';

const nz = (n: number): number | null => (n > 0 ? n : null);
/** Reads without a user's abilities (the report's route has checked the caller's scope). */
const READER: RequestUser = { id: '', username: '', displayName: '', mustChangePassword: false, grants: [] };
const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Chapter IV: the procedure catalog's changes, what was cut, the one-stop dossiers, satisfaction, the PAR index. */
export async function reformChapter(deps: Deps, s: SummaryScope, b: SummaryBuilder): Promise<void> {
  const db = deps.db.kysely;
  const period = spanLabel(s.from, s.to);
  const from = `${s.from}-01-01`;
  const to = `${s.to}-12-31`;

  // Literal SQL (no parameters), so that PostgreSQL sees the same expression in the select and the grouping.
  const kindOf = sql<string>`case when v.seq = 1 then 'published' else 'amended' end`;
  let v = db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select([(eb) => eb.fn.countAll<number>().as('n'), kindOf.as('k')])
    .where('v.effective_from', '>=', from)
    .where('v.effective_from', '<=', to);
  if (s.ids) v = v.where('p.org_id', 'in', s.ids);
  const versions = await v.groupBy(kindOf).execute();
  let ab = db
    .selectFrom('transitions as t')
    .innerJoin('procedures as p', 'p.id', 't.entity_id')
    .select((eb) => eb.fn.count<number>('t.entity_id').distinct().as('n'))
    .where('t.entity_type', '=', 'procedure')
    .where('t.action', '=', 'abolish')
    .where('t.at', '>=', from)
    .where('t.at', '<', `${s.to + 1}-01-01`);
  if (s.ids) ab = ab.where('p.org_id', 'in', s.ids);
  const abolished = num((await ab.executeTakeFirst())?.n);
  const versionOf = (k: string) => num(versions.find((r) => r.k === k)?.n);
  const procSrc = b.source({
    module: 'Thủ tục hành chính',
    what: 'Phiên bản thủ tục có hiệu lực trong khoảng (phiên bản đầu: công bố mới; phiên bản sau: sửa đổi, bổ sung); thủ tục bãi bỏ (bước "bãi bỏ" trong lịch sử)',
    filters: `cơ quan giải quyết: ${s.filter}`,
    period,
  });
  b.figure(
    'reform',
    {
      key: 'reform.published',
      label: 'Thủ tục hành chính công bố mới',
      value: nz(versionOf('published')),
      unit: 'thủ tục',
    },
    procSrc,
  );
  b.figure(
    'reform',
    {
      key: 'reform.amended',
      label: 'Thủ tục hành chính sửa đổi, bổ sung',
      value: nz(versionOf('amended')),
      unit: 'thủ tục',
    },
    procSrc,
  );
  b.figure(
    'reform',
    { key: 'reform.abolished', label: 'Thủ tục hành chính bãi bỏ', value: nz(abolished), unit: 'thủ tục' },
    procSrc,
  );

  const simple = await simplificationReport(deps, { from, to, by: 'year' });
  const simpleSrc = b.source({
    module: 'Thủ tục hành chính — cắt giảm',
    what: 'Các lần sửa đổi có hiệu lực trong khoảng, so với phiên bản liền trước: số ngày làm việc cắt giảm, chi phí tuân thủ cắt giảm mỗi năm',
    filters: 'toàn bộ danh mục thủ tục',
    period,
  });
  const t = simple.total;
  b.figure(
    'reform',
    {
      key: 'reform.daysCut',
      label: 'Thời gian giải quyết cắt giảm',
      value: t.amendments ? t.workingDaysCut : null,
      unit: 'ngày làm việc',
      decimals: 1,
    },
    simpleSrc,
  );
  b.figure(
    'reform',
    {
      key: 'reform.costCut',
      label: 'Chi phí tuân thủ cắt giảm mỗi năm',
      value: t.amendments ? t.costCut : null,
      unit: 'đồng',
    },
    simpleSrc,
  );

  const dossierSrc = b.source({
    module: 'Một cửa — báo cáo Biểu 06',
    what: 'Hồ sơ tiếp nhận (trực tuyến và trực tiếp, không tính kỳ trước chuyển sang); tỷ lệ đúng hạn = (trước hạn + đúng hạn + đang giải quyết trong hạn) / (đã giải quyết + đang giải quyết)',
    filters: 'toàn bộ hồ sơ của Sở',
    period,
  });
  const years: (string | number | null)[][] = [];
  let received = 0;
  let base = 0;
  let onTime = 0;
  // A year that ended before the first dossier was received has nothing to count: Biểu 06 is not asked for it
  // (each of its queries would still read the index over every later dossier). The bound is the UTC instant,
  // seven hours before the Vietnam date, so a year is skipped only when surely empty.
  const first = (
    await db
      .selectFrom('dossiers')
      .select((eb) => eb.fn.min('received_at').as('at'))
      .executeTakeFirst()
  )?.at;
  for (let y = s.from; y <= s.to; y++) {
    const empty = !first || String(first) >= `${y + 1}-01-01`;
    const r = empty
      ? null
      : await onestopReport(deps, { from: `${y}-01-01`, to: `${y}-12-31`, groupBy: 'field' }).catch(() => null);
    const tot = r?.total;
    const got = tot ? tot.receivedOnline + tot.receivedOffline : 0;
    received += got;
    if (tot && tot.onTimeRate !== null) {
      const n = tot.finished + tot.inProcess;
      base += n;
      onTime += tot.onTimeRate * n;
    }
    years.push([String(y), got || null, tot?.onTimeRate == null ? null : Math.round(tot.onTimeRate * 1000) / 10]);
  }
  b.figure(
    'reform',
    { key: 'reform.dossiers', label: 'Hồ sơ tiếp nhận', value: nz(received), unit: 'hồ sơ' },
    dossierSrc,
  );
  b.figure(
    'reform',
    {
      key: 'reform.onTimeRate',
      label: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      value: base ? Math.round((onTime / base) * 1000) / 10 : null,
      unit: '%',
      decimals: 1,
    },
    dossierSrc,
  );
  if (received)
    b.table('reform', {
      key: 'reform.dossiersByYear',
      title: 'Hồ sơ thủ tục hành chính theo năm',
      columns: ['Năm', 'Hồ sơ tiếp nhận', 'Tỷ lệ đúng hạn (%)'],
      rows: years,
      decimals: 1,
      sourceId: dossierSrc,
    });

  // The totals only: the report's per-procedure rows join every rating to its dossier, and the summary uses none.
  const sat = { total: await satisfactionTotals(deps, { from, to }) };
  const satSrc = b.source({
    module: 'Một cửa — mức độ hài lòng',
    what: 'Đánh giá của người dân, doanh nghiệp: tỷ lệ "hài lòng" và "rất hài lòng" trên tổng số đánh giá',
    filters: 'toàn bộ hồ sơ của Sở',
    period,
  });
  b.figure(
    'reform',
    { key: 'reform.ratings', label: 'Lượt đánh giá mức độ hài lòng', value: nz(sat.total.ratings), unit: 'lượt' },
    satSrc,
  );
  b.figure(
    'reform',
    {
      key: 'reform.satisfaction',
      label: 'Tỷ lệ hài lòng',
      value: pct(sat.total.satisfiedShare),
      unit: '%',
      decimals: 1,
    },
    satSrc,
  );

  const par = await parHistory(deps, READER, s.orgId);
  // The rank table from the plan period's base year on (2016–2021 for 2017–2021): "first or second since 2016".
  const since = s.base + 1;
  const inSpan = par.items.filter((r) => r.year >= s.from && r.year <= s.to);
  const sinceBase = par.items.filter((r) => r.year >= since && r.year <= s.to);
  const parSrc = b.source({
    module: 'Chỉ số cải cách hành chính (PAR Index)',
    what: `Kết quả xếp hạng do tỉnh công bố: điểm, thứ hạng trên số cơ quan xếp hạng; bảng theo năm từ năm ${since}, năm đầu sau năm gốc ${s.base} của kỳ kế hoạch 5 năm (năm tận cùng bằng 0 hoặc 5 liền trước năm ${s.from})`,
    filters: `cơ quan: ${s.orgName}`,
    period: spanLabel(since, s.to),
  });
  const ranks = inSpan.map((r) => r.rank).filter((r): r is number => r !== null);
  b.figure(
    'reform',
    {
      key: 'reform.parBestRank',
      label: 'Thứ hạng PAR Index cao nhất',
      value: ranks.length ? Math.min(...ranks) : null,
      unit: '',
    },
    parSrc,
  );
  b.figure(
    'reform',
    {
      key: 'reform.parWorstRank',
      label: 'Thứ hạng PAR Index thấp nhất',
      value: ranks.length ? Math.max(...ranks) : null,
      unit: '',
    },
    parSrc,
  );
  if (sinceBase.length)
    b.table('reform', {
      key: 'reform.parByYear',
      title: `Chỉ số cải cách hành chính theo năm (từ năm ${since})`,
      columns: ['Năm', 'Điểm', 'Thứ hạng', 'Số cơ quan xếp hạng', 'Xếp loại'],
      rows: sinceBase.map((r) => [String(r.year), r.score, r.rank, r.of, r.classification]),
      decimals: 2,
      sourceId: parSrc,
    });
}
