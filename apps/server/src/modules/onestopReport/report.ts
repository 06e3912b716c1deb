import {
  PROCEDURE_FIELDS,
  PROCEDURE_FIELD_LABELS,
  type ClassifyBy,
  type ProcedureField,
  type Report,
  type ReportCounts,
  type ReportGrouping,
  type ReportSpan,
  addDays,
  buildReport,
  workingDayIndex,
  workingDaysSum,
} from '@thidua/domain';
import { sql } from 'kysely';
import type { Deps } from '../../platform/context.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { getSetting } from '../settings/service.ts';
import { boundsOf, calendarYearMissing, num, vnDayBefore, vnDayParts } from './sql.ts';

export interface OnestopReportResult extends Report {
  from: string;
  to: string;
  groupBy: ReportGrouping;
  classifyBy: ClassifyBy;
}

/**
 * Biểu 06 over a span, aggregated by the database (the classes of `classifyDossier` as CASE
 * expressions), so a year over a million dossiers is a scan of the relevant rows, not a transfer
 * of them: one query for the columns (grouped by the finish date as well) and one over the
 * dossiers finished in the span by receipt date; the average in working days is summed from those
 * two date histograms over the calendar. Timed by `npm run bench` (bench/src/onestopBench.ts).
 */
export async function onestopReport(
  deps: Deps,
  q: ReportSpan & { groupBy: ReportGrouping },
): Promise<OnestopReportResult> {
  const db = deps.db.kysely;
  const dialect = deps.db.dialect;
  const { start, lastDay, end } = boundsOf(q);
  const classifyBy = await getSetting(db, 'onestop.classifyBy');
  const key = q.groupBy === 'field' ? sql.ref('field') : sql.ref('procedure_id');
  const due = sql`coalesce(original_due_at, due_at)`;
  const fin = sql`finished_at is not null and finished_at < ${end}`;
  const finishedAt = sql.ref('finished_at');
  const early = sql`${fin} and ${due} is not null and ${vnDayBefore(dialect, finishedAt, due)}`;
  const late =
    classifyBy === 'instant'
      ? sql`${fin} and ${due} is not null and finished_at > ${due}`
      : sql`${fin} and ${due} is not null and ${vnDayBefore(dialect, due, finishedAt)}`;
  const bound = classifyBy === 'instant' ? end : lastDay;
  const count = (cond: ReturnType<typeof sql>) => sql<string>`sum(case when ${cond} then 1 else 0 end)`;

  // Grouped by the finish date too (null for the rest), so the finish-date histogram of the average
  // comes from the same scan; grouped by position because the date is a CASE with parameters.
  const finParts = vnDayParts(finishedAt);
  const rows = await db
    .selectFrom('dossiers')
    .select([
      sql<string>`${key}`.as('k'),
      sql<string | null>`case when ${fin} then ${finParts.day} end`.as('fd'),
      sql<number>`case when ${fin} then ${finParts.next} else 0 end`.as('fl'),
      count(sql`received_at < ${start}`).as('carried'),
      count(sql`received_at >= ${start} and channel = 'online'`).as('online'),
      count(sql`received_at >= ${start} and channel <> 'online'`).as('offline'),
      count(fin).as('finished'),
      count(early).as('early'),
      count(late).as('late'),
      count(sql`not (${fin}) and (${due} is null or ${due} >= ${bound})`).as('within'),
    ])
    .where('received_at', 'is not', null)
    .where('received_at', '<', end)
    .where((eb) =>
      eb.or([
        eb('finished_at', '>=', start),
        eb.and([eb('finished_at', 'is', null), eb.or([eb('closed_at', 'is', null), eb('closed_at', '>=', end)])]),
      ]),
    )
    .groupBy([sql`1`, sql`2`, sql`3`])
    .execute();

  // Receipt dates of the dossiers finished in the span, counted per group and day.
  const histogram = (column: 'received_at') => {
    const parts = vnDayParts(sql.ref(column));
    return db
      .selectFrom('dossiers')
      .select([sql<string>`${key}`.as('k'), parts.day.as('d'), parts.next.as('l'), sql<string>`count(*)`.as('n')])
      .where('received_at', 'is not', null)
      .where('received_at', '<', end)
      .where('finished_at', '>=', start)
      .where('finished_at', '<', end)
      .groupBy([key, parts.day, parts.next])
      .execute()
      .then((list) => list.map((r) => ({ k: r.k, d: num(r.l) ? addDays(r.d, 1) : r.d, n: num(r.n) })));
  };
  const receivedDays = await histogram('received_at');
  const finishedDays = rows
    .filter((r) => r.fd !== null)
    .map((r) => ({ k: r.k, d: num(r.fl) ? addDays(r.fd!, 1) : r.fd!, n: num(r.finished) }));
  const byGroup = (list: { k: string; d: string; n: number }[]) => {
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
  const calendar = years.length
    ? await loadWorkCalendar(db, Math.min(...years), Math.max(...years))
    : await loadWorkCalendar(db, Number(q.from.slice(0, 4)));

  let index = new Map<string, number>();
  try {
    index = workingDayIndex(
      calendar,
      [...receivedDays, ...finishedDays].map((r) => r.d),
    );
  } catch (e) {
    calendarYearMissing(e);
  }
  const sums = new Map<
    string,
    Record<'carried' | 'online' | 'offline' | 'finished' | 'early' | 'late' | 'within', number>
  >();
  for (const r of rows) {
    const t = sums.get(r.k) ?? { carried: 0, online: 0, offline: 0, finished: 0, early: 0, late: 0, within: 0 };
    for (const f of ['carried', 'online', 'offline', 'finished', 'early', 'late', 'within'] as const) t[f] += num(r[f]);
    sums.set(r.k, t);
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
      finishedWorkingDays: workingDaysSum(calendar, rec.get(k) ?? new Map(), done.get(k) ?? new Map(), index),
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
