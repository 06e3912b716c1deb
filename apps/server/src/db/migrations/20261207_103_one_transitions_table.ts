import { sql, type Kysely } from 'kysely';

/**
 * Movements and dossiers kept their status history in two tables of the same
 * shape, written by two copies of the same code. One `transitions` table,
 * keyed by entity type and id, with `seq` numbering each row's steps in order
 * (the old tables ordered by time, then by random id on a tie) and `data` for
 * whatever else a step carries. Every old row is copied; the old tables go.
 */
const OLD = [
  { table: 'movement_transitions', key: 'movement_id', type: 'movement' },
  { table: 'proposal_transitions', key: 'proposal_id', type: 'proposal' },
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('transitions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addUniqueConstraint('transitions_entity_seq_uq', ['entity_type', 'entity_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('transitions_entity_idx')
    .on('transitions')
    .columns(['entity_type', 'entity_id'])
    .execute();
  for (const o of OLD) {
    await sql`
      insert into transitions
        (id, entity_type, entity_id, seq, action, from_status, to_status, actor_id, actor_name, reason, at, data)
      select id, ${o.type}, ${sql.ref(o.key)},
        row_number() over (partition by ${sql.ref(o.key)} order by at, id),
        action, from_status, to_status, actor_id, actor_name, reason, at, '{}'
      from ${sql.table(o.table)}`.execute(db);
    await db.schema.dropTable(o.table).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const o of OLD) {
    const parent = o.type === 'movement' ? 'movements' : 'proposals';
    await db.schema
      .createTable(o.table)
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn(o.key, 'text', (c) => c.notNull().references(`${parent}.id`).onDelete('cascade'))
      .addColumn('action', 'text')
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex(`${o.table}_${o.type}_idx`).on(o.table).columns([o.key, 'at']).execute();
    await sql`
      insert into ${sql.table(o.table)} (id, ${sql.ref(o.key)}, action, from_status, to_status, actor_id, actor_name, reason, at)
      select id, entity_id, action, from_status, to_status, actor_id, actor_name, reason, at
      from transitions where entity_type = ${o.type}`.execute(db);
  }
  await db.schema.dropTable('transitions').execute();
}
