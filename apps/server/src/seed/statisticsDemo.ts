import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import { rebuildTotals } from '../modules/statValues/totals.ts';
import { nowIso } from '../db/index.ts';
import type { Database } from '../db/schema.ts';
import type {
  StatSubmissionStatus,
  StatSubmissionTable,
  StatTargetTable,
  StatValueHistoryTable,
  StatValueTable,
} from '../db/schema-statistics.ts';
import type { TransitionTable } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { demoCatalog, demoUnits } from './statisticsDemoCatalog.ts';
import { LAST_MONTH, LAST_QUARTER, STAT_DEMO_ACCOUNTS, YEARLY } from './statisticsDemoData.ts';
import { demoRegistries, type Place } from './statisticsDemoRegistries.ts';
import { demoSeries } from './statisticsDemoSeries.ts';

/**
 * The sector statistics of the demo (docs/statistics.md): the catalog, the dated reporting units, monthly and
 * quarterly figures 2015-01 … 2026-10 that reproduce the article's figures, their submissions (every past
 * period accepted and locked; October 2026 submitted and waiting for the planning division, Q3/2026 approved
 * and waiting for the leader), the year plans of 2025–2026 and the registries. Rows go in directly, in batches,
 * as the other demo seeds write theirs; the figures were entered by `baocao`, approved by `thongke`, accepted
 * by `lanhdao`.
 */

export interface StatisticsCounts {
  indicators: number;
  units: number;
  values: number;
  submissions: number;
  registries: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A day in the month after a period ends, at a Vietnam office hour (UTC+7). */
const nextMonthDay = (year: number, month: number, dayOfMonth: number, hourUtc = 2) => {
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  return `${y}-${pad(m)}-${pad(dayOfMonth)}T${pad(hourUtc)}:00:00.000Z`;
};

interface Who {
  id: string | null;
  name: string;
}

async function actors(trx: Transaction<Database>): Promise<Record<'reporter' | 'planner' | 'leader', Who>> {
  const rows = await trx
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('username', 'in', ['baocao', 'thongke', 'lanhdao'])
    .execute();
  const who = (username: string, fallback: string): Who => {
    const r = rows.find((x) => x.username === username);
    return r ? { id: r.id, name: r.display_name } : { id: null, name: fallback };
  };
  const name = (u: string) => STAT_DEMO_ACCOUNTS.find((a) => a.username === u)!.displayName;
  return {
    reporter: who('baocao', name('baocao')),
    planner: who('thongke', name('thongke')),
    leader: who('lanhdao', 'Lê Quang Tiến'),
  };
}

/** A submission and its steps: created at entry, then submitted, approved and accepted as far as `status`. */
function submission(
  datasetId: string,
  unitId: string,
  period: string,
  status: StatSubmissionStatus,
  times: { entered: string; submitted: string; approved: string; accepted: string },
  who: Record<'reporter' | 'planner' | 'leader', Who>,
): { row: StatSubmissionTable; steps: TransitionTable[] } {
  const id = newId();
  const path: [string | null, StatSubmissionStatus, string, Who][] = [
    [null, 'open', times.entered, who.reporter],
    ['submit', 'submitted', times.submitted, who.reporter],
    ['approve', 'approved', times.approved, who.planner],
    ['accept', 'accepted', times.accepted, who.leader],
  ];
  const upto = path.findIndex((p) => p[1] === status);
  const steps = path.slice(0, upto + 1).map(
    ([action, to, at, by], k): TransitionTable => ({
      id: newId(),
      entity_type: 'stat_submission',
      entity_id: id,
      seq: k + 1,
      action,
      from_status: k ? path[k - 1]![1] : null,
      to_status: to,
      actor_id: by.id,
      actor_name: by.name,
      reason: '',
      at,
      data: '{}',
    }),
  );
  const reached = (s: StatSubmissionStatus) => upto >= path.findIndex((p) => p[1] === s);
  return {
    row: {
      id,
      dataset_id: datasetId,
      unit_id: unitId,
      period,
      status,
      submitted_at: reached('submitted') ? times.submitted : null,
      approved_at: reached('approved') ? times.approved : null,
      accepted_at: reached('accepted') ? times.accepted : null,
      created_at: times.entered,
      updated_at: steps.at(-1)!.at,
      version: steps.length,
    },
    steps,
  };
}

export async function insertDemoStatistics(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  now = nowIso(),
): Promise<StatisticsCounts> {
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const who = await actors(trx);
  const catalog = demoCatalog(stamp);
  const { province, units, mappings, communes } = demoUnits(orgIds, stamp);
  await bulkInsert(trx, 'stat_disaggregations', catalog.disaggregations);
  await bulkInsert(trx, 'stat_indicators', catalog.indicators);
  await bulkInsert(trx, 'stat_units', units);
  await bulkInsert(trx, 'stat_unit_mappings', mappings);
  await bulkInsert(trx, 'stat_datasets', catalog.datasets);
  await bulkInsert(trx, 'stat_dataset_indicators', catalog.datasetIndicators);
  await bulkInsert(
    trx,
    'stat_dataset_units',
    catalog.datasets.map((d) => ({ dataset_id: d.id, unit_id: province.id })),
  );
  await bulkInsert(trx, 'stat_rules', catalog.rules);

  // Values, one history version each, entered on the 8th of the month after the period.
  const values: StatValueTable[] = [];
  const history: StatValueHistoryTable[] = [];
  for (const v of demoSeries()) {
    const at = nextMonthDay(v.year, v.month, 8);
    const key = {
      indicator_id: catalog.indicatorId.get(v.code)!,
      unit_id: province.id,
      period: v.period,
      category: v.category,
    };
    values.push({
      ...key,
      period_type: v.periodType,
      year: v.year,
      month: v.month,
      value: v.value,
      revision: v.revision,
      comment: '',
      updated_by: who.reporter.id,
      created_at: at,
      updated_at: at,
      version: 1,
    });
    history.push({
      id: newId(),
      ...key,
      value: v.value,
      revision: v.revision,
      comment: '',
      changed_by: who.reporter.id,
      changed_at: at,
    });
  }
  await bulkInsert(trx, 'stat_values', values);
  await rebuildTotals(trx);
  await bulkInsert(trx, 'stat_value_history', history);

  // Submissions: the monthly report and the quarterly investment report of the province.
  const [monthly, quarterly] = [catalog.datasets[0]!, catalog.datasets[1]!];
  const submissions: StatSubmissionTable[] = [];
  const steps: TransitionTable[] = [];
  const periods = new Set(values.map((v) => `${v.period_type}|${v.period}|${v.year}|${v.month}`));
  for (const p of periods) {
    const [type, period, y, m] = p.split('|') as [string, string, string, string];
    const [year, month] = [Number(y), Number(m)];
    const isMonth = type === 'month';
    const last = isMonth
      ? year === LAST_MONTH.year && month === LAST_MONTH.month
      : year === LAST_QUARTER.year && month === LAST_QUARTER.quarter * 3;
    const status: StatSubmissionStatus = !last ? 'accepted' : isMonth ? 'submitted' : 'approved';
    const base = isMonth ? 8 : 15;
    const s = submission(
      isMonth ? monthly.id : quarterly.id,
      province.id,
      period,
      status,
      {
        entered: nextMonthDay(year, month, base),
        submitted: nextMonthDay(year, month, base + 2, 3),
        approved: nextMonthDay(year, month, base + 5, 8),
        accepted: nextMonthDay(year, month, base + 9, 4),
      },
      who,
    );
    submissions.push(s.row);
    steps.push(...s.steps);
  }
  await bulkInsert(trx, 'stat_submissions', submissions);
  await bulkInsert(trx, 'transitions', steps);

  // The year plans ("kế hoạch năm") of 2025 and 2026: a little above the year's outcome.
  const targets: StatTargetTable[] = [];
  for (const [k, year] of [2025, 2026].entries())
    for (const code of ['GTSX_CN', 'BLHH_DV', 'KN_XK', 'VDT_XH'] as const)
      targets.push({
        indicator_id: catalog.indicatorId.get(code)!,
        unit_id: province.id,
        year,
        category: '',
        value: Math.round((YEARLY[code][10 + k]! * 1.03) / 10) * 10,
        note: `Kế hoạch năm ${year} theo Nghị quyết của Hội đồng nhân dân tỉnh`,
        ...stamp,
      });
  await bulkInsert(trx, 'stat_targets', targets);

  // Registries: each row in a commune (current unit), addressed by commune and former district.
  const places: Place[] = [...communes.values()].map(({ unit, district }) => ({
    unitId: unit.id,
    address: `${unit.name.replace(/^Phường/u, 'phường').replace(/^Xã/u, 'xã')}, ${district}, tỉnh Thái Nguyên`,
  }));
  const parkPlace = (c: string) => places[[...communes.keys()].indexOf(c)]!;
  const reg = demoRegistries(places, parkPlace, now);
  await bulkInsert(trx, 'reg_facilities', reg.facilities);
  await bulkInsert(trx, 'reg_cooperatives', reg.cooperatives);
  await bulkInsert(trx, 'reg_craft_villages', reg.villages);
  await bulkInsert(trx, 'reg_rural_products', reg.products);
  await bulkInsert(trx, 'reg_industrial_zones', reg.zones);
  return {
    indicators: catalog.indicators.length,
    units: units.length,
    values: values.length,
    submissions: submissions.length,
    registries:
      reg.facilities.length + reg.cooperatives.length + reg.villages.length + reg.products.length + reg.zones.length,
  };
}
