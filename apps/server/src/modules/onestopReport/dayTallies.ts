import { dayNumber, isoOfDay } from '@thidua/domain';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect } from '../../db/index.ts';
import type { Deps } from '../../platform/context.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { boundsOf, num } from './sql.ts';
import { addTally, type Tallies, type TallySource } from './tallies.ts';

/**
 * Biểu 06's tallies from the Vietnam dates each dossier carries (`received_day`, `finished_day`, `due_day`,
 * `closed_day`, `finished_past_due`: generated columns of migration 125, days since 1970-01-01), read from
 * the one index `dossiers_report` (finish date first) and never from the table:
 * 1. the dossiers finished in the span, per finish date and group: arrivals, early / late, and the sum of
 *    their receipt dates' working-day numbers, looked up in a table of the calendar passed with the query;
 * 2. only when some were received before that table (more than a year before the span) or the calendar
 *    lacks a year of it: those dossiers per receipt date and group instead (the histogram `plainTallies`
 *    gives), so the average in working days and a missing year's 409 are the same as there;
 * 3. those received by the end of the span and not finished in it (finished later, or not finished and not
 *    closed by then), per group: arrivals and within time.
 * A span's bounds are whole Vietnam days, so each instant comparison of `plainTallies` is one of integers.
 */
export const dayTallies: TallySource = async (deps, q, classifyBy) => {
  const db = deps.db.kysely;
  boundsOf(q);
  const [S, E] = [dayNumber(q.from), dayNumber(q.to)];
  const byProcedure = q.groupBy === 'procedure';
  const keys = byProcedure ? (['field', 'procedure_id'] as const) : (['field'] as const);
  const keyOf = (r: { field: string; procedure_id?: string }) => (byProcedure ? r.procedure_id! : r.field);
  const count = (cond: Expression<SqlBool>) => sql<string>`sum(case when ${cond} then 1 else 0 end)`;
  const carried = sql<SqlBool>`received_day < ${S}`;
  const online = sql<SqlBool>`received_day >= ${S} and channel = 'online'`;
  const late =
    classifyBy === 'instant'
      ? sql<SqlBool>`finished_day > due_day or (finished_day = due_day and finished_past_due = 1)`
      : sql<SqlBool>`finished_day > due_day`;
  const w = await workingDayTable(deps, S, E);
  const base = w?.base ?? E + 1;

  // In the index's order (finish date, field, procedure), so both databases aggregate as they read.
  const finished = await db
    .selectFrom('dossiers')
    .select([
      'finished_day',
      ...keys,
      sql<string>`count(*)`.as('n'),
      count(carried).as('carried'),
      count(online).as('online'),
      count(sql`finished_day < due_day`).as('early'),
      count(late).as('late'),
      count(sql`received_day < ${base}`).as('old'),
      w
        ? sql<string>`sum(case when received_day >= ${base} then ${lookup(deps.db.dialect, w)} else 0 end)`.as('wr')
        : sql<string>`0`.as('wr'),
    ])
    .where('finished_day', '>=', S)
    .where('finished_day', '<=', E)
    .where('received_day', '<=', E)
    .groupBy(['finished_day', ...keys])
    .execute();

  const sums: Tallies['sums'] = new Map();
  for (const r of finished) {
    const [n, c, o] = [num(r.n), num(r.carried), num(r.online)];
    addTally(sums, keyOf(r), {
      carried: c,
      online: o,
      offline: n - c - o,
      finished: n,
      early: num(r.early),
      late: num(r.late),
    });
  }
  for (const r of [...(await open('later')), ...(await open('unfinished'))]) {
    const [n, c, o] = [num(r.n), num(r.carried), num(r.online)];
    addTally(sums, keyOf(r), { carried: c, online: o, offline: n - c - o, within: num(r.within) });
  }
  const finishedDays = finished.map((r) => ({ k: keyOf(r), d: isoOfDay(num(r.finished_day)), n: num(r.n) }));
  if (w && finished.every((r) => num(r.old) === 0)) {
    // Σ (W(finish) − W(receipt)) per group, W the working-day number from the table's first day.
    const workingDays = new Map<string, number>();
    for (const r of finished) {
      const k = keyOf(r);
      const t = num(r.n) * w.days[num(r.finished_day) - w.base]! - num(r.wr);
      workingDays.set(k, (workingDays.get(k) ?? 0) + t);
    }
    return { sums, received: [], finished: finishedDays, workingDays };
  }
  const received = await db
    .selectFrom('dossiers')
    .select(['received_day', ...keys, sql<string>`count(*)`.as('n')])
    .where('finished_day', '>=', S)
    .where('finished_day', '<=', E)
    .where('received_day', '<=', E)
    .groupBy([...keys, 'received_day'])
    .execute();
  return {
    sums,
    received: received.map((r) => ({ k: keyOf(r), d: isoOfDay(num(r.received_day)), n: num(r.n) })),
    finished: finishedDays,
  };

  // Two queries rather than an OR, so each is one range of the index on both databases.
  function open(rest: 'later' | 'unfinished') {
    return db
      .selectFrom('dossiers')
      .select([
        ...keys,
        sql<string>`count(*)`.as('n'),
        count(carried).as('carried'),
        count(online).as('online'),
        count(sql`due_day is null or due_day >= ${classifyBy === 'instant' ? E + 1 : E}`).as('within'),
      ])
      .where('received_day', '<=', E)
      .where((eb) =>
        rest === 'later'
          ? eb('finished_day', '>', E)
          : eb.and([eb('finished_day', 'is', null), eb.or([eb('closed_day', 'is', null), eb('closed_day', '>', E)])]),
      )
      .groupBy([...keys])
      .execute();
  }
};

/** Working-day numbers (working days after `base`) of the days `base`..`to`, from 1 January of the year before. */
interface WorkingDayTable {
  base: number;
  days: number[];
}

/** The table from the year before the span's to its end, or from its first year; none when a year is missing. */
async function workingDayTable(deps: Deps, from: number, to: number): Promise<WorkingDayTable | null> {
  const [y0, y1] = [Number(isoOfDay(from).slice(0, 4)), Number(isoOfDay(to).slice(0, 4))];
  const calendar = await loadWorkCalendar(deps.db.kysely, y0 - 1, y1);
  const first = [y0 - 1, y0].find((y) =>
    Array.from({ length: y1 - y + 1 }, (_, i) => y + i).every((x) => calendar.hasYear(x)),
  );
  if (first === undefined) return null;
  const base = dayNumber(`${first}-01-01`);
  const days: number[] = [];
  let n = 0;
  for (let d = base; d <= to; d++) {
    if (d > base && calendar.isWorkingDay(isoOfDay(d))) n++;
    days.push(n);
  }
  return { base, days };
}

/**
 * W(received_day) in SQL, O(1) a row: an index into an integer array on PostgreSQL; on SQLite a byte offset
 * into a blob of five-digit numbers (substr of a blob counts bytes, of text characters from the start).
 */
function lookup(dialect: Dialect, w: WorkingDayTable): RawBuilder<number> {
  if (dialect === 'postgres') return sql<number>`(cast(${w.days} as integer[]))[received_day - ${w.base - 1}]`;
  const blob = Buffer.from(w.days.map((n) => String(n).padStart(5, '0')).join(''), 'latin1');
  return sql<number>`cast(substr(${blob}, (received_day - ${w.base}) * 5 + 1, 5) as integer)`;
}
