import {
  PROCEDURE_FIELDS,
  PROCEDURE_FIELD_LABELS,
  type ClassifyBy,
  type ProcedureField,
  type Report,
  type ReportCounts,
  type ReportGrouping,
  type ReportSpan,
  buildReport,
  workingDayIndex,
  workingDaysSum,
} from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { getSetting } from '../settings/service.ts';
import { dayTallies } from './dayTallies.ts';
import { plainTallies } from './plainTallies.ts';
import { boundsOf, calendarYearMissing } from './sql.ts';
import type { DayCount } from './tallies.ts';

export interface OnestopReportResult extends Report {
  from: string;
  to: string;
  groupBy: ReportGrouping;
  classifyBy: ClassifyBy;
}

/**
 * Biểu 06 over a span: the database counts (`dayTallies`, over the Vietnam dates each dossier carries and one
 * covering index, so a year over a million dossiers reads index entries, not rows), the average in working
 * days is summed from the receipt and finish date histograms over the calendar. `plain: true` counts from the
 * UTC instants instead (`plainTallies`), the reference the tests compare with. Timed by `npm run bench`
 * (bench/src/onestopBench.ts).
 */
export async function onestopReport(
  deps: Deps,
  q: ReportSpan & { groupBy: ReportGrouping },
  o: { plain?: boolean } = {},
): Promise<OnestopReportResult> {
  const db = deps.db.kysely;
  boundsOf(q);
  const classifyBy = await getSetting(db, 'onestop.classifyBy');
  const source = o.plain ? plainTallies : dayTallies;
  const { sums, received: receivedDays, finished: finishedDays, workingDays } = await source(deps, q, classifyBy);
  const byGroup = (list: DayCount[]) => {
    const out = new Map<string, Map<string, number>>();
    for (const r of list) {
      let m = out.get(r.k);
      if (!m) out.set(r.k, (m = new Map()));
      m.set(r.d, (m.get(r.d) ?? 0) + r.n);
    }
    return out;
  };
  const rec = byGroup(receivedDays);
  const done = byGroup(finishedDays);
  const years = [...receivedDays, ...finishedDays].map((r) => Number(r.d.slice(0, 4)));
  const calendar = workingDays
    ? null
    : years.length
      ? await loadWorkCalendar(db, Math.min(...years), Math.max(...years))
      : await loadWorkCalendar(db, Number(q.from.slice(0, 4)));

  let index = new Map<string, number>();
  try {
    if (calendar)
      index = workingDayIndex(
        calendar,
        [...receivedDays, ...finishedDays].map((r) => r.d),
      );
  } catch (e) {
    calendarYearMissing(e);
  }
  const labels = await labelsOf(deps, q.groupBy, [...sums.keys()]);
  const groups = [...sums].map(([k, r]) => {
    const received = r.carried + r.online + r.offline;
    const counts: ReportCounts = {
      carriedOver: r.carried,
      receivedOnline: r.online,
      receivedOffline: r.offline,
      finishedEarly: r.early,
      finishedOnTime: r.finished - r.early - r.late,
      finishedLate: r.late,
      inProcessWithinTime: r.within,
      inProcessOverdue: received - r.finished - r.within,
      finishedWorkingDays:
        workingDays?.get(k) ??
        (calendar ? workingDaysSum(calendar, rec.get(k) ?? new Map(), done.get(k) ?? new Map(), index) : 0),
    };
    return { key: k, label: labels.get(k) ?? k, counts };
  });
  const fieldOrder = (k: string) => {
    const i = PROCEDURE_FIELDS.indexOf(k as ProcedureField);
    return i < 0 ? PROCEDURE_FIELDS.length : i;
  };
  groups.sort((a, b) =>
    q.groupBy === 'field'
      ? fieldOrder(a.key) - fieldOrder(b.key) || a.key.localeCompare(b.key)
      : a.label.localeCompare(b.label, 'vi') || a.key.localeCompare(b.key),
  );
  return { from: q.from, to: q.to, groupBy: q.groupBy, classifyBy, ...buildReport(groups) };
}

async function labelsOf(deps: Deps, groupBy: ReportGrouping, keys: string[]): Promise<Map<string, string>> {
  if (groupBy === 'field') return new Map(keys.map((k) => [k, PROCEDURE_FIELD_LABELS[k as ProcedureField] ?? k]));
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500) {
    const part = keys.slice(i, i + 500);
    const rows = await deps.db.kysely.selectFrom('procedures').select(['id', 'name']).where('id', 'in', part).execute();
    for (const r of rows) out.set(r.id, r.name);
  }
  return out;
}
