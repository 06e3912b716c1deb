import { searchKey } from '@thidua/domain';
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import { bool, flag, num } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import type { RegistryKindSpec } from './kinds.ts';

/**
 * The registry tables share one shape (kinds.ts); Kysely cannot type a table chosen at run time, so the
 * generic module reads and writes them through this loose view, its columns checked against the kind's
 * description instead.
 */
export type Row = Record<string, unknown> & {
  id: string;
  unit_id: string | null;
  valid_from: string;
  valid_to: string | null;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
};
export type LooseDb = Kysely<Record<string, Row>>;
export type Executor = Kysely<Database> | Transaction<Database>;
export type RowQuery = SelectQueryBuilder<Record<string, Row>, string, Row>;
export const loose = (db: Executor) => db as unknown as LooseDb;

/** Rows valid on a date: begun on or before it and not ended by it (valid_to is the first day no longer valid). */
export const validAt = (q: RowQuery, asOf: string): RowQuery =>
  q.where('valid_from', '<=', asOf).where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]));

/** The diacritics-free key the search box matches: name first (it also orders the list), then codes and address. */
export const searchKeyOf = (v: Record<string, unknown>) =>
  searchKey([v.name, v.code, v.taxCode, v.address].filter((x) => typeof x === 'string' && x).join(' '));

/** The API view of a row, field by field as the kind describes it. */
export function viewOf(s: RegistryKindSpec, row: Row, unitName: string | null, abilities: object) {
  const out: Record<string, unknown> = { id: row.id, kind: s.kind, unitName };
  for (const c of s.columns) {
    const v = row[c.column];
    if (c.type === 'bool') out[c.key] = bool(v);
    else if (c.type === 'int' || c.type === 'number') out[c.key] = v === null || v === undefined ? null : num(v);
    else if (c.type === 'date' || c.type === 'unit') out[c.key] = (v as string | null) ?? null;
    else out[c.key] = (v as string | null) ?? '';
  }
  // A count column the demo left empty reads 0; the score alone may be unknown.
  for (const c of s.columns) if (c.type === 'int' && out[c.key] === null) out[c.key] = 0;
  return { ...out, abilities, version: num(row.version), createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The columns an input writes (only the keys it carries), with the search key. */
export function valuesOf(s: RegistryKindSpec, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of s.columns) {
    if (!(c.key in input)) continue;
    out[c.column] = c.type === 'bool' ? flag(Boolean(input[c.key])) : input[c.key];
  }
  out.search_key = searchKeyOf(input);
  return out;
}

/** Names of the reporting units of some rows, in one query. */
export async function unitNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('stat_units').select(['id', 'name', 'code']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** count(*) as a number on both databases. */
export const countExpr = () => sql<number | string>`count(*)`;
