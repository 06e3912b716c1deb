/**
 * Sector statistics at a province's scale: 200 monthly indicators (sum, each split by a disaggregation of five
 * options), U reporting units (the province's communes) and ten years of months (2016-01 … 2025-12), every
 * (indicator, unit, month, option) a value: 200 × 150 × 5 × 120 = 18,000,000 values at full size. The values are
 * written by the database itself, one `insert … select` over a cross join of the catalog per indicator (no rows
 * travel from Node), which is the fastest path on both SQLite and PostgreSQL; the size is chosen by the number
 * of values (the unit count follows: values ÷ 120,000). A load fixture, not business writes: no history, no
 * audit. Usable alone:
 *   tsx bench/src/statData.ts --stat-values 1800000 [--sqlite FILE]   (or DATABASE_URL=postgres://…)
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { openDb, nowIso, type Db } from '../../apps/server/src/db/index.ts';
import { bulkInsert } from '../../apps/server/src/db/bulk.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import type { Database } from '../../apps/server/src/db/schema.ts';
import { newId } from '../../apps/server/src/platform/ids.ts';
import { refreshTotals } from '../../apps/server/src/modules/statValues/totals.ts';

export const STAT_INDICATORS = 200;
export const STAT_OPTIONS = 5;
export const STAT_YEARS = [2016, 2025] as const;
const MONTHS = (STAT_YEARS[1] - STAT_YEARS[0] + 1) * 12;
/** Values per reporting unit: 200 indicators × 5 options × 120 months. */
export const VALUES_PER_UNIT = STAT_INDICATORS * STAT_OPTIONS * MONTHS;

export interface StatDataset {
  values: number;
  units: number;
  indicators: number;
  seconds: number;
  /** Database size after the load (SQLite file with its WAL; PostgreSQL `pg_database_size`), bytes. */
  bytes: number;
  provinceId: string;
  unitIds: string[];
  indicatorCodes: string[];
  datasetId: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Fills a migrated, empty database; `values` is rounded to whole units (at least one). `orgId`: a department
 * already in the database that the units report to (one is added without it).
 */
export async function generateStatValues(
  db: Db,
  values: number,
  sqlitePath?: string,
  orgId?: string,
): Promise<StatDataset> {
  const started = performance.now();
  const now = nowIso();
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const unitCount = Math.max(1, Math.round(values / VALUES_PER_UNIT));
  const k = db.kysely;
  db.sqlite?.pragma('cache_size = -262144');
  // The load's keys are the catalog's own, written just above: SQLite's per-row foreign-key checks are skipped.
  db.sqlite?.pragma('foreign_keys = OFF');

  const disaggregationId = newId();
  const options = Array.from({ length: STAT_OPTIONS }, (_, i) => ({ code: `o${i + 1}`, name: `Phân tổ ${i + 1}` }));
  const provinceId = newId();
  const units = [
    { id: provinceId, code: 'B-TINH', name: 'Tỉnh (bench)', kind: 'province', parent_id: null },
    ...Array.from({ length: unitCount }, (_, i) => ({
      id: newId(),
      code: `B-X${pad(i + 1, 3)}`,
      name: `Xã bench ${i + 1}`,
      kind: 'commune',
      parent_id: provinceId,
    })),
  ];
  // The first three carry the demo's headline codes, so the sector dashboard has figures to show.
  const headline = ['GTSX_CN', 'BLHH_DV', 'KN_XK'];
  const indicators = Array.from({ length: STAT_INDICATORS }, (_, i) => ({
    id: newId(),
    code: headline[i] ?? `B${pad(i + 1, 3)}`,
    name: `Chỉ tiêu bench ${i + 1}`,
  }));
  const datasetId = newId();
  const departmentId = orgId ?? newId();
  await k.transaction().execute(async (trx) => {
    // The department the units report to: the admin's grant (bootstrap's createAdmin) is on it.
    const org = {
      id: departmentId,
      parent_id: null,
      code: 'SCT',
      name: 'Sở Công Thương (bench)',
      kind: 'department' as const,
      active: 1,
      ...stamp,
    };
    if (!orgId) await bulkInsert(trx, 'organisations', [org]);
    // Rows held in variables: the catalog tables gained search keys (migration 127) and this file writes them.
    const disaggregation = {
      id: disaggregationId,
      code: 'BENCH5',
      name: 'Phân tổ bench',
      search_key: 'bench5 phan to bench',
      options: JSON.stringify(options),
      ...stamp,
    };
    await bulkInsert(trx, 'stat_disaggregations', [disaggregation]);
    await bulkInsert(
      trx,
      'stat_indicators',
      indicators.map((i) => ({
        ...i,
        search_key: `${i.code.toLowerCase()} chi tieu bench`,
        kind: 'element' as const,
        unit: 'tỷ đồng',
        value_type: 'number',
        aggregation: 'sum' as const,
        period_type: 'month' as const,
        disaggregation_id: disaggregationId,
        formula: '',
        registry_kind: null,
        registry_measure: null,
        registry_filter: '{}',
        decimals: 1,
        source: 'bench',
        description: '',
        active: 1,
        ...stamp,
      })),
    );
    await bulkInsert(
      trx,
      'stat_units',
      units.map((u) => ({
        ...u,
        search_key: u.code.toLowerCase(),
        org_id: departmentId,
        valid_from: '2000-01-01',
        valid_to: null,
        ...stamp,
      })),
    );
    const dataset = {
      id: datasetId,
      code: 'BENCH_THANG',
      name: 'Báo cáo tháng (bench)',
      search_key: 'bench_thang bao cao thang bench',
      period_type: 'month' as const,
      unit_kind: 'commune',
      due_day: 12,
      reminder_days: 3,
      active: 1,
      ...stamp,
    };
    await bulkInsert(trx, 'stat_datasets', [dataset]);
    await bulkInsert(
      trx,
      'stat_dataset_indicators',
      indicators.map((i, seq) => ({ dataset_id: datasetId, indicator_id: i.id, seq: seq + 1 })),
    );
    await bulkInsert(
      trx,
      'stat_dataset_units',
      units.slice(1).map((u) => ({ dataset_id: datasetId, unit_id: u.id })),
    );
    // The cross join's small sides, kept for the load only.
    await sql`create table bench_months (period text not null, year integer not null, month integer not null, seq integer not null)`.execute(
      trx,
    );
    await sql`create table bench_options (code text not null, seq integer not null)`.execute(trx);
    const months = [];
    for (let y = STAT_YEARS[0], s = 0; y <= STAT_YEARS[1]; y++)
      for (let m = 1; m <= 12; m++) months.push({ period: `${y}-${pad(m)}`, year: y, month: m, seq: s++ });
    for (const m of months)
      await sql`insert into bench_months values (${m.period}, ${m.year}, ${m.month}, ${m.seq})`.execute(trx);
    for (const [i, o] of options.entries()) await sql`insert into bench_options values (${o.code}, ${i})`.execute(trx);
  });

  // One statement per indicator, in key order (indicator, unit, period, option). The value is a deterministic
  // spread of 50–1,046 over the keys, with one decimal. PostgreSQL loads in one transaction with the foreign-key
  // triggers off when the role may (a superuser's session_replication_role): its per-row key checks dominate the load otherwise.
  const load = async (q: Kysely<Database>) => {
    for (const [n, ind] of indicators.entries()) {
      await sql`insert into stat_values (indicator_id, unit_id, period, category, period_type, year, month, value, revision, comment, updated_by, created_at, updated_at, version)
        select ${ind.id}, u.id, m.period, o.code, 'month', m.year, m.month,
               ((${n * 7} + m.seq * 3 + o.seq * 17 + length(u.code) * 13 + m.month * 11) % 997 + 50) + o.seq / 10.0,
               'official', '', null, ${now}, ${now}, 1
        from stat_units u cross join bench_months m cross join bench_options o
        where u.kind = 'commune' and u.code like 'B-X%'
        order by u.id, m.period, o.code`.execute(q);
    }
  };
  if (db.sqlite) await load(k);
  else
    await k.transaction().execute(async (trx) => {
      const su = await sql<{ s: boolean }>`select rolsuper as s from pg_roles where rolname = current_user`.execute(
        trx,
      );
      if (su.rows[0]?.s) await sql`set local session_replication_role = replica`.execute(trx);
      // Unanalysed, the cross join looks a million rows large and each statement was JIT-compiled (≈ 300 ms of 320).
      await sql`set local jit = off`.execute(trx);
      // The keys are text under the database's collation: maintaining the indexes row by row costs more than the
      // insert itself, so they are dropped and built again after the load (a sort), from their own definitions.
      const defs = await sql<{ name: string; def: string; pk: boolean }>`
        select c.relname as name, pg_get_indexdef(c.oid) as def, i.indisprimary as pk
        from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid = 'stat_values'::regclass`.execute(trx);
      const pk = await sql<{ name: string; def: string }>`
        select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
        where conrelid = 'stat_values'::regclass and contype = 'p'`.execute(trx);
      for (const c of pk.rows) await sql`alter table stat_values drop constraint ${sql.id(c.name)}`.execute(trx);
      for (const d of defs.rows.filter((x) => !x.pk)) await sql`drop index ${sql.id(d.name)}`.execute(trx);
      await load(trx);
      await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
      for (const c of pk.rows)
        await sql`alter table stat_values add constraint ${sql.id(c.name)} ${sql.raw(c.def)}`.execute(trx);
      for (const d of defs.rows.filter((x) => !x.pk)) await sql.raw(d.def).execute(trx);
    });
  // The running totals the analytics read (migration 129), one indicator at a time.
  const allUnits = (await k.selectFrom('stat_units').select('id').execute()).map((u) => u.id);
  for (const ind of indicators)
    await refreshTotals(k, {
      indicatorIds: [ind.id],
      unitIds: allUnits,
      years: Array.from({ length: STAT_YEARS[1] - STAT_YEARS[0] + 1 }, (_, i) => STAT_YEARS[0] + i),
      periodTypes: ['month'],
    });
  await sql`drop table bench_months`.execute(k);
  await sql`drop table bench_options`.execute(k);
  if (db.sqlite) {
    db.sqlite.pragma('foreign_keys = ON');
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    db.sqlite.exec('analyze');
  } else {
    // A deployment's autovacuum does this after a bulk write: statistics for the planner (unanalysed, it guessed
    // 1 row of stat_value_totals) and the visibility map that lets the pivot read the totals' covering index
    // (migration 133) alone, an index-only scan. The whole (fresh) database: every table the load wrote.
    await sql`vacuum (analyze)`.execute(k);
  }
  const bytes = sqlitePath
    ? ['', '-wal'].reduce((s, x) => s + (fs.existsSync(sqlitePath + x) ? fs.statSync(sqlitePath + x).size : 0), 0)
    : Number((await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(k)).rows[0]!.n);
  return {
    values: unitCount * VALUES_PER_UNIT,
    units: unitCount,
    indicators: STAT_INDICATORS,
    seconds: (performance.now() - started) / 1000,
    bytes,
    provinceId,
    unitIds: units.slice(1).map((u) => u.id),
    indicatorCodes: indicators.map((i) => i.code),
    datasetId,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const sqlitePath = arg('sqlite') ?? (process.env.DATABASE_URL ? undefined : path.resolve('stat-bench.db'));
  const db = openDb({ databaseUrl: process.env.DATABASE_URL, sqlitePath });
  try {
    await migrateToLatest(db);
    const r = await generateStatValues(db, Number(arg('stat-values') ?? 1_800_000), sqlitePath);
    console.log(JSON.stringify({ ...r, unitIds: r.unitIds.length, indicatorCodes: r.indicatorCodes.length }));
  } finally {
    await db.close();
  }
}
