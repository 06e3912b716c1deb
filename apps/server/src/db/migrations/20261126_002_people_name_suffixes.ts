import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../index.ts';

/**
 * Word-suffixes of each person's diacritics-free name ("nguyen van an",
 * "van an", "an"), so that a name search — which matches from the start of
 * any word — is an index range scan instead of a scan of every person. Rare
 * names stay fast at province and national scale on both databases.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPg = isPostgres(db);
  await db.schema
    .createTable('people_name_suffixes')
    .addColumn('suffix', 'text', (c) => (isPg ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('people_name_suffixes_pk', ['suffix', 'person_id'])
    .execute();
  await db.schema
    .createIndex('people_name_suffixes_person_idx')
    .on('people_name_suffixes')
    .column('person_id')
    .execute();
  // Backfill whatever people exist already.
  const people = await db.selectFrom('people').select(['id', 'search_key']).execute();
  const rows = people.flatMap((p: { id: string; search_key: string }) =>
    nameSuffixes(p.search_key).map((suffix) => ({ suffix, person_id: p.id })),
  );
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('people_name_suffixes')
      .values(rows.slice(i, i + 1000))
      .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('people_name_suffixes').execute();
}

/** "nguyen van an" → ["nguyen van an", "van an", "an"] (distinct). */
export function nameSuffixes(searchKey: string): string[] {
  const words = searchKey.split(' ').filter(Boolean);
  return [...new Set(words.map((_, i) => words.slice(i).join(' ')))];
}
