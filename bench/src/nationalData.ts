/**
 * National-scale dataset on PostgreSQL (P6): a ministry over 34 provinces, each province's department a tree of
 * 39 units (the demo's names), N people (3,000,000 by default) and five years (2022–2026) of ratings and award
 * history, about ten rows a person. Names come from the demo's generator: a pool drawn in Node (so frequencies
 * stay realistic) goes in once; every other row is made on the server by `insert … select generate_series`,
 * from a hash of the person's number, so nothing crosses the wire per row. The loaded tables' keys, foreign keys
 * and indexes are dropped for the load and built after it, then `vacuum analyze`. A load fixture: no audit.
 */
import os from 'node:os';
import pg from 'pg';
import { nowIso, type Db } from '../../apps/server/src/db/index.ts';
import { usesTrigramIndex } from '../../apps/server/src/modules/people/nameIndex.ts';
import { newId } from '../../apps/server/src/platform/ids.ts';
import { derivedNameColumns } from '../../apps/server/src/modules/people/service.ts';
import { nameSuffixes } from '../../apps/server/src/db/migrations/20261126_002_people_name_suffixes.ts';
import { initiativeSearchKey } from '../../apps/server/src/db/searchKeys.ts';
import { DEMO_UNITS } from '../../apps/server/src/seed/demoUnits.ts';
import { Rng, randomName } from '../../apps/server/src/seed/names.ts';

// prettier-ignore
export const PROVINCES = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
  'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai',
  'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];
const UNITS_PER_PROVINCE = 39;
const POOL = 200_000;
export const FIRST_YEAR = 2022;
export const LAST_YEAR = 2026;
/** The tables loaded here: their keys, foreign keys and indexes are rebuilt after the load. */
const LOADED = [
  'people',
  'people_name_suffixes',
  'ratings',
  'award_records',
  'initiatives',
  'initiative_authors',
  'award_record_initiatives',
  'subject_periods',
];
// [position, employment type, weight in 100]
// prettier-ignore
const POSITIONS: [string, string, number][] = [
  ['Chuyên viên', 'civil_servant', 50], ['Chuyên viên chính', 'civil_servant', 12],
  ['Kiểm soát viên thị trường', 'civil_servant', 10], ['Phó Trưởng phòng', 'civil_servant', 6],
  ['Trưởng phòng', 'civil_servant', 3], ['Kế toán', 'civil_servant', 5], ['Kỹ sư', 'public_employee', 8],
  ['Nhân viên', 'worker', 6],
];

/**
 * Per-person draws as inlinable SQL functions of (person number, salt): deterministic, so the ratings and the
 * awards statements agree without reading each other. Ten years of the province bench's rules, cut to five.
 */
const FUNCTIONS = `
create function bn_h(g bigint, salt int) returns int language sql immutable parallel safe
  as $$ select hashint8(g * 1000 + salt) & 2147483647 $$;
create function bn_id(kind int, n bigint) returns text language sql immutable parallel safe
  as $$ select '01938000-0000-7' || lpad(to_hex(kind), 3, '0') || '-8000-' || lpad(to_hex(n), 12, '0') $$;
create function bn_start_year(g bigint) returns int language sql immutable parallel safe
  as $$ select least(2024, 1966 + (bn_h(g, 4) % 12784) / 366 + 22 + bn_h(g, 5) % 6) $$;
create function bn_first(g bigint) returns int language sql immutable parallel safe
  as $$ select greatest(${FIRST_YEAR}, bn_start_year(g) + 1) $$;
create function bn_last(g bigint) returns int language sql immutable parallel safe
  as $$ select case when bn_h(g, 3) % 100 < 96 then ${LAST_YEAR} else ${FIRST_YEAR} + bn_h(g, 6) % 4 end $$;
create function bn_disc(g bigint) returns int language sql immutable parallel safe
  as $$ select case when bn_h(g, 7) % 50 = 0 then ${FIRST_YEAR} + bn_h(g, 8) % 5 end $$;
create function bn_rating(g bigint, y int) returns text language sql immutable parallel safe as $$ select
  case when y = ${LAST_YEAR} and bn_h(g, 3) % 100 between 93 and 95 then 'completed'
       when bn_disc(g) = y then 'completed'
       when bn_h(g, 2) % 8 = 0 then case when bn_h(g, 10 + y) % 1000 < 600 then 'excellent'
         when bn_h(g, 10 + y) % 1000 < 980 then 'good' else 'completed' end
       when bn_h(g, 10 + y) % 1000 < 120 then 'excellent' when bn_h(g, 10 + y) % 1000 < 920 then 'good'
       when bn_h(g, 10 + y) % 1000 < 985 then 'completed' else 'not_completed' end $$;
create function bn_award(g bigint, y int) returns text language sql immutable parallel safe as $$ select
  case when y < bn_first(g) or y > bn_last(g) or coalesce(bn_disc(g) in (y, y - 1), false) then null
       when bn_rating(g, y) = 'excellent'
         and bn_h(g, 20 + y) % 100 < case when bn_h(g, 2) % 8 = 0 then 85 else 60 end
         then 'grassroots_emulation_fighter'
       when bn_rating(g, y) in ('excellent', 'good') then 'advanced_worker' end $$;
create function bn_initiative(g bigint) returns boolean language sql immutable parallel safe
  as $$ select (bn_h(g, 2) % 8 = 0 and bn_h(g, 42) % 10 < 3) or bn_h(g, 42) % 1000 < 8 $$;
`;
const DROP_FUNCTIONS =
  'drop function bn_initiative, bn_award, bn_rating, bn_disc, bn_last, bn_first, bn_start_year, bn_id, bn_h';

export interface NationalDataset {
  ministryId: string;
  provinceIds: string[];
  /** Units of the first province (query c uses one of them). */
  firstProvinceUnits: string[];
  people: number;
  steps: { step: string; seconds: number; rows?: number }[];
  seconds: number;
}

/** Loads the dataset into a migrated, empty PostgreSQL database (the organisations through the app's tables). */
export async function generateNational(
  db: Db,
  url: string,
  people: number,
  log: (m: string) => void,
  provinces = PROVINCES.length,
): Promise<NationalDataset> {
  const started = performance.now();
  const steps: NationalDataset['steps'] = [];
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const step = async (name: string, text: string, params: unknown[] = []) => {
    const t = performance.now();
    const r = await c.query(text, params);
    const seconds = (performance.now() - t) / 1000;
    steps.push({ step: name, seconds, ...(r.rowCount ? { rows: r.rowCount } : {}) });
    log(`  ${name}: ${r.rowCount ?? ''} rows in ${seconds.toFixed(1)} s (load ${loadavg()})`);
  };
  try {
    await c.query(`set maintenance_work_mem = '1GB'; set work_mem = '256MB'; set synchronous_commit = off`);
    const now = nowIso();
    // The tree: the ministry, 34 departments, 39 units each.
    const ministry = { id: newId(), parent_id: null, code: 'BCT', name: 'Bộ Công Thương', kind: 'ministry' };
    const orgs: { id: string; parent_id: string | null; code: string; name: string; kind: string }[] = [ministry];
    const units: [number, string, number][] = [];
    const provinceIds: string[] = [];
    const firstProvinceUnits: string[] = [];
    const unitSpecs = DEMO_UNITS.filter((u) => u.parent !== null && u.code !== 'DN-HTX').slice(0, UNITS_PER_PROVINCE);
    PROVINCES.slice(0, provinces).forEach((name, p) => {
      const dept = { id: newId(), parent_id: ministry.id, code: `SCT-${p + 1}`, name: '', kind: 'department' };
      dept.name = `Sở Công Thương ${name === 'Hà Nội' || name === 'Huế' || name.endsWith('Minh') || name === 'Hải Phòng' || name === 'Đà Nẵng' || name === 'Cần Thơ' ? 'thành phố' : 'tỉnh'} ${name}`;
      orgs.push(dept);
      provinceIds.push(dept.id);
      for (const u of unitSpecs) {
        const unit = { id: newId(), parent_id: dept.id, code: `${u.code}-${p + 1}`, name: u.name, kind: u.kind };
        orgs.push(unit);
        units.push([units.length, unit.id, p]);
        if (p === 0) firstProvinceUnits.push(unit.id);
      }
    });
    await db.kysely
      .insertInto('organisations')
      .values(orgs.map((o) => ({ ...o, active: 1, created_at: now, updated_at: now, version: 1 })))
      .execute();

    // The name pool: drawn like the demo's people (with repeats, so common names stay common).
    const rng = new Rng(42);
    const pool: string[][] = [];
    const suffixes: [number, string][] = [];
    for (let i = 0; i < POOL; i++) {
      const gender = rng.chance(0.5) ? 'male' : 'female';
      const n = randomName(rng, gender);
      const d = derivedNameColumns(n);
      pool.push([String(i), n.familyName, n.middleName, n.givenName, n.gender, d.full_name, d.search_key, d.sort_key]);
      for (const s of nameSuffixes(d.search_key)) suffixes.push([i, s]);
    }
    await c.query(`${FUNCTIONS}
      create unlogged table bn_pool (idx int primary key, family_name text, middle_name text, given_name text,
        gender text, full_name text, search_key text, sort_key text);
      create unlogged table bn_pool_suffix (idx int, suffix text);
      create unlogged table bn_units (idx int primary key, id text, province int);
      create unlogged table bn_positions (idx int primary key, position text, employment text);`);
    const cols = (rows: unknown[][], k: number) => rows.map((r) => r[k]);
    for (let i = 0; i < pool.length; i += 20_000) {
      const part = pool.slice(i, i + 20_000);
      await c.query(
        `insert into bn_pool select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
        [0, 1, 2, 3, 4, 5, 6, 7].map((k) => cols(part, k)),
      );
    }
    await c.query(`insert into bn_pool_suffix select * from unnest($1::int[], $2::text[])`, [
      cols(suffixes, 0),
      cols(suffixes, 1),
    ]);
    await c.query(`insert into bn_units select * from unnest($1::int[], $2::text[], $3::int[])`, [
      cols(units, 0),
      cols(units, 1),
      cols(units, 2),
    ]);
    const positions = POSITIONS.flatMap(([p, e, w]) => Array.from({ length: w }, () => [p, e]));
    await c.query(`insert into bn_positions select * from unnest($1::int[], $2::text[], $3::text[])`, [
      positions.map((_, i) => i),
      cols(positions, 0),
      cols(positions, 1),
    ]);
    await c.query('analyze bn_pool, bn_pool_suffix, bn_units, bn_positions');

    const rebuild = await dropKeysAndIndexes(c);
    log(`  dropped ${rebuild.length} keys, foreign keys and indexes of the loaded tables for the load`);

    const N = people - 1;
    const unitOf = `join bn_units u on u.idx = bn_h(g, 1) % ${units.length}`;
    const stamp = `'${now}', '${now}', 1`;
    await step(
      'people',
      `insert into people (id, family_name, middle_name, given_name, full_name, search_key, sort_key, gender,
         date_of_birth, position, org_id, employment_type, start_date, status, citizen_id, created_at, updated_at, version)
       select bn_id(1, g), n.family_name, n.middle_name, n.given_name, n.full_name, n.search_key, n.sort_key, n.gender,
         to_char(date '1966-01-01' + bn_h(g, 4) % 12784, 'YYYY-MM-DD'), pos.position, u.id, pos.employment,
         bn_start_year(g) || '-' || lpad((1 + bn_h(g, 9) % 12)::text, 2, '0') || '-' || lpad((1 + bn_h(g, 11) % 28)::text, 2, '0'),
         case when bn_h(g, 3) % 100 < 93 then 'working' when bn_h(g, 3) % 100 < 96 then 'on_leave'
              when bn_h(g, 3) % 100 < 98 then 'transferred' else 'retired' end,
         case when bn_h(g, 12) % 2 = 0 then '0' || lpad(g::text, 11, '0') end, ${stamp}
       from generate_series(0, ${N}) g
       join bn_pool n on n.idx = bn_h(g, 14) % ${POOL} ${unitOf}
       join bn_positions pos on pos.idx = bn_h(g, 15) % 100`,
    );
    // With pg_trgm the server searches names through its trigram index and writes no suffix rows.
    if (!(await usesTrigramIndex(db.kysely)))
      await step(
        'people_name_suffixes',
        `insert into people_name_suffixes (suffix, person_id)
         select s.suffix, bn_id(1, g) from generate_series(0, ${N}) g join bn_pool_suffix s on s.idx = bn_h(g, 14) % ${POOL}`,
      );
    const years = `generate_series(${FIRST_YEAR}, ${LAST_YEAR}) y`;
    await step(
      'ratings',
      `insert into ratings (id, subject_kind, subject_id, org_id, year, rating, note, created_at, updated_at, version)
       select bn_id(2, g * 8 + y - 2020), 'individual', bn_id(1, g), u.id, y, bn_rating(g, y), '', ${stamp}
       from generate_series(0, ${N}) g ${unitOf} cross join ${years}
       where y between bn_first(g) and bn_last(g)`,
    );
    const here = `'periodic', (2 + (u.province * 7 + y) % 88) || '/QĐ-SCT', (y + 1) || '-01-' || lpad((5 + u.province % 20)::text, 2, '0'), 'Giám đốc Sở', 'Sở Công Thương', 'here', '', ${stamp}`;
    const higher = `'periodic', (300 + (u.province * 13 + y) % 2000) || '/QĐ-UBND', (y + 1) || '-04-' || lpad((1 + u.province % 28)::text, 2, '0'), 'Chủ tịch UBND tỉnh', 'UBND tỉnh', 'higher', '', ${stamp}`;
    const awardCols = `(id, subject_kind, subject_id, org_id, award_code, year, from_year, commendation_type, decision_number,
       decision_date, decision_signer, decision_authority, origin, note, created_at, updated_at, version)`;
    await step(
      'award_records: LĐTT, CSTĐCS',
      `insert into award_records ${awardCols}
       select bn_id(3, g * 8 + y - 2020), 'individual', bn_id(1, g), u.id, a, y, y, ${here}
       from (select g, y, bn_award(g, y) a from generate_series(0, ${N}) g cross join ${years}) t ${unitOf}
       where a is not null`,
    );
    // One Bằng khen UBND tỉnh for two CSTĐCS years running (three in ten of those who qualify).
    await step(
      'award_records: Bằng khen UBND tỉnh',
      `insert into award_records ${awardCols}
       select bn_id(4, g), 'individual', bn_id(1, g), u.id, 'certificate_of_merit_provincial', y, y - 1, ${higher}
       from (select g, 2023 + bn_h(g, 41) % 3 y from generate_series(0, ${N}) g) t ${unitOf}
       where bn_h(g, 40) % 10 < 3 and bn_award(g, y) = 'grassroots_emulation_fighter'
         and bn_award(g, y - 1) = 'grassroots_emulation_fighter'`,
    );
    await step(
      'initiatives',
      `insert into initiatives (id, title, kind, field, org_id, level, recognised_on, decision_number, decision_signer,
         summary, search_key, created_at, updated_at, version)
       select bn_id(6, g), 'Sáng kiến cải tiến quy trình quản lý số ' || g, 'initiative', 'Công Thương', u.id,
         case when bn_h(g, 45) % 20 = 0 then 'national' else 'provincial' end,
         (${FIRST_YEAR} + bn_h(g, 43) % 5) || '-06-15', (10 + bn_h(g, 46) % 890) || '/QĐ-UBND', 'Chủ tịch UBND tỉnh', '',
         $1 || g, ${stamp}
       from generate_series(0, ${N}) g ${unitOf} where bn_initiative(g)`,
      [initiativeSearchKey({ title: 'Sáng kiến cải tiến quy trình quản lý số 0' }).slice(0, -1)],
    );
    await step(
      'initiative_authors',
      `insert into initiative_authors (initiative_id, person_id, share)
       select bn_id(6, g), bn_id(1, g), 100 from generate_series(0, ${N}) g where bn_initiative(g)`,
    );
    // CSTĐ cấp tỉnh 2025 (CSTĐCS 2023–2025 and an initiative recognised by then), seven in ten of those who qualify.
    const fighter = `bn_initiative(g) and ${FIRST_YEAR} + bn_h(g, 43) % 5 <= 2025 and bn_h(g, 44) % 10 < 7
       and bn_award(g, 2023) = 'grassroots_emulation_fighter' and bn_award(g, 2024) = 'grassroots_emulation_fighter'
       and bn_award(g, 2025) = 'grassroots_emulation_fighter'`;
    await step(
      'award_records: CSTĐ cấp tỉnh',
      `insert into award_records ${awardCols}
       select bn_id(5, g), 'individual', bn_id(1, g), u.id, 'provincial_emulation_fighter', y, y - 2, ${higher}
       from (select g, 2025 y from generate_series(0, ${N}) g) t ${unitOf} where ${fighter}`,
    );
    await step(
      'award_record_initiatives',
      `insert into award_record_initiatives (award_record_id, initiative_id)
       select bn_id(5, g), bn_id(6, g) from generate_series(0, ${N}) g where ${fighter}`,
    );
    await step(
      'subject_periods: discipline',
      `insert into subject_periods (id, category, kind, subject_kind, subject_id, org_id, from_date, to_date,
         decision_number, note, created_at, updated_at, version)
       select bn_id(7, g), 'discipline', case when bn_h(g, 47) % 10 < 7 then 'reprimand' else 'warning' end,
         'individual', bn_id(1, g), u.id, bn_disc(g) || '-03-15', (bn_disc(g) + 1) || '-03-15', '', '', ${stamp}
       from generate_series(0, ${N}) g ${unitOf} where bn_disc(g) is not null`,
    );
    await step(
      'units: ratings and collective titles',
      `with r as (
         select u.idx, u.id, u.province, y, case when bn_h(10000000 + u.idx, 50 + y) % 100 < 35 then 'excellent'
           when bn_h(10000000 + u.idx, 50 + y) % 100 < 95 then 'good' else 'completed' end rating
         from bn_units u cross join ${years}),
       ins as (insert into ratings (id, subject_kind, subject_id, org_id, year, rating, note, created_at, updated_at, version)
         select bn_id(8, idx * 8 + y - 2020), 'collective', id, id, y, rating, '', ${stamp} from r)
       insert into award_records ${awardCols}
       select bn_id(9, idx * 8 + y - 2020), 'collective', u.id, u.id, 'advanced_collective', y, y, ${here}
       from r u where rating <> 'completed'`,
    );
    await c.query(`drop table bn_pool, bn_pool_suffix, bn_units, bn_positions; ${DROP_FUNCTIONS}`);

    // Keys first (the foreign keys need them), then the other indexes, then the foreign keys (checked on adding).
    for (const [kind, sqlText] of rebuild) {
      const t = performance.now();
      await c.query(sqlText);
      steps.push({ step: `${kind}: ${sqlText.slice(0, 90)}`, seconds: (performance.now() - t) / 1000 });
    }
    const kinds = ['key', 'index', 'foreign key'];
    for (const k of kinds) {
      const s = steps.filter((x) => x.step.startsWith(`${k}: `));
      log(`  ${s.length} × ${k}: ${s.reduce((a, x) => a + x.seconds, 0).toFixed(1)} s (load ${loadavg()})`);
    }
    await step('vacuum analyze', 'vacuum analyze');
    return {
      ministryId: ministry.id,
      provinceIds,
      firstProvinceUnits,
      people,
      steps,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await c.end();
  }
}

export const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * Drops the loaded tables' keys, every foreign key from or to them, and their other indexes; returns the
 * statements that put them back, in the order that works: keys, indexes, foreign keys.
 */
async function dropKeysAndIndexes(c: pg.Client): Promise<[string, string][]> {
  const tables = `(select oid from pg_class where relname = any($1) and relnamespace = current_schema()::regnamespace)`;
  const fks = await c.query<{ conname: string; tbl: string; def: string }>(
    `select conname, conrelid::regclass::text tbl, pg_get_constraintdef(oid) def from pg_constraint
     where contype = 'f' and (conrelid in ${tables} or confrelid in ${tables})`,
    [LOADED],
  );
  const keys = await c.query<{ conname: string; tbl: string; def: string }>(
    `select conname, conrelid::regclass::text tbl, pg_get_constraintdef(oid) def from pg_constraint
     where contype in ('p', 'u') and conrelid in ${tables} order by contype`,
    [LOADED],
  );
  const indexes = await c.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = any($1)
       and indexname not in (select conname from pg_constraint)`,
    [LOADED],
  );
  for (const f of fks.rows) await c.query(`alter table ${f.tbl} drop constraint "${f.conname}"`);
  for (const k of keys.rows) await c.query(`alter table ${k.tbl} drop constraint "${k.conname}"`);
  for (const i of indexes.rows) await c.query(`drop index "${i.indexname}"`);
  return [
    ...keys.rows.map((k): [string, string] => ['key', `alter table ${k.tbl} add constraint "${k.conname}" ${k.def}`]),
    ...indexes.rows.map((i): [string, string] => ['index', i.indexdef]),
    ...fks.rows.map((f): [string, string] => [
      'foreign key',
      `alter table ${f.tbl} add constraint "${f.conname}" ${f.def}`,
    ]),
  ];
}
