/**
 * P1: the whole candidate list of the province (every ladder, every subject)
 * through the API, next to the fastest hand-written SQL for one ladder —
 * CSTĐ cấp tỉnh: CSTĐCS in Y-2, Y-1 and Y, an initiative recognised at
 * provincial level or higher in those years that no other award of the
 * person used, no CSTĐ tỉnh already covering the window, no discipline in it
 * and no open review — run straight on the database. Both are timed the same
 * way: one warm-up, then `runs` runs one after another; median and minimum.
 */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { rssMb } from './server.ts';

export const LADDER = 'provincial_emulation_fighter';

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

export interface CandidatesResult {
  /** Null when the server has no candidate route (404). */
  api:
    | (Timing & {
        items: number;
        subjectsJudged: number;
        ladderCount: number;
        bytes: number;
        rssMb?: number;
        /** The same route for the CSTĐ cấp tỉnh ladder only (`&awardCode=`), beside its hand-written SQL. */
        ladder?: Timing & { items: number };
      })
    | null;
  apiError?: string;
  sql: Timing & { count: number };
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { medianMs, minMs: sorted[0]!, runs: samples.length };
}

interface CandidateListBody {
  subjectsJudged: number;
  items: { subjectKind: string; subjectId: string; awards: { code: string }[] }[];
}

/** GET /api/v1/eligibility/candidates?orgId=ROOT&year=Y, timed to the last byte of the body. */
export async function timeCandidatesApi(
  baseUrl: string,
  cookie: string,
  pid: number | undefined,
  rootId: string,
  year: number,
  runs: number,
  awardCode?: string,
): Promise<CandidatesResult['api'] | { error: string }> {
  const url = `${baseUrl}/api/v1/eligibility/candidates?orgId=${rootId}&year=${year}&include=all${awardCode ? `&awardCode=${awardCode}` : ''}`;
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const text = await res.text();
    return { ms: performance.now() - t, status: res.status, text };
  };
  const first = await once(); // warm-up (also the answer checked)
  if (first.status !== 200) return { error: `${first.status}: ${first.text.slice(0, 300)}` };
  const body = JSON.parse(first.text) as CandidateListBody;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await once()).ms);
  const rss = rssMb(pid);
  return {
    ...timing(samples),
    items: body.items.length,
    subjectsJudged: body.subjectsJudged,
    ladderCount: body.items.filter((i) => i.subjectKind === 'individual' && i.awards.some((a) => a.code === LADDER))
      .length,
    bytes: first.text.length,
    ...(rss === undefined ? {} : { rssMb: rss }),
  };
}

/**
 * The ladder in one statement. It starts from the few initiatives recognised at provincial level or
 * higher in the window (a scan of a small table), reaches their authors, and checks everything
 * else through the (subject_id, year) and subject_id indexes (CROSS JOIN: SQLite keeps that order). Same reading as the engine: an
 * initiative counts as used when another award of the same person rests on it (the award judged,
 * CSTĐ tỉnh of Y, excepted); reviews are read on 01/01 of Y+1; people working or on leave.
 */
export function ladderSql(dialect: 'sqlite' | 'postgres', year: number): { text: string; params: unknown[] } {
  const from = `${year - 2}-01-01`;
  const to = `${year + 1}-01-01`;
  const params: unknown[] = [from, to, year, LADDER, year - 2, year, `${year}-12-31`, `${year + 1}-01-01`];
  const text = `
select distinct a.person_id
from initiatives i
cross join initiative_authors a
cross join people p
where i.level in ('provincial', 'national') and i.recognised_on >= $1 and i.recognised_on < $2
  and a.initiative_id = i.id and p.id = a.person_id and p.status in ('working', 'on_leave')
  and not exists (
    select 1 from award_record_initiatives l join award_records u on u.id = l.award_record_id
    where l.initiative_id = i.id and u.subject_id = a.person_id
      and not (u.award_code = $4 and u.year = $3))
  and (select count(distinct f.year) from award_records f
       where f.subject_id = a.person_id and f.year between $5 and $6
         and f.award_code = 'grassroots_emulation_fighter' and f.commendation_type = 'periodic') = 3
  and not exists (
    select 1 from award_records r
    where r.subject_id = a.person_id and r.award_code = $4 and r.year >= $5 and r.from_year <= $6
      and not (r.year = $6 and r.from_year = $5))
  and not exists (
    select 1 from subject_periods d
    where d.subject_id = a.person_id and d.category = 'discipline'
      and d.from_date <= $7 and (d.to_date is null or d.to_date >= $1))
  and not exists (
    select 1 from subject_periods v
    where v.subject_id = a.person_id and v.category = 'review'
      and v.from_date <= $8 and (v.to_date is null or v.to_date >= $8))`;
  if (dialect === 'postgres') return { text, params };
  // better-sqlite3 binds named parameters from an object.
  return {
    text: text.replace(/\$(\d)/gu, '@p$1'),
    params: [Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]))],
  };
}

export function ladderSqlite(file: string, year: number, runs: number): CandidatesResult['sql'] {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const q = ladderSql('sqlite', year);
    const stmt = db.prepare(q.text).pluck();
    const ids = stmt.all(...q.params) as string[]; // warm-up
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      stmt.all(...q.params);
      samples.push(performance.now() - t);
    }
    return { ...timing(samples), count: ids.length };
  } finally {
    db.close();
  }
}

export async function ladderPostgres(url: string, year: number, runs: number): Promise<CandidatesResult['sql']> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = ladderSql('postgres', year);
    const query = { name: 'ladder', text: q.text, values: q.params };
    const first = await client.query(query);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await client.query(query);
      samples.push(performance.now() - t);
    }
    return { ...timing(samples), count: first.rowCount ?? first.rows.length };
  } finally {
    await client.end();
  }
}
