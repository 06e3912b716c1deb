import {
  SATISFACTION_LEVELS,
  SATISFACTION_LEVEL_LABELS,
  SATISFIED_LEVELS,
  type ReportSpan,
  type SatisfactionLevel,
  isSatisfactionLevel,
} from '@thidua/domain';
import { sql } from 'kysely';
import type { Deps } from '../../platform/context.ts';
import { boundsOf, num } from './sql.ts';

export type SatisfactionBy = 'procedure' | 'officer';
interface Figures {
  ratings: number;
  counts: Record<SatisfactionLevel, number>;
  satisfiedShare: number | null;
}
export interface SatisfactionResult {
  by: SatisfactionBy;
  levels: { code: SatisfactionLevel; label: string }[];
  rows: ({ key: string; label: string } & Figures)[];
  total: Figures;
}

function figuresOf(list: { rating: string; n: unknown }[]): Figures {
  const counts = Object.fromEntries(SATISFACTION_LEVELS.map((l) => [l, 0])) as Record<SatisfactionLevel, number>;
  for (const r of list) if (isSatisfactionLevel(r.rating)) counts[r.rating] += num(r.n);
  const ratings = SATISFACTION_LEVELS.reduce((s, l) => s + counts[l], 0);
  const satisfied = SATISFIED_LEVELS.reduce((s, l) => s + counts[l], 0);
  return { ratings, counts, satisfiedShare: ratings ? Math.round((satisfied / ratings) * 10_000) / 10_000 : null };
}

/**
 * The applicants' ratings given in a span (§7.2), by the dossier's procedure or by officer: a
 * rating counts once for each officer who handled one of the dossier's internal steps. The total
 * counts each rating once.
 */
export async function satisfactionReport(
  deps: Deps,
  q: ReportSpan & { by: SatisfactionBy },
): Promise<SatisfactionResult> {
  const db = deps.db.kysely;
  const { start, end } = boundsOf(q);
  const inSpan = sql<boolean>`r.at >= ${start} and r.at < ${end}`;
  const grouped =
    q.by === 'procedure'
      ? await db
          .selectFrom('dossier_ratings as r')
          .innerJoin('dossiers as d', 'd.id', 'r.dossier_id')
          .select(['d.procedure_id as k', 'r.rating', sql<string>`count(*)`.as('n')])
          .where(inSpan)
          .groupBy(['d.procedure_id', 'r.rating'])
          .execute()
      : await db
          .selectFrom((qb) =>
            qb
              .selectFrom('dossier_ratings as r')
              .innerJoin('dossier_steps as s', 's.dossier_id', 'r.dossier_id')
              .select(['s.assignee_id as k', 'r.id as rid', 'r.rating as rating'])
              .distinct()
              .where(inSpan)
              .where('s.assignee_id', 'is not', null)
              .as('x'),
          )
          .select(['x.k', 'x.rating', sql<string>`count(*)`.as('n')])
          .groupBy(['x.k', 'x.rating'])
          .execute();

  const keys = [...new Set(grouped.map((r) => r.k).filter((k): k is string => !!k))];
  const labels = new Map<string, string>();
  if (keys.length && q.by === 'procedure')
    for (const p of await db.selectFrom('procedures').select(['id', 'name']).where('id', 'in', keys).execute())
      labels.set(p.id, p.name);
  if (keys.length && q.by === 'officer')
    for (const u of await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', keys).execute())
      labels.set(u.id, u.display_name);
  const rows = keys
    .map((k) => ({
      key: k,
      label: labels.get(k) ?? k,
      ...figuresOf(grouped.filter((r) => r.k === k)),
    }))
    .filter((r) => r.ratings > 0)
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return {
    by: q.by,
    levels: SATISFACTION_LEVELS.map((code) => ({ code, label: SATISFACTION_LEVEL_LABELS[code] })),
    rows,
    total: await satisfactionTotals(deps, q),
  };
}

/** The span's ratings counted once each, from the ratings alone (what the summary report reads). */
export async function satisfactionTotals(deps: Deps, q: ReportSpan) {
  const { start, end } = boundsOf(q);
  const totals = await deps.db.kysely
    .selectFrom('dossier_ratings as r')
    .select(['r.rating', sql<string>`count(*)`.as('n')])
    .where(sql<boolean>`r.at >= ${start} and r.at < ${end}`)
    .groupBy('r.rating')
    .execute();
  return figuresOf(totals);
}
