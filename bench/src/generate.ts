/**
 * Benchmark dataset: N people spread over ~40 units of one department, with
 * the same name generator as the demo seed. Rows go straight in with
 * batched inserts in one transaction and no per-row audit (a load fixture,
 * not a business write). Usable alone:
 *   tsx bench/src/generate.ts --people 100000 [--sqlite FILE]   (or DATABASE_URL=postgres://…)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { openDb, nowIso, type Db } from '../../apps/server/src/db/index.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import type { OrganisationTable, PersonTable } from '../../apps/server/src/db/schema.ts';
import { newId } from '../../apps/server/src/platform/ids.ts';
import { derivedNameColumns } from '../../apps/server/src/modules/people/service.ts';
import { indexNames } from '../../apps/server/src/modules/people/nameIndex.ts';
import { DEMO_UNITS } from '../../apps/server/src/seed/demoUnits.ts';
import { Rng, citizenId, joinName, randomDate, randomName } from '../../apps/server/src/seed/names.ts';
import { generateHistory, type HistoryPerson, type HistoryStats } from './history.ts';

export const UNIT_COUNT = 39;
const BATCH = 1000; // 18 columns × 1000 stays under both databases' bound-parameter limits

const POSITIONS: [string, string, number][] = [
  ['Chuyên viên', 'civil_servant', 50],
  ['Chuyên viên chính', 'civil_servant', 12],
  ['Kiểm soát viên thị trường', 'civil_servant', 10],
  ['Phó Trưởng phòng', 'civil_servant', 6],
  ['Trưởng phòng', 'civil_servant', 3],
  ['Kế toán', 'civil_servant', 5],
  ['Kỹ sư', 'public_employee', 8],
  ['Nhân viên', 'worker', 6],
];
const POSITION_TOTAL = POSITIONS.reduce((s, p) => s + p[2], 0);

function pickPosition(rng: Rng): [string, string] {
  let x = rng.next() * POSITION_TOTAL;
  for (const [position, employment, w] of POSITIONS) if ((x -= w) < 0) return [position, employment];
  return ['Chuyên viên', 'civil_servant'];
}

export interface Dataset {
  rootId: string;
  unitIds: string[];
  people: number;
  seconds: number;
  /** Ten years of ratings and award history (absent with `history: false`). */
  history?: HistoryStats;
}

/** Inserts the tree and the people; the database must be migrated and empty. */
export async function generateDataset(
  db: Db,
  people: number,
  seed = 42,
  opts: { history?: boolean } = {},
): Promise<Dataset> {
  const started = performance.now();
  const rng = new Rng(seed);
  const now = nowIso();
  const org = (code: string, name: string, kind: string, parent: string | null): OrganisationTable => ({
    id: newId(),
    parent_id: parent,
    code,
    name,
    kind,
    active: 1,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  const root = org('SCT', 'Sở Công Thương tỉnh Thái Nguyên', 'department', null);
  // Units borrow the demo's names (divisions, market teams, enterprises) but hang flat under the root.
  const units = DEMO_UNITS.filter((u) => u.parent !== null && u.code !== 'DN-HTX')
    .slice(0, UNIT_COUNT)
    .map((u) => org(u.code, u.name, u.kind, root.id));
  // Cache derived keys: the Vietnamese sort key is the costly part and names repeat a lot.
  const derived = new Map<string, ReturnType<typeof derivedNameColumns>>();
  const usedCitizenIds = new Set<string>();
  const forHistory: HistoryPerson[] = [];

  // SQLite's default 2 MB page cache thrashes on four random-order indexes; give the load 256 MB.
  db.sqlite?.pragma('cache_size = -262144');
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values([root, ...units])
      .execute();
    let batch: PersonTable[] = [];
    for (let i = 0; i < people; i++) {
      const name = randomName(rng, rng.chance(0.5) ? 'male' : 'female');
      const key = joinName(name);
      let d = derived.get(key);
      if (!d) derived.set(key, (d = derivedNameColumns(name)));
      const dob = randomDate(rng, 1966, 2000);
      const [position, employment] = pickPosition(rng);
      let cid: string | null = null;
      if (rng.chance(0.5)) {
        cid = citizenId(rng, name.gender, dob);
        if (usedCitizenIds.has(cid)) cid = null;
        else usedCitizenIds.add(cid);
      }
      const startYear = Math.min(2024, Number(dob.slice(0, 4)) + rng.int(22, 27));
      const x = rng.next();
      const row: PersonTable = {
        id: newId(),
        family_name: name.familyName,
        middle_name: name.middleName,
        given_name: name.givenName,
        ...d,
        gender: name.gender,
        date_of_birth: dob,
        position,
        org_id: units[rng.int(0, units.length - 1)]!.id,
        employment_type: employment,
        start_date: randomDate(rng, startYear, startYear),
        status: x < 0.93 ? 'working' : x < 0.96 ? 'on_leave' : x < 0.98 ? 'transferred' : 'retired',
        citizen_id: cid,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      batch.push(row);
      forHistory.push({
        id: row.id,
        org_id: row.org_id,
        start_date: row.start_date,
        status: row.status,
        gender: row.gender,
      });
      if (batch.length === BATCH) {
        await trx.insertInto('people').values(batch).execute();
        await indexNames(trx, batch, { fresh: true });
        batch = [];
      }
    }
    if (batch.length) {
      await trx.insertInto('people').values(batch).execute();
      await indexNames(trx, batch, { fresh: true });
    }
  });
  const history =
    opts.history === false
      ? undefined
      : await generateHistory(db, forHistory, [root.id, ...units.map((u) => u.id)], seed + 1);
  // Autovacuum would get there within a minute or two (statistics, visibility map for index-only scans); do it now.
  if (db.dialect === 'postgres') await sql`vacuum analyze`.execute(db.kysely);
  return {
    rootId: root.id,
    unitIds: units.map((u) => u.id),
    people,
    seconds: (performance.now() - started) / 1000,
    ...(history ? { history } : {}),
  };
}

/** A full name held by very few people whose search key also matches few others (query d). */
export async function findRareName(db: Db): Promise<{ name: string; matches: number }> {
  const candidates = await db.kysely
    .selectFrom('people')
    .select(['search_key', (eb) => eb.fn.min('full_name').as('name'), (eb) => eb.fn.countAll().as('n')])
    .groupBy('search_key')
    .having((eb) => eb.fn.countAll(), '<=', 2)
    .orderBy('search_key')
    .limit(50)
    .execute();
  for (const c of candidates) {
    const row = await db.kysely
      .selectFrom('people')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('search_key', 'like', `%${c.search_key}%`)
      .executeTakeFirstOrThrow();
    const matches = Number(row.n);
    if (matches <= 5) return { name: String(c.name), matches };
  }
  throw new Error('no rare name found in the dataset');
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const people = Number(arg('people', '100000'));
  const databaseUrl = process.env.DATABASE_URL;
  const sqlitePath = path.resolve(arg('sqlite', 'data/bench.db')!);
  const db = openDb(databaseUrl ? { databaseUrl } : { sqlitePath });
  await migrateToLatest(db);
  const ds = await generateDataset(db, people);
  const rare = await findRareName(db);
  await db.close();
  console.log(
    `${ds.people} people in ${ds.unitIds.length} units → ${databaseUrl ? 'PostgreSQL' : sqlitePath} ` +
      `in ${ds.seconds.toFixed(1)} s; rare name: ${rare.name} (${rare.matches})`,
  );
  if (ds.history) console.log(`history in ${ds.history.seconds.toFixed(1)} s: ${JSON.stringify(ds.history.rows)}`);
}
