import type { Kysely } from 'kysely';

/**
 * The voting setting's one `strict` switch becomes a comparison per award (`comparisons`, with a
 * `default`). A department that stored the setting keeps what it chose, for every award: `strict`
 * true is "trên" (more_than) everywhere, false "từ … trở lên" (at_least) everywhere. A department
 * that never stored it gets the new defaults (a majority "trên 50%"), since no row means the default.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const row = (await db
    .selectFrom('settings')
    .select(['value', 'version'])
    .where('key', '=', 'council.voting')
    .executeTakeFirst()) as { value: string; version: number } | undefined;
  if (!row) return;
  const old = JSON.parse(row.value) as { strict?: boolean; comparisons?: unknown };
  if (old.comparisons) return;
  const { strict, ...rest } = old;
  const value = { ...rest, comparisons: { default: strict === true ? 'more_than' : 'at_least' } };
  await db
    .updateTable('settings')
    .set({ value: JSON.stringify(value), version: row.version + 1 })
    .where('key', '=', 'council.voting')
    .execute();
}
