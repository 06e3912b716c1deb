import type { z } from 'zod';
import type { ScorecardHistory, ScorecardHistoryQuery, ScorecardRanking } from '@thidua/contracts';
import { TIE_BREAK_LABELS, sheetTotals, type ScorecardStatus, type TieBreakKey } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { seesWholeCycle } from './policy.ts';
import { capsOf, cycleRow, lastRanking, memberRows, pts, scoreRows, templateOf } from './queries.ts';
import { appraisedPoints, selfPoints } from './sheetView.ts';

type Ranking = z.infer<typeof ScorecardRanking>;

/**
 * The ranking (kept stable for outside tools): every member with self, appraised, survey and final scores, the
 * difference, the classification and the points per field, ranked first; members not yet ranked follow in their
 * order. Published cycles are everyone's; before that, the office's and the leaders'.
 */
export async function getRanking(deps: Deps, user: RequestUser, id: string): Promise<Ranking> {
  const db = deps.db.kysely;
  const cycle = await cycleRow(db, id);
  if (!seesWholeCycle(user, cycle.status)) throw notFound('kỳ chấm điểm');
  const t = await templateOf(db, cycle.template_id);
  const members = await memberRows(db, id);
  const scores = await scoreRows(
    db,
    members.map((m) => m.id),
  );
  const ranked = await lastRanking(db, id);
  const ordered = [...members].sort(
    (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || a.position - b.position,
  );
  return {
    scorecardId: cycle.id,
    kind: cycle.kind,
    year: cycle.year,
    name: cycle.name,
    status: cycle.status as ScorecardStatus,
    maxTotal: t.max,
    tieBreak: ranked.tieBreak,
    items: ordered.map((m) => {
      const own = scores.filter((s) => s.member_id === m.id);
      const appraised = own.some((s) => s.appraisal === 'accepted' || s.appraisal === 'reduced');
      const totals = sheetTotals(t.items, appraised ? appraisedPoints(own) : selfPoints(own), capsOf(t));
      const decided = ranked.decidedBy[m.id] as TieBreakKey | null | undefined;
      return {
        memberId: m.id,
        orgId: m.org_id,
        name: m.name,
        rank: m.rank,
        selfScore: m.self_total,
        appraisedScore: m.appraised_total,
        surveyScore: m.survey_score,
        finalScore: m.final_total,
        difference:
          m.self_total !== null && m.appraised_total !== null
            ? Math.round((m.appraised_total - m.self_total) * 100) / 100
            : null,
        classification: m.classification,
        byField: totals.byField.map((f) => ({ code: f.code, name: f.name, max: f.max, points: f.points })),
        decidedBy: decided ? (TIE_BREAK_LABELS[decided] ?? decided) : null,
      };
    }),
  };
}

/** Year-on-year results of one bloc (or of the PAR index): the published cycles, one row per member. */
export async function getHistory(
  deps: Deps,
  q: z.output<typeof ScorecardHistoryQuery>,
): Promise<z.infer<typeof ScorecardHistory>> {
  const db = deps.db.kysely;
  let query = db
    .selectFrom('scorecards as s')
    .innerJoin('scorecard_members as m', 'm.scorecard_id', 's.id')
    .leftJoin('bloc_years as by', 'by.id', 's.bloc_year_id')
    .select(['s.year', 'm.org_id', 'm.name', 'm.rank', 'm.final_total', 'm.position'])
    .where('s.kind', '=', q.kind)
    .where('s.status', '=', 'published');
  if (q.blocId) query = query.where('by.bloc_id', '=', q.blocId);
  const rows = await query.orderBy('s.year').orderBy('m.position').execute();
  const years = [...new Set(rows.map((r) => Number(r.year)))];
  const members = new Map<string, z.infer<typeof ScorecardHistory>['members'][number]>();
  for (const r of rows) {
    // A member outside the department has no organisation: its name is what identifies it across the years.
    const key = r.org_id ?? `name:${r.name}`;
    const entry = members.get(key) ?? { orgId: r.org_id, name: r.name, results: [] };
    entry.name = r.name;
    entry.results.push({
      year: Number(r.year),
      rank: r.rank === null ? null : Number(r.rank),
      finalScore: pts(r.final_total),
    });
    members.set(key, entry);
  }
  if (q.blocId && !rows.length) {
    const bloc = await db.selectFrom('blocs').select('id').where('id', '=', q.blocId).executeTakeFirst();
    if (!bloc) throw notFound('khối thi đua');
  }
  return { years, members: [...members.values()] };
}
