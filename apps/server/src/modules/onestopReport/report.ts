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
 * of them: one query for the columns, two small GROUP BYs (receipt and finish dates of the
 * finished dossiers) for the average in working days, which the calendar then sums.
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

  const rows = await db
    .selectFrom('dossiers')
    .select([
      sql<string>`${key}`.as('k'),
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
    .groupBy(key)
    .execute();

  // Receipt and finish dates of the dossiers finished in the span, counted per group and day.
  const histogram = (column: 'received_at' | 'finished_at') => {
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
  const [receivedDays, finishedDays] = await Promise.all([histogram('received_at'), histogram('finished_at')]);
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
  const labels = await labelsOf(
    deps,
    q.groupBy,
    rows.map((r) => r.k),
  );
  const groups = rows.map((r) => {
    const finished = num(r.finished);
    const received = num(r.carried) + num(r.online) + num(r.offline);
    const days = workingDaysSum(calendar, rec.get(r.k) ?? new Map(), done.get(r.k) ?? new Map(), index);
    const counts: ReportCounts = {
      carriedOver: num(r.carried),
      receivedOnline: num(r.online),
      receivedOffline: num(r.offline),
      finishedEarly: num(r.early),
      finishedOnTime: finished - num(r.early) - num(r.late),
      finishedLate: num(r.late),
      inProcessWithinTime: num(r.within),
      inProcessOverdue: received - finished - num(r.within),
      finishedWorkingDays: days,
    };
    return { key: r.k, label: labels.get(r.k) ?? r.k, counts };
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
