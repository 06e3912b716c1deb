import type { ReportSpan } from '@thidua/domain';
import { sql } from 'kysely';
import type { Deps } from '../../platform/context.ts';
import { boundsOf, num } from './sql.ts';

export type LatenessBy = 'unit' | 'officer';
interface Figures {
  stepsFinished: number;
  stepsLate: number;
  dossiersLate: number;
  stepsOverdueOpen: number;
}
export interface LatenessResult {
  by: LatenessBy;
  rows: ({ key: string; label: string } & Figures)[];
  total: Figures;
}

const NOBODY: Record<LatenessBy, string> = { unit: 'Chưa xác định đơn vị', officer: 'Chưa phân công' };

/**
 * Per unit or officer, the internal steps of `dossier_steps` over a span (§4 "Step budgets": judged
 * on timestamps): steps finished in the span, those finished after the step's due time, the
 * dossiers with such a late step, and steps still open at the end of the span past their due time
 * (of dossiers not closed by then). A dossier late in two units counts once in the total.
 */
export async function latenessReport(deps: Deps, q: ReportSpan & { by: LatenessBy }): Promise<LatenessResult> {
  const db = deps.db.kysely;
  const { start, end } = boundsOf(q);
  const done = sql`s.finished_at >= ${start} and s.finished_at < ${end}`;
  const late = sql`${done} and s.due_at is not null and s.finished_at > s.due_at`;
  const open = sql`s.started_at < ${end} and (s.finished_at is null or s.finished_at >= ${end}) and s.due_at < ${end} and (d.closed_at is null or d.closed_at >= ${end})`;
  const key = q.by === 'unit' ? sql`s.org_id` : sql`s.assignee_id`;
  const figures = (grouped: boolean) =>
    db
      .selectFrom('dossier_steps as s')
      .innerJoin('dossiers as d', 'd.id', 's.dossier_id')
      .select([
        (grouped ? sql<string | null>`${key}` : sql<string | null>`null`).as('k'),
        sql<string>`sum(case when ${done} then 1 else 0 end)`.as('finished'),
        sql<string>`sum(case when ${late} then 1 else 0 end)`.as('late'),
        sql<string>`count(distinct case when ${late} then s.dossier_id end)`.as('dossiers'),
        sql<string>`sum(case when ${open} then 1 else 0 end)`.as('open'),
      ])
      .where(sql<boolean>`(${done}) or (${open})`)
      .$if(grouped, (qb) => qb.groupBy(key))
      .execute();
  const [rows, [all]] = await Promise.all([figures(true), figures(false)]);
  const toFigures = (r: { finished: unknown; late: unknown; dossiers: unknown; open: unknown } | undefined) => ({
    stepsFinished: num(r?.finished),
    stepsLate: num(r?.late),
    dossiersLate: num(r?.dossiers),
    stepsOverdueOpen: num(r?.open),
  });
  const ids = rows.map((r) => r.k).filter((k): k is string => !!k);
  const labels = new Map<string, string>();
  if (ids.length && q.by === 'unit')
    for (const o of await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute())
      labels.set(o.id, o.name);
  if (ids.length && q.by === 'officer')
    for (const u of await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute())
      labels.set(u.id, u.display_name);
  const out = rows.map((r) => ({
    key: r.k ?? '',
    label: r.k ? (labels.get(r.k) ?? r.k) : NOBODY[q.by],
    ...toFigures(r),
  }));
  out.sort((a, b) => b.stepsLate - a.stepsLate || a.label.localeCompare(b.label, 'vi'));
  return { by: q.by, rows: out, total: toFigures(all) };
}
