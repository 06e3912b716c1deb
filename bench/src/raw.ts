/**
 * The same list queries as hand-written SQL on one connection, in a tight
 * loop: the floor the API's overhead is measured against ("ratio to raw SQL").
 * Page rows only, joined to the unit name, no total count, no session check.
 */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { searchKey } from '@thidua/domain';

export interface RawQuery {
  id: string;
  /** WHERE clause with `?` placeholders, in order of `params`. */
  where: string;
  params: string[];
  /** PostgreSQL's own WHERE and parameters, where its name index differs (the trigram index, migration 137). */
  postgres?: { where: string; params: string[] };
  offset: number;
}

/**
 * Same semantics as the API (a name search matches from the start of any
 * word): a common name walks the name order, a rare one reads the word-suffix index
 * (PostgreSQL: the trigram index on the search key).
 */
export function rawQueries(unitId: string, rareName: string): RawQuery[] {
  const common = searchKey('nguyen van');
  const rare = searchKey(rareName);
  return [
    { id: 'a', where: '', params: [], offset: 0 },
    {
      id: 'b',
      where: 'where (p.search_key like ? or p.search_key like ?)',
      params: [`${common}%`, `% ${common}%`],
      offset: 0,
    },
    { id: 'c', where: 'where p.org_id = ?', params: [unitId], offset: 100 },
    {
      id: 'd',
      where: 'where p.id in (select person_id from people_name_suffixes where suffix >= ? and suffix < ?)',
      params: [rare, `${rare}\uffff`],
      postgres: { where: 'where (p.search_key like ? or p.search_key like ?)', params: [`${rare}%`, `% ${rare}%`] },
      offset: 0,
    },
  ];
}

const text = (q: RawQuery, dialect: 'sqlite' | 'postgres') => {
  let n = 0;
  const where = dialect === 'sqlite' ? q.where : (q.postgres?.where ?? q.where).replace(/\?/gu, () => `$${++n}`);
  return `select p.*, o.name as org_name from people p join organisations o on o.id = p.org_id ${where} order by p.sort_key, p.id limit 50 offset ${q.offset}`;
};

/** Queries per second over `seconds`, one after another on one SQLite connection. */
export function rawSqlite(file: string, q: RawQuery, seconds: number): number {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const stmt = db.prepare(text(q, 'sqlite'));
    const args = q.params;
    const end = performance.now() + seconds * 1000;
    let n = 0;
    while (performance.now() < end) {
      stmt.all(...args);
      n++;
    }
    return n / seconds;
  } finally {
    db.close();
  }
}

/** Queries per second over `seconds`, awaited one by one on one PostgreSQL connection (prepared once). */
export async function rawPostgres(url: string, q: RawQuery, seconds: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = { name: `raw_${q.id}`, text: text(q, 'postgres'), values: q.postgres?.params ?? q.params };
    const end = performance.now() + seconds * 1000;
    let n = 0;
    while (performance.now() < end) {
      await client.query(query);
      n++;
    }
    return n / seconds;
  } finally {
    await client.end();
  }
}
