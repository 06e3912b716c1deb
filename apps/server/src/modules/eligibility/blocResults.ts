import type { Kysely } from 'kysely';
import type { BlocResult } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';

/**
 * The collectives' places in the published year-end scorings of their blocs (docs/scorecards.md "Flags"): a bloc
 * cycle (`scorecards.kind = 'bloc'`) once published, each member sheet of an organisation with its final rank, of
 * how many ranked members, and the bloc's name and organiser. What the flags' "leads its bloc" reads; a cycle not
 * yet published is never read (its ranking may still change).
 */
export async function publishedBlocResults(
  db: Kysely<Database>,
  orgIds: readonly string[],
  years: { from: number; to: number },
): Promise<Map<string, BlocResult[]>> {
  const out = new Map<string, BlocResult[]>();
  for (let i = 0; i < orgIds.length; i += 500) {
    const part = orgIds.slice(i, i + 500);
    const rows = await db
      .selectFrom('scorecard_members as m')
      .innerJoin('scorecards as s', 's.id', 'm.scorecard_id')
      .innerJoin('bloc_years as y', 'y.id', 's.bloc_year_id')
      .innerJoin('blocs as b', 'b.id', 'y.bloc_id')
      .select((eb) => [
        'm.org_id',
        'm.rank',
        's.id as scorecard_id',
        's.year',
        'b.id as bloc_id',
        'b.name as bloc_name',
        'b.organiser',
        eb
          .selectFrom('scorecard_members as o')
          .select((x) => x.fn.countAll<number>().as('n'))
          .whereRef('o.scorecard_id', '=', 's.id')
          .where('o.rank', 'is not', null)
          .as('of'),
      ])
      .where('s.kind', '=', 'bloc')
      .where('s.status', '=', 'published')
      .where('s.year', '>=', years.from)
      .where('s.year', '<=', years.to)
      .where('m.rank', 'is not', null)
      .where('m.org_id', 'in', part)
      .execute();
    for (const r of rows) {
      if (!r.org_id) continue;
      const list = out.get(r.org_id) ?? [];
      list.push({
        year: Number(r.year),
        blocId: r.bloc_id,
        blocName: r.bloc_name,
        organiser: r.organiser,
        rank: Number(r.rank),
        of: Number(r.of),
        scorecardId: r.scorecard_id,
        published: true,
      });
      out.set(r.org_id, list);
    }
  }
  return out;
}
