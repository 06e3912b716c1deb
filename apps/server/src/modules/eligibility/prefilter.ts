import type { NecessaryFact } from '@thidua/domain';
import { selectArrays, type Db } from '../../db/index.ts';

/** Subject ids having one fact (among `among` when given), by one indexed query. */
async function idsWith(db: Db, f: NecessaryFact, among?: readonly string[]): Promise<Set<string>> {
  const k = db.kysely;
  const base =
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
  const q = among
    ? // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (base as any).where(f.kind === 'initiative' ? 'a.person_id' : 'subject_id', 'in', among)
    : base;
  return new Set((await selectArrays(db, q)).map((r) => r[0] as string));
}

const RARITY: Record<NecessaryFact['kind'], number> = { initiative: 0, holds: 1, rating: 2 };
/** Few enough subjects to ask the next fact of by id (bound parameters stay well under both limits). */
const FEW = 2000;

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
  // The rarest kind of fact first (a provincial initiative: a few hundred authors); once few subjects
  // are left, the next fact is asked of them only (an index probe each), not of the whole province.
  const ordered = [...facts].sort((a, b) => RARITY[a.kind] - RARITY[b.kind]);
  for (const f of ordered) {
    const key = JSON.stringify(f);
    let pending = cache.get(key);
    if (!pending && out && out.size <= FEW) pending = idsWith(db, f, [...out]);
    else if (!pending) cache.set(key, (pending = idsWith(db, f)));
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
