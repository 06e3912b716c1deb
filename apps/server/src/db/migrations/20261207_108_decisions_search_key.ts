import type { Kysely } from 'kysely';
import { decisionSearchKey, initiativeSearchKey } from '../searchKeys.ts';

/**
 * The decision register and the initiative registry are searched by text. Both searched in
 * JavaScript, the decisions after a 2,000-row cut (older matches disappeared) and the initiatives
 * over every row of the registry. Each now keeps a diacritics-free, lower-case key (decisions:
 * number, summary, signer; initiatives: title), written with the record, so the search runs in
 * SQL on both databases under the list's paging. Existing rows are backfilled here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('decisions')
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('initiatives')
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await backfill(db, 'decisions', ['number', 'summary', 'signer'], (r) =>
    decisionSearchKey({ number: r.number ?? '', summary: r.summary ?? '', signer: r.signer ?? '' }),
  );
  await backfill(db, 'initiatives', ['title'], (r) => initiativeSearchKey({ title: r.title ?? '' }));
}

/** Keyset batches: a large register is read 1,000 rows at a time, not all at once. */
async function backfill(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  table: string,
  columns: string[],
  keyOf: (row: Record<string, string | undefined>) => string,
): Promise<void> {
  let after = '';
  for (;;) {
    const rows = (await db
      .selectFrom(table)
      .select(['id', ...columns])
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute()) as Record<string, string>[];
    if (!rows.length) return;
    for (const r of rows)
      await db
        .updateTable(table)
        .set({ search_key: keyOf(r) })
        .where('id', '=', r.id)
        .execute();
    after = rows[rows.length - 1]!.id!;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('initiatives').dropColumn('search_key').execute();
  await db.schema.alterTable('decisions').dropColumn('search_key').execute();
}
