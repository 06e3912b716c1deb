import type SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isPostgres } from '../../db/index.ts';
import { sqliteHandleOf } from '../../db/rawHandle.ts';
import { newId } from '../../platform/ids.ts';
import { valuesIn } from './queries.ts';
import { writeValues, type ValueWrite } from './save.ts';
import { refreshTotals, touchedBy } from './totals.ts';

/**
 * The import's write of many values: the same rules as `writeValues` (only what changed, a history row each, the
 * version bumped on update), without a query built per chunk by the query builder — which, with the statement
 * text parsed again each time, was most of the import's CPU:
 * - SQLite: statements prepared once per connection and run with bound values, 100 rows a run;
 * - PostgreSQL: one parameter per 5,000 rows, `json_populate_recordset` typed by the table's own row type.
 */
const READ_BATCH = 500;
const PG_CHUNK = 5_000;
/** Rows per SQLite run: 14 × 100 bound values, far under SQLite's bound; fewer calls into the driver. */
const SQLITE_ROWS = 100;

const VALUE_COLS = [
  'indicator_id',
  'unit_id',
  'period',
  'category',
  'period_type',
  'year',
  'month',
  'value',
  'revision',
  'comment',
  'updated_by',
  'created_at',
  'updated_at',
  'version',
] as const;
const HISTORY_COLS = [
  'id',
  'indicator_id',
  'unit_id',
  'period',
  'category',
  'value',
  'revision',
  'comment',
  'changed_by',
  'changed_at',
] as const;
const list = (cols: readonly string[]) => cols.map((c) => `"${c}"`).join(',');
const UPSERT = `on conflict ("indicator_id","unit_id","period","category") do update set "value" = excluded."value",
 "revision" = excluded."revision", "comment" = excluded."comment", "updated_by" = excluded."updated_by",
 "updated_at" = excluded."updated_at", "version" = "stat_values"."version" + 1`;

interface Row extends ValueWrite {
  revision: NonNullable<ValueWrite['revision']>;
  comment: string;
}

const chunks = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** The rows that change what is stored (value, revision or comment), with the revision and comment kept when not given. */
async function changed(trx: Transaction<Database>, cells: ValueWrite[]): Promise<Row[]> {
  const units = [...new Set(cells.map((c) => c.unitId))];
  const indicators = [...new Set(cells.map((c) => c.indicatorId))];
  const periods = [...new Set(cells.map((c) => c.period.id))];
  const byKey = new Map<string, Awaited<ReturnType<typeof valuesIn>>[number]>();
  for (const u of chunks(units, READ_BATCH))
    for (const p of chunks(periods, READ_BATCH))
      for (const v of await valuesIn(trx, u, indicators, p))
        byKey.set(`${v.unit_id}|${v.indicator_id}|${v.category}|${v.period}`, v);
  const rows: Row[] = [];
  for (const c of cells) {
    const old = byKey.size ? byKey.get(`${c.unitId}|${c.indicatorId}|${c.category}|${c.period.id}`) : undefined;
    const revision = c.revision ?? old?.revision ?? 'estimate';
    const comment = c.comment ?? old?.comment ?? '';
    const oldValue = old?.value === null || old?.value === undefined ? null : Number(old.value);
    if (old && oldValue === c.value && old.revision === revision && old.comment === comment) continue;
    if (!old && c.value === null && !comment) continue;
    rows.push({ ...c, revision, comment });
  }
  return rows;
}

const valueParams = (c: Row, userId: string | null, now: string): unknown[] => [
  c.indicatorId,
  c.unitId,
  c.period.id,
  c.category,
  c.period.type,
  c.period.year,
  c.period.month,
  c.value,
  c.revision,
  c.comment,
  userId,
  now,
  now,
  1,
];
const historyParams = (c: Row, userId: string | null, now: string): unknown[] => [
  newId(),
  c.indicatorId,
  c.unitId,
  c.period.id,
  c.category,
  c.value,
  c.revision,
  c.comment,
  userId,
  now,
];

const prepared = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

function statement(handle: SqliteDatabase.Database, text: string): SqliteDatabase.Statement {
  let known = prepared.get(handle);
  if (!known) prepared.set(handle, (known = new Map()));
  let stmt = known.get(text);
  if (!stmt) known.set(text, (stmt = handle.prepare(text)));
  return stmt;
}

/** Runs `head values (…),(…) tail` over the rows, SQLITE_ROWS a run, then the rest one by one. */
function runSqlite(
  handle: SqliteDatabase.Database,
  head: string,
  width: number,
  tail: string,
  rows: Row[],
  params: (r: Row) => unknown[],
): void {
  const tuple = `(${Array.from({ length: width }, () => '?').join(',')})`;
  const many = statement(
    handle,
    `${head} values ${Array.from({ length: SQLITE_ROWS }, () => tuple).join(',')} ${tail}`,
  );
  const one = statement(handle, `${head} values ${tuple} ${tail}`);
  const full = rows.length - (rows.length % SQLITE_ROWS);
  const bound: unknown[] = new Array(width * SQLITE_ROWS);
  for (let i = 0; i < full; i += SQLITE_ROWS) {
    for (let j = 0; j < SQLITE_ROWS; j++) {
      const p = params(rows[i + j]!);
      for (let k = 0; k < width; k++) bound[j * width + k] = p[k];
    }
    many.run(bound);
  }
  for (let i = full; i < rows.length; i++) one.run(params(rows[i]!));
}

/** Writes the imported values that changed, each with a history row; answers how many were written. */
export async function writeImported(
  trx: Transaction<Database>,
  cells: ValueWrite[],
  userId: string | null,
  now: string,
): Promise<number> {
  const handle = sqliteHandleOf(trx);
  const pg = isPostgres(trx);
  if (!handle && !pg) return writeValues(trx, cells, userId, now);
  const rows = await changed(trx, cells);
  if (handle) {
    runSqlite(handle, `insert into "stat_values" (${list(VALUE_COLS)})`, VALUE_COLS.length, UPSERT, rows, (r) =>
      valueParams(r, userId, now),
    );
    runSqlite(handle, `insert into "stat_value_history" (${list(HISTORY_COLS)})`, HISTORY_COLS.length, '', rows, (r) =>
      historyParams(r, userId, now),
    );
    if (rows.length) await refreshTotals(trx, touchedBy(rows));
    return rows.length;
  }
  const asObject = (cols: readonly string[], p: unknown[]) => Object.fromEntries(cols.map((c, i) => [c, p[i]]));
  const into = (table: string, cols: readonly string[], tail: string) =>
    `insert into "${table}" (${list(cols)}) select ${list(cols)} from json_populate_recordset(null::"${table}", $1::json) ${tail}`;
  for (const part of chunks(rows, PG_CHUNK)) {
    const values = part.map((r) => asObject(VALUE_COLS, valueParams(r, userId, now)));
    await trx.executeQuery(CompiledQuery.raw(into('stat_values', VALUE_COLS, UPSERT), [JSON.stringify(values)]));
    const history = part.map((r) => asObject(HISTORY_COLS, historyParams(r, userId, now)));
    await trx.executeQuery(CompiledQuery.raw(into('stat_value_history', HISTORY_COLS, ''), [JSON.stringify(history)]));
  }
  if (rows.length) await refreshTotals(trx, touchedBy(rows));
  return rows.length;
}
