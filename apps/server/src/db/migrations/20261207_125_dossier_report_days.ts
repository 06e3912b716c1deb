import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from '../index.ts';

/**
 * Biểu 06 and the desk's queues at a million dossiers (docs/performance.md, one-stop). The report compares and
 * groups by Vietnam dates, which it derived row by row from the stored UTC instants (text parsing of every row
 * of the year: 5–9 s at a million). The dossier now carries those dates as generated columns (days since
 * 1970-01-01 in Asia/Ho_Chi_Minh, UTC+7 without summer time, so `dayNumber` of packages/domain), which the
 * database fills on every write whoever writes (desk, import, seed, fixtures) and computes for the rows
 * already there; one covering index in finish-date order serves the report's three queries without
 * reading the table.
 *
 * SQLite adds them as VIRTUAL (ALTER TABLE cannot add STORED; the index holds the values), PostgreSQL as
 * STORED from immutable functions only (make_date, date − date, text → int), one table rewrite.
 */
type Dialect = 'sqlite' | 'postgres';

/** The Vietnam day number of an instant column (null when it is null): the UTC date, plus one from 17:00. */
function vnDay(dialect: Dialect, x: RawBuilder<unknown>): RawBuilder<number> {
  const next = sql`case when substr(${x}, 12, 2) >= '17' then 1 else 0 end`;
  return dialect === 'postgres'
    ? sql`(make_date(cast(substr(${x}, 1, 4) as integer), cast(substr(${x}, 6, 2) as integer), cast(substr(${x}, 9, 2) as integer)) - date '1970-01-01') + ${next}`
    : sql`cast(julianday(substr(${x}, 1, 10)) as integer) - 2440587 + ${next}`;
}

/** The legal due time: the one an apology leaves (original), else the current one. */
const LEGAL_DUE = sql`coalesce(original_due_at, due_at)`;

function columns(dialect: Dialect): [string, RawBuilder<unknown>][] {
  return [
    ['received_day', vnDay(dialect, sql.ref('received_at'))],
    ['finished_day', vnDay(dialect, sql.ref('finished_at'))],
    ['closed_day', vnDay(dialect, sql.ref('closed_at'))],
    ['due_day', vnDay(dialect, LEGAL_DUE)],
    // Finished after the legal due instant (on the due date this is late only when judged by the instant).
    [
      'finished_past_due',
      sql`case when finished_at is null or ${LEGAL_DUE} is null then null when finished_at > ${LEGAL_DUE} then 1 else 0 end`,
    ],
  ];
}

const INDEX_COLUMNS = [
  'finished_day',
  'field',
  'procedure_id',
  'received_day',
  'channel',
  'due_day',
  'finished_past_due',
  'closed_day',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect: Dialect = isPostgres(db) ? 'postgres' : 'sqlite';
  if (dialect === 'postgres') {
    // One ALTER TABLE with every column, so the table is rewritten once.
    const [first, ...rest] = columns(dialect);
    let alter = db.schema
      .alterTable('dossiers')
      .addColumn(first![0], 'integer', (c) => c.generatedAlwaysAs(first![1]).stored());
    for (const [name, expr] of rest)
      alter = alter.addColumn(name, 'integer', (c) => c.generatedAlwaysAs(expr).stored());
    await alter.execute();
  } else {
    // SQLite adds one column a statement; a VIRTUAL column costs nothing until read or indexed.
    for (const [name, expr] of columns(dialect))
      await db.schema
        .alterTable('dossiers')
        .addColumn(name, 'integer', (c) => c.generatedAlwaysAs(expr))
        .execute();
  }
  await db.schema.createIndex('dossiers_report').on('dossiers').columns(INDEX_COLUMNS).execute();
  // The desk's queues: a page of the overdue queue or of an officer's own dossiers sorted every matching row
  // whole (ten thousand and more at a million, 20–30 ms of CPU); the list now picks the page's ids first
  // (modules/dossiers/list.ts), from these indexes alone: status or assignee, the due time, the id the order
  // ends on. They extend dossiers_status_due and dossiers_assignee of migration 118, which they replace.
  await db.schema.createIndex('dossiers_status_due_id').on('dossiers').columns(['status', 'due_at', 'id']).execute();
  await db.schema
    .createIndex('dossiers_assignee_due_id')
    .on('dossiers')
    .columns(['assignee_id', 'status', 'due_at', 'id'])
    .execute();
  await db.schema.dropIndex('dossiers_status_due').execute();
  await db.schema.dropIndex('dossiers_assignee').execute();
  // Statistics of the new columns for the planner now (VACUUM, which lets it read the index alone, cannot run
  // in the migration's transaction: autovacuum follows the rewrite).
  if (dialect === 'postgres') await sql`analyze dossiers`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('dossiers_status_due').on('dossiers').columns(['status', 'due_at']).execute();
  await db.schema.createIndex('dossiers_assignee').on('dossiers').columns(['assignee_id', 'status']).execute();
  await db.schema.dropIndex('dossiers_assignee_due_id').execute();
  await db.schema.dropIndex('dossiers_status_due_id').execute();
  await db.schema.dropIndex('dossiers_report').execute();
  for (const [name] of columns(isPostgres(db) ? 'postgres' : 'sqlite').reverse())
    await db.schema.alterTable('dossiers').dropColumn(name).execute();
}
