import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { bulkInsert } from '../../db/bulk.ts';
import { nameSuffixes } from '../../db/migrations/20261126_002_people_name_suffixes.ts';

/** Rewrites the name-suffix index of these people (inside the caller's transaction). */
export async function indexNames(
  trx: Transaction<Database> | Kysely<Database>,
  people: { id: string; search_key: string }[],
  opts: { fresh?: boolean } = {},
): Promise<void> {
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
  /** Few matches: the ids come from the suffix index. */
  | { kind: 'ids'; ids: string[] }
  /** Many matches: walk the name order and test each key (matches are dense, a page fills fast). */
  | { kind: 'dense'; key: string }
  | { kind: 'nothing' };

/**
 * A name search matches from the start of any word: "van an" finds
 * "Nguyễn Văn An" and "Trần Văn Anh", "an" does not find "Lan".
 */
export async function planSearch(db: Kysely<Database>, key: string, selective = SEARCH_SELECTIVE): Promise<SearchPlan> {
  if (!key) return { kind: 'none' };
  if (/^\d{12}$/u.test(key)) return { kind: 'citizen', citizenId: key };
  const rows = await db
    .selectFrom('people_name_suffixes')
    .select('person_id')
    .where('suffix', '>=', key)
    .where('suffix', '<', `${key}\uffff`)
    .limit(selective + 1)
    .execute();
  if (!rows.length) return { kind: 'nothing' };
  if (rows.length > selective) return { kind: 'dense', key };
  return { kind: 'ids', ids: [...new Set(rows.map((r) => r.person_id))] };
}
