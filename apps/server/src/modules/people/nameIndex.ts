import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { bulkInsert } from '../../db/bulk.ts';
import { isPostgres } from '../../db/index.ts';
import { nameSuffixes } from '../../db/migrations/20261126_002_people_name_suffixes.ts';
import { PEOPLE_TRIGRAM_INDEX } from '../../db/migrations/20261208_137_people_search_trigram.ts';

type Db = Transaction<Database> | Kysely<Database>;

/** Per connection pool (a transaction shares its database's adapter): whether the trigram index serves the search. */
const trigram = new WeakMap<object, Promise<boolean>>();

/**
 * How this database answers a name search: PostgreSQL with pg_trgm through a trigram index on
 * `people.search_key` (migration 137), otherwise through the word-suffix table. Asked once.
 */
export function usesTrigramIndex(db: Db): Promise<boolean> {
  if (!isPostgres(db)) return Promise.resolve(false);
  const key = db.getExecutor().adapter;
  let known = trigram.get(key);
  if (!known) {
    known = sql<{ n: number }>`select count(*)::int as n from pg_indexes where indexname = ${PEOPLE_TRIGRAM_INDEX}`
      .execute(db)
      .then((r) => (r.rows[0]?.n ?? 0) > 0);
    // A failed look-up is asked again next time rather than remembered.
    known.catch(() => trigram.delete(key));
    trigram.set(key, known);
  }
  return known;
}

/**
 * Rewrites the name-suffix index of these people (inside the caller's transaction). With the
 * trigram index there is nothing to write: PostgreSQL keeps that index itself.
 */
export async function indexNames(
  trx: Db,
  people: { id: string; search_key: string }[],
  opts: { fresh?: boolean } = {},
): Promise<void> {
  if (await usesTrigramIndex(trx)) return;
  if (!opts.fresh)
    for (let i = 0; i < people.length; i += 500)
      await trx
        .deleteFrom('people_name_suffixes')
        .where(
          'person_id',
          'in',
          people.slice(i, i + 500).map((p) => p.id),
        )
        .execute();
  const rows = people.flatMap((p) => nameSuffixes(p.search_key).map((suffix) => ({ suffix, person_id: p.id })));
  await bulkInsert(trx, 'people_name_suffixes', rows, 1000);
}

export const SEARCH_SELECTIVE = 1000;

export type SearchPlan =
  | { kind: 'none' }
  | { kind: 'citizen'; citizenId: string }
  /** Few matches: the ids come from the name index. */
  | { kind: 'ids'; ids: string[] }
  /** Many matches: walk the name order and test each key (matches are dense, a page fills fast). */
  | { kind: 'dense'; key: string }
  | { kind: 'nothing' };

/**
 * The people whose search key has a word starting with `key`, at most `limit` index entries: the
 * same predicate as the dense walk, answered by the trigram index (and the key's B-tree for the
 * first word) where there is one, else as a range of the suffix table.
 */
export async function nameMatches(db: Kysely<Database>, key: string, limit: number): Promise<string[]> {
  if (await usesTrigramIndex(db)) {
    const rows = await db
      .selectFrom('people')
      .select('id')
      .where((eb) => eb.or([eb('search_key', 'like', `${key}%`), eb('search_key', 'like', `% ${key}%`)]))
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }
  const rows = await db
    .selectFrom('people_name_suffixes')
    .select('person_id')
    .where('suffix', '>=', key)
    .where('suffix', '<', `${key}\uffff`)
    .limit(limit)
    .execute();
  return rows.map((r) => r.person_id);
}

/**
 * A name search matches from the start of any word: "van an" finds
 * "Nguyễn Văn An" and "Trần Văn Anh", "an" does not find "Lan".
 */
export async function planSearch(db: Kysely<Database>, key: string, selective = SEARCH_SELECTIVE): Promise<SearchPlan> {
  if (!key) return { kind: 'none' };
  if (/^\d{12}$/u.test(key)) return { kind: 'citizen', citizenId: key };
  const ids = await nameMatches(db, key, selective + 1);
  if (!ids.length) return { kind: 'nothing' };
  if (ids.length > selective) return { kind: 'dense', key };
  return { kind: 'ids', ids: [...new Set(ids)] };
}
