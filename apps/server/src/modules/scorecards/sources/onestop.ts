import { sql, type Kysely } from 'kysely';
import { SATISFIED_LEVELS, formatVnDate, spanInstants, type ReportRow } from '@thidua/domain';
import type { Database } from '../../../db/schema.ts';
import { dayVn } from '../../../platform/clock.ts';
import { onestopReport } from '../../onestopReport/report.ts';
import { satisfactionReport } from '../../onestopReport/satisfaction.ts';
import { num } from '../../onestopReport/sql.ts';
import {
  depsOf,
  figure,
  n,
  notBegun,
  percent,
  periodOf,
  scopeOf,
  spanText,
  type OrgScope,
  type SourcePeriod,
} from './common.ts';
import type { ScorecardSource, SourceQuery } from './index.ts';

/**
 * The one-stop desk's figures for a member (docs/scorecards.md "Computed criteria"). A dossier belongs to the
 * organisation of its procedure (the desk files it so at receipt), so the counts come from Biểu 06 and the
 * satisfaction report grouped by procedure, keeping the procedures of the member's subtree: the counting rules
 * stay those of modules/onestopReport.
 */

/** The procedures the scope handles (all of them for the whole department). */
async function proceduresOf(db: Kysely<Database>, scope: OrgScope): Promise<Set<string>> {
  let q = db.selectFrom('procedures').select('id');
  if (scope.ids) q = q.where('org_id', 'in', scope.ids);
  return new Set((await q.execute()).map((r) => r.id));
}

const noProcedures = (scope: OrgScope) =>
  `${scope.name} không giải quyết thủ tục hành chính nào trong danh mục: không đủ số liệu.`;

type Counts = Pick<
  ReportRow,
  'finished' | 'finishedEarly' | 'finishedOnTime' | 'finishedLate' | 'receivedOnline' | 'receivedOffline'
>;

/** Biểu 06 of the period summed over the scope's procedures. */
async function form06(db: Kysely<Database>, procedures: Set<string>, p: SourcePeriod): Promise<Counts> {
  const report = await onestopReport(depsOf(db), { from: p.from, to: p.to, groupBy: 'procedure' });
  const out: Counts = {
    finished: 0,
    finishedEarly: 0,
    finishedOnTime: 0,
    finishedLate: 0,
    receivedOnline: 0,
    receivedOffline: 0,
  };
  for (const r of report.rows)
    if (procedures.has(r.key)) for (const k of Object.keys(out) as (keyof Counts)[]) out[k] += r[k];
  return out;
}

/** Runs `body` for a year that has begun and a scope that handles procedures; otherwise the null figure. */
function desk(
  head: Pick<ScorecardSource, 'key' | 'label' | 'unit'>,
  body: (
    db: Kysely<Database>,
    ctx: { q: SourceQuery; p: SourcePeriod; scope: OrgScope; procedures: Set<string> },
  ) => Promise<{ value: number | null; numerator: number | null; denominator: number | null; detail: string }>,
): ScorecardSource['compute'] {
  const h = { source: head.key, label: head.label, unit: head.unit };
  return async (db, q) => {
    const p = periodOf(q);
    if (p.notBegun) return notBegun(h, q, p);
    const scope = await scopeOf(db, q.orgId);
    const procedures = await proceduresOf(db, scope);
    if (!procedures.size)
      return figure(h, q, p, { value: null, numerator: null, denominator: null, detail: noProcedures(scope) });
    return figure(h, q, p, await body(db, { q, p, scope, procedures }));
  };
}

const ON_TIME = { key: 'onestop.on_time_rate', label: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%' };
export const onTimeRate: ScorecardSource = {
  ...ON_TIME,
  module: 'onestop',
  description:
    'Hồ sơ TTHC có kết quả trong kỳ (Biểu 06): số giải quyết trước hạn và đúng hạn trên tổng số đã giải quyết.',
  suggested: { rule: 'ratio', target: 100 },
  compute: desk(ON_TIME, async (db, { p, scope, procedures }) => {
    const c = await form06(db, procedures, p);
    const good = c.finishedEarly + c.finishedOnTime;
    return {
      value: percent(good, c.finished),
      numerator: good,
      denominator: c.finished,
      detail:
        `Hồ sơ TTHC thuộc ${procedures.size} thủ tục của ${scope.name} đã giải quyết trong ${spanText(p)} ` +
        `(Biểu 06, so theo hạn giải quyết theo quy định, không tính lần hẹn lại sau thư xin lỗi): ${n(c.finished)}; ` +
        `trước hạn ${n(c.finishedEarly)}, đúng hạn ${n(c.finishedOnTime)}, quá hạn ${n(c.finishedLate)}.` +
        (c.finished ? '' : ' Không có hồ sơ nào đã giải quyết: không đủ số liệu.'),
    };
  }),
};

const ONLINE = { key: 'onestop.online_share', label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', unit: '%' };
export const onlineShare: ScorecardSource = {
  ...ONLINE,
  module: 'onestop',
  description: 'Hồ sơ TTHC tiếp nhận mới trong kỳ (Biểu 06): số tiếp nhận trực tuyến trên tổng số tiếp nhận mới.',
  suggested: { rule: 'ratio', target: 50 },
  compute: desk(ONLINE, async (db, { p, scope, procedures }) => {
    const c = await form06(db, procedures, p);
    const all = c.receivedOnline + c.receivedOffline;
    return {
      value: percent(c.receivedOnline, all),
      numerator: c.receivedOnline,
      denominator: all,
      detail:
        `Hồ sơ TTHC thuộc ${procedures.size} thủ tục của ${scope.name} tiếp nhận mới trong ${spanText(p)} ` +
        `(Biểu 06: không tính hồ sơ kỳ trước chuyển sang và hồ sơ đã từ chối, rút, dừng): ${n(all)}; ` +
        `trực tuyến ${n(c.receivedOnline)}, trực tiếp và bưu chính ${n(c.receivedOffline)}.` +
        (all ? '' : ' Không có hồ sơ tiếp nhận mới: không đủ số liệu.'),
    };
  }),
};

const APOLOGY = { key: 'onestop.apology_letters', label: 'Số văn bản xin lỗi do giải quyết quá hạn', unit: 'văn bản' };
export const apologyLetters: ScorecardSource = {
  ...APOLOGY,
  module: 'onestop',
  description: 'Số văn bản xin lỗi và hẹn lại (mẫu 04) đã ban hành trong kỳ, theo lịch sử xử lý của hồ sơ.',
  suggested: { rule: 'at_most', limit: 0 },
  compute: desk(APOLOGY, async (db, { p, scope, procedures }) => {
    // Each apology is one step of the dossier's history (action `apologise`, form 04), dated when issued.
    const { start, end } = spanInstants(p);
    let q = db
      .selectFrom('transitions as t')
      .innerJoin('dossiers as d', 'd.id', 't.entity_id')
      .select([sql<string>`count(*)`.as('letters'), sql<string>`count(distinct d.id)`.as('dossiers')])
      .where('t.entity_type', '=', 'dossier')
      .where('t.action', '=', 'apologise')
      .where('t.at', '>=', start)
      .where('t.at', '<', end);
    if (scope.ids) q = q.where('d.procedure_id', 'in', [...procedures]);
    const row = await q.executeTakeFirst();
    const letters = num(row?.letters);
    return {
      value: letters,
      numerator: letters,
      denominator: null,
      detail:
        `Văn bản xin lỗi (mẫu 04) ban hành trong ${spanText(p)} cho hồ sơ thuộc ${procedures.size} thủ tục của ` +
        `${scope.name}: ${n(letters)} văn bản, ở ${n(num(row?.dossiers))} hồ sơ.`,
    };
  }),
};

const SATISFACTION = { key: 'onestop.satisfaction', label: 'Tỷ lệ hài lòng của người dân, doanh nghiệp', unit: '%' };
export const satisfaction: ScorecardSource = {
  ...SATISFACTION,
  module: 'onestop',
  description:
    'Đánh giá của người nộp hồ sơ gửi trong kỳ (phiếu đánh giá trên phiếu hẹn): số "rất hài lòng" và "hài lòng" trên tổng số đánh giá.',
  suggested: { rule: 'ratio', target: 100 },
  compute: desk(SATISFACTION, async (db, { p, scope, procedures }) => {
    const r = await satisfactionReport(depsOf(db), { from: p.from, to: p.to, by: 'procedure' });
    let ratings = 0;
    let satisfied = 0;
    const levels = { very_satisfied: 0, satisfied: 0, unsatisfied: 0 };
    for (const row of r.rows) {
      if (!procedures.has(row.key)) continue;
      ratings += row.ratings;
      for (const l of Object.keys(levels) as (keyof typeof levels)[]) levels[l] += row.counts[l];
      satisfied += SATISFIED_LEVELS.reduce((s, l) => s + row.counts[l], 0);
    }
    return {
      value: percent(satisfied, ratings),
      numerator: satisfied,
      denominator: ratings,
      detail:
        `Đánh giá gửi trong ${spanText(p)} về hồ sơ thuộc ${procedures.size} thủ tục của ${scope.name}: ${n(ratings)}; ` +
        `rất hài lòng ${n(levels.very_satisfied)}, hài lòng ${n(levels.satisfied)}, không hài lòng ${n(levels.unsatisfied)}.` +
        (ratings ? '' : ' Chưa có đánh giá nào: không đủ số liệu.'),
    };
  }),
};

const PUBLISHED = {
  key: 'onestop.procedures_published',
  label: 'Tỷ lệ thủ tục hành chính được công bố, công khai',
  unit: '%',
};
/** A version in force on `day`: published by a decision, taking effect by then and not yet ended. */
const inForce = (
  v: { status: string; decision_date: string | null; effective_from: string | null; effective_to: string | null },
  day: string,
) =>
  v.status !== 'draft' &&
  v.decision_date !== null &&
  (v.effective_from ?? v.decision_date) <= day &&
  (v.effective_to === null || v.effective_to >= day);

export const proceduresPublished: ScorecardSource = {
  ...PUBLISHED,
  module: 'onestop',
  description:
    'Thủ tục hành chính trong danh mục của đơn vị vào ngày cuối kỳ (trừ thủ tục đã bãi bỏ): số có quyết định công bố đang hiệu lực (được đăng công khai trên trang /thu-tuc) trên tổng số.',
  suggested: { rule: 'ratio', target: 100 },
  compute: desk(PUBLISHED, async (db, { p, scope, procedures }) => {
    const ids = [...procedures];
    const [rows, versions] = await Promise.all([
      db.selectFrom('procedures').select(['id', 'status', 'created_at']).where('id', 'in', ids).execute(),
      db
        .selectFrom('procedure_versions')
        .select(['procedure_id', 'status', 'decision_date', 'effective_from', 'effective_to'])
        .where('procedure_id', 'in', ids)
        .execute(),
    ]);
    const published = new Set(versions.filter((v) => inForce(v, p.to)).map((v) => v.procedure_id));
    // In the catalog on the last day: in force then, or not abolished and already entered (a draft awaiting its
    // decision counts as not yet published).
    const listed = rows.filter((r) => published.has(r.id) || (r.status !== 'abolished' && dayVn(r.created_at) <= p.to));
    const drafts = listed.length - published.size;
    return {
      value: percent(published.size, listed.length),
      numerator: published.size,
      denominator: listed.length,
      detail:
        `Thủ tục hành chính của ${scope.name} trong danh mục ngày ${formatVnDate(p.to)} (không tính thủ tục đã bãi bỏ): ` +
        `${n(listed.length)}; có quyết định công bố đang hiệu lực và được công khai trên trang tra cứu thủ tục ` +
        `${n(published.size)}; chưa công bố ${n(drafts)}.` +
        (listed.length ? '' : ' Không có thủ tục nào: không đủ số liệu.'),
    };
  }),
};

export const ONESTOP_SOURCES: readonly ScorecardSource[] = [
  onTimeRate,
  proceduresPublished,
  apologyLetters,
  onlineShare,
  satisfaction,
];
