import { dayNumber, isoOfDay } from '@thidua/domain';
import { sql, type Expression, type SqlBool } from 'kysely';
import { boundsOf, num } from './sql.ts';
import { addTally, type Tallies, type TallySource } from './tallies.ts';

/**
 * Biểu 06's tallies from the Vietnam dates each dossier carries (`received_day`, `finished_day`, `due_day`,
 * `closed_day`, `finished_past_due`: generated columns of migration 125, days since 1970-01-01), read from
 * the one index `dossiers_report` (finish date first) and never from the table:
 * 1. the dossiers finished in the span, per finish date and group: arrivals and early / late;
 * 2. the same dossiers per receipt date and group (the average in working days);
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
    ])
    .where('finished_day', '>=', S)
    .where('finished_day', '<=', E)
    .where('received_day', '<=', E)
    .groupBy(['finished_day', ...keys])
    .execute();

  const received = await db
    .selectFrom('dossiers')
    .select(['received_day', ...keys, sql<string>`count(*)`.as('n')])
    .where('finished_day', '>=', S)
    .where('finished_day', '<=', E)
    .where('received_day', '<=', E)
    .groupBy([...keys, 'received_day'])
    .execute();

  // Two queries rather than an OR, so each is one range of the index on both databases.
  const open = (rest: 'later' | 'unfinished') =>
    db
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
  return {
    sums,
    received: received.map((r) => ({ k: keyOf(r), d: isoOfDay(num(r.received_day)), n: num(r.n) })),
    finished: finished.map((r) => ({ k: keyOf(r), d: isoOfDay(num(r.finished_day)), n: num(r.n) })),
  };
};
