import type { Kysely } from 'kysely';
import { formatVnDate } from '@thidua/domain';
import type { Database } from '../../../db/schema.ts';
import type { StatPeriodType } from '../../../db/schema-statistics.ts';
import { dayVn } from '../../../platform/clock.ts';
import { loadWorkCalendar } from '../../calendar/service.ts';
import { dueDateOf, periodInfo, unitValidIn, type PeriodInfo } from '../../statValues/period.ts';
import { isLate } from '../../statValues/submissions.ts';
import { figure, n, notBegun, percent, periodOf, scopeOf, spanText } from './common.ts';
import type { ScorecardSource } from './index.ts';

const HEAD = { key: 'statistics.submitted_on_time', label: 'Tỷ lệ báo cáo thống kê nộp đúng hạn', unit: '%' };

const COUNT: Record<StatPeriodType, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const idOf = (type: StatPeriodType, year: number, i: number): string =>
  type === 'month'
    ? `${year}-${String(i).padStart(2, '0')}`
    : type === 'quarter'
      ? `${year}Q${i}`
      : type === 'half'
        ? `${year}S${i}`
        : String(year);

/** The periods of a data set's type whose report falls due in [from, to] (a period is due after it ends). */
function periodsDueIn(type: StatPeriodType, year: number): PeriodInfo[] {
  const out: PeriodInfo[] = [];
  for (const y of [year - 1, year]) for (let i = 1; i <= COUNT[type]; i++) out.push(periodInfo(idOf(type, y, i), type));
  return out;
}

interface Expected {
  dataset: string;
  unit: string;
  period: string;
  due: string;
}

/**
 * The reports of the member's reporting units (stat_units whose `org_id` lies in its subtree) that fell due in the
 * period: for every active data set, each unit of it valid in a report period whose deadline (the data set's
 * `due_day` of the month after, moved to a working day: `dueDateOf`) lies in the period, judged on time or late
 * exactly as the submissions list judges it (`isLate`): a report still open after its deadline is late.
 */
export const statisticsOnTime: ScorecardSource = {
  ...HEAD,
  module: 'statistics',
  description:
    'Báo cáo thống kê của các đơn vị báo cáo thuộc đơn vị có hạn nộp trong kỳ: số báo cáo gửi (trình duyệt) đến hạn trên tổng số báo cáo đến hạn.',
  suggested: { rule: 'ratio', target: 100 },
  async compute(db, q) {
    const h = { source: HEAD.key, label: HEAD.label, unit: HEAD.unit };
    const p = periodOf(q);
    if (p.notBegun) return notBegun(h, q, p);
    const scope = await scopeOf(db, q.orgId);
    const { expected, undated } = await expectedReports(db, scope.ids, q.year, p);
    const today = dayVn(q.now);
    const subs = new Map<string, { status: string; submitted_at: string | null }>();
    const datasets = [...new Set(expected.map((e) => e.dataset))];
    if (datasets.length)
      for (const s of await db
        .selectFrom('stat_submissions')
        .select(['dataset_id', 'unit_id', 'period', 'status', 'submitted_at'])
        .where('dataset_id', 'in', datasets)
        .where('unit_id', 'in', [...new Set(expected.map((e) => e.unit))])
        .execute())
        subs.set(`${s.dataset_id}|${s.unit_id}|${s.period}`, s);
    let onTime = 0;
    let open = 0;
    for (const e of expected) {
      const s = subs.get(`${e.dataset}|${e.unit}|${e.period}`);
      const status = s?.status ?? 'open';
      if (status === 'open') open++;
      if (!isLate(status, s?.submitted_at ?? null, e.due, today)) onTime++;
    }
    const units = new Set(expected.map((e) => e.unit)).size;
    const late = expected.length - onTime;
    return figure(h, q, p, {
      value: percent(onTime, expected.length),
      numerator: onTime,
      denominator: expected.length,
      detail:
        `Báo cáo thống kê của ${n(units)} đơn vị báo cáo thuộc ${scope.name} (${n(datasets.length)} bộ biểu đang dùng) ` +
        `có hạn nộp trong ${spanText(p)}: ${n(expected.length)}; gửi đúng hạn ${n(onTime)}, trễ hạn ${n(late)} ` +
        `(trong đó chưa gửi ${n(open)}, tính đến ngày ${formatVnDate(today)}).` +
        (undated ? ` ${n(undated)} kỳ báo cáo chưa xác định được hạn nộp (thiếu lịch làm việc), không tính.` : '') +
        (expected.length ? '' : ' Không có báo cáo nào đến hạn: không đủ số liệu.'),
    });
  },
};

async function expectedReports(
  db: Kysely<Database>,
  orgIds: string[] | null,
  year: number,
  p: { from: string; to: string },
): Promise<{ expected: Expected[]; undated: number }> {
  let q = db
    .selectFrom('stat_dataset_units as du')
    .innerJoin('stat_datasets as ds', 'ds.id', 'du.dataset_id')
    .innerJoin('stat_units as u', 'u.id', 'du.unit_id')
    .select(['ds.id as dataset', 'ds.period_type', 'ds.due_day', 'u.id as unit', 'u.valid_from', 'u.valid_to'])
    .where('ds.active', '=', 1);
  if (orgIds) q = q.where('u.org_id', 'in', orgIds);
  const rows = await q.execute();
  if (!rows.length) return { expected: [], undated: 0 };
  const calendar = await loadWorkCalendar(db, year - 1, year + 1);
  const expected: Expected[] = [];
  let undated = 0;
  const dues = new Map<string, { period: PeriodInfo; due: string | null }[]>();
  for (const r of rows) {
    const type = r.period_type as StatPeriodType;
    const key = `${type}|${r.due_day}`;
    let list = dues.get(key);
    if (!list)
      dues.set(
        key,
        (list = periodsDueIn(type, year).map((period) => ({
          period,
          due: dueDateOf(period, Number(r.due_day), calendar),
        }))),
      );
    for (const { period, due } of list) {
      if (!unitValidIn(r, period)) continue;
      if (due === null) {
        if (period.to < p.to) undated++;
        continue;
      }
      if (due >= p.from && due <= p.to) expected.push({ dataset: r.dataset, unit: r.unit, period: period.id, due });
    }
  }
  return { expected, undated };
}
