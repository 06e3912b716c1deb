/**
 * Province-scale award history for the benchmark: ten years (2017–2026) of
 * ratings and annual titles for every person of the dataset, the provincial
 * forms their chains lead to, initiatives (most used by the award they
 * founded, some still free, some "reused" traps), discipline and review
 * periods, and the units' own ratings and collective titles. The state is
 * that of early December 2026: the grassroots titles of 2026 are decided, so
 * every ladder has candidates.
 *
 * Rows go in through the fastest path of each database: prepared statements
 * in one transaction on SQLite, `insert … select from unnest(arrays)` in
 * batches of 10,000 on PostgreSQL. A load fixture, not a business write: no audit.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Db } from '../../apps/server/src/db/index.ts';
import { initiativeSearchKey } from '../../apps/server/src/db/searchKeys.ts';
import { Rng } from '../../apps/server/src/seed/names.ts';

export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2026;

export interface HistoryPerson {
  id: string;
  org_id: string;
  start_date: string | null;
  status: string;
  gender: string;
}

// prettier-ignore
const TABLES = {
  ratings: [['id', 'text'], ['subject_kind', 'text'], ['subject_id', 'text'], ['org_id', 'text'], ['year', 'int4'], ['rating', 'text'], ['note', 'text'], ['created_at', 'text'], ['updated_at', 'text'], ['version', 'int4']],
  award_records: [['id', 'text'], ['subject_kind', 'text'], ['subject_id', 'text'], ['org_id', 'text'], ['award_code', 'text'], ['year', 'int4'], ['from_year', 'int4'], ['commendation_type', 'text'], ['decision_number', 'text'], ['decision_date', 'text'], ['decision_signer', 'text'], ['decision_authority', 'text'], ['origin', 'text'], ['note', 'text'], ['flag', 'text'], ['created_at', 'text'], ['updated_at', 'text'], ['version', 'int4']],
  initiatives: [['id', 'text'], ['title', 'text'], ['kind', 'text'], ['field', 'text'], ['org_id', 'text'], ['level', 'text'], ['recognised_on', 'text'], ['decision_number', 'text'], ['decision_signer', 'text'], ['summary', 'text'], ['search_key', 'text'], ['created_at', 'text'], ['updated_at', 'text'], ['version', 'int4']],
  initiative_authors: [['initiative_id', 'text'], ['person_id', 'text'], ['share', 'int4']],
  award_record_initiatives: [['award_record_id', 'text'], ['initiative_id', 'text']],
  subject_periods: [['id', 'text'], ['category', 'text'], ['kind', 'text'], ['subject_kind', 'text'], ['subject_id', 'text'], ['org_id', 'text'], ['from_date', 'text'], ['to_date', 'text'], ['decision_number', 'text'], ['note', 'text'], ['created_at', 'text'], ['updated_at', 'text'], ['version', 'int4']],
} as const;
type Table = keyof typeof TABLES;
/** Parents first: foreign keys hold at every flush. */
const ORDER: Table[] = [
  'initiatives',
  'initiative_authors',
  'award_records',
  'award_record_initiatives',
  'ratings',
  'subject_periods',
];
const PG_BATCH = 10_000;

/** Rows buffered per table; SQLite writes them at once, PostgreSQL in array batches. */
class Sink {
  private readonly buffers = new Map<Table, unknown[][]>(ORDER.map((t) => [t, []]));
  private readonly statements = new Map<Table, { run(...a: unknown[]): unknown }>();
  readonly counts: Record<Table, number> = Object.fromEntries(ORDER.map((t) => [t, 0])) as Record<Table, number>;
  constructor(private readonly db: Db) {
    if (db.sqlite)
      for (const t of ORDER) {
        const cols = TABLES[t].map(([c]) => c);
        this.statements.set(
          t,
          db.sqlite.prepare(`insert into ${t} (${cols.join(',')}) values (${cols.map(() => '?').join(',')})`),
        );
      }
  }
  push(t: Table, row: unknown[]): void {
    this.counts[t]++;
    if (this.statements.size) this.statements.get(t)!.run(...row);
    else this.buffers.get(t)!.push(row);
  }
  get pending(): number {
    let n = 0;
    for (const b of this.buffers.values()) n += b.length;
    return n;
  }
  async flush(): Promise<void> {
    for (const t of ORDER) {
      const rows = this.buffers.get(t)!;
      if (!rows.length) continue;
      const cols = TABLES[t];
      for (let i = 0; i < rows.length; i += PG_BATCH) {
        const part = rows.slice(i, i + PG_BATCH);
        // A column with one value in the whole batch (timestamps, version, note…) goes as one scalar.
        const params: unknown[] = [];
        const arrays: string[] = [];
        const select = cols.map(([, type], c) => {
          const v = part[0]![c] ?? null;
          if (part.every((r) => (r[c] ?? null) === v)) {
            params.push(v);
            return `$${params.length}::${type}`;
          }
          params.push(part.map((r) => r[c] ?? null));
          arrays.push(`$${params.length}::${type}[]`);
          return `u.c${arrays.length}`;
        });
        const names = arrays.map((_, k) => `c${k + 1}`).join(',');
        const text = `insert into ${t} (${cols.map(([c]) => c).join(',')}) select ${select.join(',')} from unnest(${arrays.join(',')}) as u(${names})`;
        await this.db.kysely.executeQuery(CompiledQuery.raw(text, params));
      }
      rows.length = 0;
    }
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * UUIDv7-shaped ids for two million fixture rows: the generation's timestamp, then a counter
 * (monotonic, so inserts append to the primary key). uuidv7() costs ~2 µs each here.
 */
function idMaker(): () => string {
  const ms = Date.now().toString(16).padStart(12, '0');
  const prefix = `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7`;
  let n = 0;
  return () => {
    const c = (n++).toString(16).padStart(15, '0');
    return `${prefix}${c.slice(0, 3)}-8${c.slice(3, 6)}-${c.slice(6)}000`.slice(0, 36);
  };
}

/** PostgreSQL: the history tables' non-constraint indexes, dropped for the load; returns their definitions. */
async function dropSecondaryIndexes(db: Db): Promise<string[]> {
  const { rows } = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename in (${sql.join(ORDER)})
      and indexname not in (select conname from pg_constraint)`.execute(db.kysely);
  for (const r of rows) await sql.raw(`drop index "${r.indexname}"`).execute(db.kysely);
  return rows.map((r) => r.indexdef);
}

export interface HistoryStats {
  rows: Record<Table, number>;
  seconds: number;
}

/** Writes the history of `people` and `unitIds`; the people and units must be in the database. */
export async function generateHistory(
  db: Db,
  people: readonly HistoryPerson[],
  unitIds: readonly string[],
  seed = 43,
): Promise<HistoryStats> {
  const started = performance.now();
  const rng = new Rng(seed);
  const sink = new Sink(db);
  const newId = idMaker();
  const now = new Date().toISOString();
  const stamp = [now, now, 1];
  const date = (y: number, m: [number, number] = [1, 12]) => `${y}-${pad(rng.int(m[0], m[1]))}-${pad(rng.int(1, 28))}`;
  // One decision per award, year and unit: everyone of a unit shares its number.
  const decisions = new Map<string, [string, string]>();
  const decision = (code: string, year: number, org: string, higher: boolean): [string, string] => {
    const k = `${code}|${year}|${org}`;
    let d = decisions.get(k);
    if (!d) {
      d = higher
        ? [`${rng.int(300, 2500)}/QĐ-UBND`, date(year + 1, [3, 5])]
        : [`${rng.int(2, 90)}/QĐ-SCT`, date(year + 1, [1, 1])];
      decisions.set(k, d);
    }
    return d;
  };
  const award = (kind: string, subject: string, org: string, code: string, year: number, from = year): string => {
    const higher =
      code !== 'advanced_worker' && code !== 'grassroots_emulation_fighter' && code !== 'advanced_collective';
    const [number, on] = decision(code, year, org, higher);
    const id = newId();
    const signer = higher ? 'Chủ tịch UBND tỉnh' : 'Giám đốc Sở';
    const authority = higher ? 'UBND tỉnh' : 'Sở Công Thương';
    sink.push('award_records', [
      id, kind, subject, org, code, year, from, 'periodic', number, on, signer, authority,
      higher ? 'higher' : 'here', '', null, ...stamp,
    ]); // prettier-ignore
    return id;
  };
  const initiative = (person: HistoryPerson, level: string, year: number): string => {
    const id = newId();
    const n = sink.counts.initiatives + 1;
    sink.push('initiatives', [
      id, `Sáng kiến cải tiến quy trình quản lý số ${n}`, 'initiative', 'Công Thương', person.org_id, level,
      date(year), `${rng.int(10, 900)}/QĐ-${level === 'grassroots' ? 'SCT' : 'UBND'}`,
      level === 'grassroots' ? 'Giám đốc Sở' : 'Chủ tịch UBND tỉnh', '',
      initiativeSearchKey({ title: `Sáng kiến cải tiến quy trình quản lý số ${n}` }), ...stamp,
    ]); // prettier-ignore
    sink.push('initiative_authors', [id, person.id, 100]);
    return id;
  };
  const period = (p: HistoryPerson, category: string, kind: string, from: string, to: string | null) =>
    sink.push('subject_periods', [newId(), category, kind, 'individual', p.id, p.org_id, from, to, '', '', ...stamp]);

  // Per unit and year: rated staff, LĐTT/CSTĐCS holders, CSTĐCS holders (what collective titles read).
  const tally = new Map<string, [number, number, number]>();
  const tallyOf = (org: string, y: number) => {
    const k = `${org}|${y}`;
    let t = tally.get(k);
    if (!t) tally.set(k, (t = [0, 0, 0]));
    return t;
  };

  if (db.sqlite) db.sqlite.exec('begin');
  const rebuild = db.sqlite ? [] : await dropSecondaryIndexes(db);
  try {
    for (const p of people) {
      const start = p.start_date ?? '2000-01-01';
      const startYear = Number(start.slice(0, 4)) + (Number(start.slice(5, 7)) > 6 ? 1 : 0);
      const first = Math.max(FIRST_YEAR, startYear);
      const active = p.status === 'working' || p.status === 'on_leave';
      const last = active ? LAST_YEAR : rng.int(2019, 2025);
      // One in eight is a strong performer: the chains that lead to provincial forms are theirs.
      const strong = rng.chance(0.125);
      const blocked = new Set<number>();
      if (rng.chance(0.02)) {
        const y = rng.int(first, LAST_YEAR);
        const from = date(y, [1, 10]);
        const to = `${y + 1}${from.slice(4)}`;
        period(p, 'discipline', rng.chance(0.7) ? 'reprimand' : 'warning', from, to);
        blocked.add(y).add(y + 1);
      }
      if (rng.chance(0.003)) period(p, 'review', 'complaint', date(2026, [6, 11]), null);
      else if (rng.chance(0.005)) {
        const y = rng.int(2018, 2024);
        period(p, 'review', 'inspection', date(y, [1, 6]), date(y, [7, 12]));
      }
      if (p.gender === 'female' && rng.chance(0.03)) {
        const from = date(rng.int(first, 2025));
        period(p, 'leave', 'maternity', from, `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`);
      }
      // Initiatives recognised above the grassroots: free unless a CSTĐ tỉnh (or, as a trap, a CSTĐCS) uses them.
      const provincial: { id: string; year: number; used: boolean }[] = [];
      const chances = strong ? 0.3 : 0.008;
      if (rng.chance(chances)) {
        const y = rng.int(2018, LAST_YEAR);
        provincial.push({ id: initiative(p, rng.chance(0.05) ? 'national' : 'provincial', y), year: y, used: false });
      }
      const fighters = new Map<number, string>();
      for (let y = first; y <= last; y++) {
        const x = rng.next();
        let r = strong
          ? x < 0.6 ? 'excellent' : x < 0.98 ? 'good' : 'completed'
          : x < 0.12 ? 'excellent' : x < 0.92 ? 'good' : x < 0.985 ? 'completed' : 'not_completed'; // prettier-ignore
        if (blocked.has(y) && !blocked.has(y - 1)) r = 'completed';
        if (y === LAST_YEAR && p.status === 'on_leave') r = 'completed';
        sink.push('ratings', [newId(), 'individual', p.id, p.org_id, y, r, '', ...stamp]);
        const t = tallyOf(p.org_id, y);
        t[0]++;
        if (blocked.has(y) || (r !== 'excellent' && r !== 'good')) continue;
        t[1]++;
        if (r === 'excellent' && rng.chance(strong ? 0.85 : 0.6)) {
          const id = award('individual', p.id, p.org_id, 'grassroots_emulation_fighter', y);
          fighters.set(y, id);
          t[2]++;
          if (rng.chance(0.08)) sink.push('award_record_initiatives', [id, initiative(p, 'grassroots', y)]);
          const trap = provincial.find((i) => i.year === y && !i.used);
          if (trap && rng.chance(0.2)) {
            trap.used = true;
            sink.push('award_record_initiatives', [id, trap.id]);
          }
        } else award('individual', p.id, p.org_id, 'advanced_worker', y);
      }
      let lastFighter = 0;
      let lastMerit = 0;
      for (let y = first + 1; y <= Math.min(last, 2025); y++) {
        if (!fighters.has(y) || !fighters.has(y - 1)) continue;
        const free = provincial.find((i) => !i.used && i.year >= y - 2 && i.year <= y);
        if (fighters.has(y - 2) && free && lastFighter < y - 2 && rng.chance(0.7)) {
          free.used = true;
          const id = award('individual', p.id, p.org_id, 'provincial_emulation_fighter', y, y - 2);
          sink.push('award_record_initiatives', [id, free.id]);
          lastFighter = y;
        } else if (lastMerit < y - 1 && rng.chance(0.3)) {
          award('individual', p.id, p.org_id, 'certificate_of_merit_provincial', y, y - 1);
          lastMerit = y;
        }
      }
      if (sink.pending >= PG_BATCH * 3) await sink.flush();
    }

    for (const org of unitIds) {
      let previous = '';
      let lastMerit = 0;
      for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        const x = rng.next();
        const r = x < 0.35 ? 'excellent' : x < 0.95 ? 'good' : 'completed';
        sink.push('ratings', [newId(), 'collective', org, org, y, r, '', ...stamp]);
        const [rated, titled, fighters] = tallyOf(org, y);
        const share = rated ? titled / rated : 0;
        if (r !== 'completed' && share > 0.5) {
          if (y < LAST_YEAR && r === 'excellent' && share >= 0.7 && fighters > 0 && rng.chance(0.4))
            award('collective', org, org, 'excellent_collective', y);
          else award('collective', org, org, 'advanced_collective', y);
        }
        if (y <= 2024 && previous === 'excellent' && r === 'excellent' && lastMerit < y - 1 && rng.chance(0.25)) {
          award('collective', org, org, 'certificate_of_merit_provincial', y, y - 1);
          lastMerit = y;
        }
        previous = r;
      }
    }
    await sink.flush();
    if (db.sqlite) db.sqlite.exec('commit');
    // One sorted build per index beats two million incremental inserts into text indexes.
    for (const def of rebuild) await sql.raw(def).execute(db.kysely);
  } catch (e) {
    if (db.sqlite?.inTransaction) db.sqlite.exec('rollback');
    throw e;
  }
  return { rows: sink.counts, seconds: (performance.now() - started) / 1000 };
}
