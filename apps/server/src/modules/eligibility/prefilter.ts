import type { NecessaryFact } from '@thidua/domain';
import { selectArrays, type Db } from '../../db/index.ts';

/** Subject ids having one fact, by one indexed query. */
async function idsWith(db: Db, f: NecessaryFact): Promise<Set<string>> {
  const k = db.kysely;
  const q =
    f.kind === 'holds'
      ? k
          .selectFrom('award_records')
          .select('subject_id')
          .where('award_code', 'in', [...f.codes])
          .where('year', '>=', f.fromYear)
          .where('year', '<=', f.toYear)
          .where('deleted_at', 'is', null)
      : f.kind === 'rating'
        ? k
            .selectFrom('ratings')
            .select('subject_id')
            .where('rating', 'in', [...f.ratings])
            .where('year', '>=', f.fromYear)
            .where('year', '<=', f.toYear)
        : k
            .selectFrom('initiative_authors as a')
            .innerJoin('initiatives as i', 'i.id', 'a.initiative_id')
            .select('a.person_id')
            .where('i.level', 'in', [...f.levels])
            .where('i.recognised_on', '>=', `${f.fromYear}-01-01`)
            .where('i.recognised_on', '<=', `${f.toYear}-12-31`);
  return new Set((await selectArrays(db, q)).map((r) => r[0] as string));
}

/**
 * The subjects that have every necessary fact of a ladder (null: the ladder has none, everyone
 * qualifies for judging).
 */
export async function subjectsWithFacts(
  db: Db,
  facts: readonly NecessaryFact[],
  /** Ladders share facts (a rating in Y): one read per fact and run. */
  cache: Map<string, Promise<Set<string>>> = new Map(),
): Promise<Set<string> | null> {
  let out: Set<string> | undefined;
  for (const f of facts) {
    const key = JSON.stringify(f);
    let pending = cache.get(key);
    if (!pending) cache.set(key, (pending = idsWith(db, f)));
    const ids = await pending;
    out = out ? intersect(out, ids) : ids;
    if (out.size === 0) break;
  }
  return out ?? null;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const id of a) if (b.has(id)) out.add(id);
  return out;
}
