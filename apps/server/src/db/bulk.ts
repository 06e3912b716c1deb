import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { isPostgres } from './index.ts';

const cache = new Map<string, string>();

/**
 * Multi-row INSERT for imports of tens of thousands of rows. The statement
 * text is built once per shape and reused, which the query builder cannot
 * do; values are always bound parameters.
 */
export async function bulkInsert<T extends keyof Database & string>(
  trx: Transaction<Database> | Kysely<Database>,
  table: T,
  rows: Database[T][],
  chunk = 500,
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0] as object);
  const pg = isPostgres(trx);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const key = `${pg}|${table}|${columns.join(',')}|${part.length}`;
    let text = cache.get(key);
    if (!text) {
      let n = 0;
      const tuple = () => `(${columns.map(() => (pg ? `$${++n}` : '?')).join(',')})`;
      text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${part.map(tuple).join(',')}`;
      cache.set(key, text);
    }
    const params: unknown[] = [];
    for (const row of part)
      for (const c of columns) params.push((row as unknown as Record<string, unknown>)[c] ?? null);
    await trx.executeQuery(CompiledQuery.raw(text, params));
  }
}
