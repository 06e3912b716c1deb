import type { Kysely } from 'kysely';
import { searchKey } from '@thidua/domain';

/**
 * The statistics catalog's smaller lists (disaggregations, data sets, validation rules) are searched like every
 * other list: without diacritics, on code and name. They get the same stored search key as indicators and units.
 */
const TABLES = ['stat_disaggregations', 'stat_datasets', 'stat_rules'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) {
    await db.schema
      .alterTable(t)
      .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    const rows = (await db.selectFrom(t).select(['id', 'code', 'name']).execute()) as {
      id: string;
      code: string;
      name: string;
    }[];
    for (const r of rows)
      await db
        .updateTable(t)
        .set({ search_key: searchKey(`${r.code} ${r.name}`) })
        .where('id', '=', r.id)
        .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) await db.schema.alterTable(t).dropColumn('search_key').execute();
}
