import { addDays } from '@thidua/domain';
import { sql } from 'kysely';
import { boundsOf, num, vnDayBefore, vnDayParts } from './sql.ts';
import { addTally, type Tallies, type TallySource } from './tallies.ts';

/**
 * Biểu 06's tallies from the stored UTC instants, every Vietnam date derived row by row in SQL (the classes of
 * `classifyDossier` as CASE expressions): the reference the stored-date path (`dayTallies`) is checked
 * against, kept for that check (reportDays.test.ts). 5–9 s for a year at a million dossiers.
 */
export const plainTallies: TallySource = async (deps, q, classifyBy) => {
  const db = deps.db.kysely;
  const dialect = deps.db.dialect;
  const { start, lastDay, end } = boundsOf(q);
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
  const parts = vnDayParts(sql.ref('received_at'));
  const received = await db
    .selectFrom('dossiers')
    .select([sql<string>`${key}`.as('k'), parts.day.as('d'), parts.next.as('l'), sql<string>`count(*)`.as('n')])
    .where('received_at', 'is not', null)
    .where('received_at', '<', end)
    .where('finished_at', '>=', start)
    .where('finished_at', '<', end)
    .groupBy([key, parts.day, parts.next])
    .execute();

  const sums: Tallies['sums'] = new Map();
  for (const r of rows)
    addTally(sums, r.k, {
      carried: num(r.carried),
      online: num(r.online),
      offline: num(r.offline),
      finished: num(r.finished),
      early: num(r.early),
      late: num(r.late),
      within: num(r.within),
    });
  return {
    sums,
    received: received.map((r) => ({ k: r.k, d: num(r.l) ? addDays(r.d, 1) : r.d, n: num(r.n) })),
    finished: rows
      .filter((r) => r.fd !== null)
      .map((r) => ({ k: r.k, d: num(r.fl) ? addDays(r.fd!, 1) : r.fd!, n: num(r.finished) })),
  };
};
