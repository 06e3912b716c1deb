import type { Kysely } from 'kysely';

/**
 * Anchors the audit chain. A plain sha256 chain can be cut at its end or
 * rewritten from any entry on by whoever can write the database, so entries
 * are now chained with HMAC-SHA256 under a key kept outside the database,
 * and `audit_heads` records, from time to time, how long the chain was and
 * its last hash under a MAC with the same key.
 *
 * Existing entries are not rehashed (the migration has no key, and rewriting
 * history is what the log must never do): each entry names its scheme in
 * `hash_alg`, so entries written before this migration keep verifying as
 * 'sha256'. The first start with a key writes a head over them, which seals
 * them; `audit verify` refuses a 'sha256' entry after a keyed one or one that
 * no head covers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('audit_log')
    .addColumn('hash_alg', 'text', (c) => c.notNull().defaultTo('sha256'))
    .execute();
  await db.schema
    .createTable('audit_heads')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('last_entry_id', 'text')
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('mac', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_heads_seq_idx').on('audit_heads').column('seq').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_heads').execute();
  await db.schema.alterTable('audit_log').dropColumn('hash_alg').execute();
}
