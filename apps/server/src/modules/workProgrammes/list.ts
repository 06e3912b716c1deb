import type { ExpressionBuilder, Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { WorkProgrammeList, WorkProgrammeSummary, WorkProgrammesQuery } from '@thidua/contracts';
import type { ProgrammeStatus } from '@thidua/domain';
import { num } from '../../db/index.ts';
import type { Database, WorkProgrammeKind, WorkProgrammeTable } from '../../db/schema.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { defineList } from '../../platform/lists.ts';

export type Executor = Kysely<Database> | Transaction<Database>;
type Query = z.output<typeof WorkProgrammesQuery>;
type Summary = z.infer<typeof WorkProgrammeSummary>;

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** "Năm 2026", "Quý IV/2026", "Tháng 12/2026". */
export function periodLabel(kind: string, year: number, period: number): string {
  if (kind === 'quarter') return `Quý ${QUARTERS[period - 1] ?? period}/${year}`;
  if (kind === 'month') return `Tháng ${period}/${year}`;
  return `Năm ${year}`;
}

/** The title a new programme gets when none is typed: "Chương trình công tác quý IV năm 2026". */
export function defaultTitle(kind: string, year: number, period: number): string {
  if (kind === 'quarter') return `Chương trình công tác quý ${QUARTERS[period - 1] ?? period} năm ${year}`;
  if (kind === 'month') return `Chương trình công tác tháng ${period} năm ${year}`;
  return `Chương trình công tác năm ${year}`;
}

/** Year first, then its quarters, then its months, whatever the direction of the other columns. */
const kindRank = sql<number>`case p.kind when 'year' then 0 when 'quarter' then 1 else 2 end`;

/**
 * The programmes with their organisation and their tasks counted (subqueries, so the page's count reads
 * programmes alone). A task counts while the programme holds it (not removed) and it is not dropped; overdue is
 * judged from the dates against `today` (the deadline passed, not done), whatever the clock's sweep recorded.
 */
export function programmesQuery(db: Executor, today: string) {
  const held = (eb: ExpressionBuilder<Database & { p: WorkProgrammeTable }, 'p'>) =>
    eb
      .selectFrom('work_programme_tasks as pt')
      .innerJoin('work_tasks as t', 't.id', 'pt.task_id')
      .select(sql<number>`count(*)`.as('n'))
      .whereRef('pt.programme_id', '=', 'p.id')
      .where('pt.removed_amendment', 'is', null)
      .where('t.status', '<>', 'dropped');
  return db
    .selectFrom('work_programmes as p')
    .innerJoin('organisations as o', 'o.id', 'p.org_id')
    .select((eb) => [
      'p.id',
      'p.kind',
      'p.year',
      'p.period',
      'p.title',
      'p.org_id',
      'o.name as org_name',
      'p.parent_id',
      'p.status',
      'p.decision_number',
      'p.decision_date',
      'p.decision_signer',
      'p.amendment',
      held(eb).as('task_count'),
      held(eb).where('t.status', '=', 'done').as('done_count'),
      held(eb).where('t.status', '<>', 'done').where('t.deadline', '<', today).as('overdue_count'),
    ]);
}

type Base = ReturnType<typeof programmesQuery>;
type Parts<T> = T extends SelectQueryBuilder<infer DB, infer TB, infer O> ? { db: DB; tb: TB; o: O } : never;
type P = Parts<Base>;
export type ProgrammeListRow = P['o'];

export const programmeList = defineList<P['db'], P['tb'], P['o'], Query>({
  sorts: { year: ['p.year', kindRank, 'p.period'], title: ['p.search_key'], status: ['p.status'] },
  tieBreaker: 'p.id',
  search: ['p.search_key'],
  filters: {
    year: (q, v) => q.where('p.year', '=', v),
    kind: (q, v) => q.where('p.kind', '=', v),
    status: (q, v) => q.where('p.status', '=', v),
    orgId: (q, v) => q.where('p.org_id', '=', v),
  },
});

export function summaryOf(r: ProgrammeListRow): Summary {
  const year = num(r.year);
  const period = num(r.period);
  const decided = r.decision_number || r.decision_date || r.decision_signer;
  return {
    id: r.id,
    kind: r.kind as WorkProgrammeKind,
    year,
    period,
    periodLabel: periodLabel(r.kind, year, period),
    title: r.title,
    orgId: r.org_id,
    orgName: r.org_name,
    parentId: r.parent_id,
    status: r.status as ProgrammeStatus,
    decision: decided ? { number: r.decision_number, date: r.decision_date, signer: r.decision_signer } : null,
    amendment: num(r.amendment),
    taskCount: num(r.task_count),
    doneCount: num(r.done_count),
    overdueCount: num(r.overdue_count),
  };
}

/** One programme's summary (its counts as the list shows them), or undefined. */
export async function programmeSummary(deps: Deps, db: Executor, id: string): Promise<Summary | undefined> {
  const row = await programmesQuery(db, todayVn(clockOf(deps)))
    .where('p.id', '=', id)
    .executeTakeFirst();
  return row ? summaryOf(row) : undefined;
}

/** `GET /work-programmes`: every signed-in user reads every programme (the department's common reference). */
export async function listWorkProgrammes(deps: Deps, q: Query): Promise<z.infer<typeof WorkProgrammeList>> {
  const page = await programmeList.page(programmesQuery(deps.db.kysely, todayVn(clockOf(deps))), q);
  return { ...page, items: page.items.map(summaryOf) };
}
