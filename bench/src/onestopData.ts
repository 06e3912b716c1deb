/**
 * The one-stop desk at scale: the demo's catalog (61 procedures with their versions) and N dossiers spread
 * over 01/01/2025 → now, planned by the demo's generator (apps/server/src/seed/onestopDemo*.ts: the same mix of
 * channels, outcomes, pauses, apologies, refusals, withdrawals, stops and inter-agency legs, due times from
 * `dueAt` over the seeded calendar), with every status change in `transitions`. A load fixture, not business
 * writes: batched inserts in one transaction, no audit, no checklist, internal-step or rating rows (the report
 * and the desk's list read the dossiers). Usable alone:
 *   tsx bench/src/onestopData.ts --dossiers 100000 [--sqlite FILE]   (or DATABASE_URL=postgres://…)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { openDb, nowIso, type Db } from '../../apps/server/src/db/index.ts';
import { bulkInsert } from '../../apps/server/src/db/bulk.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import type { DossierTable, DossierLegTable, DossierPauseTable } from '../../apps/server/src/db/schema-onestop.ts';
import type { TransitionTable } from '../../apps/server/src/db/schema.ts';
import { newId } from '../../apps/server/src/platform/ids.ts';
import { hashPassword } from '../../apps/server/src/platform/passwords.ts';
import { DEMO_UNITS } from '../../apps/server/src/seed/demoUnits.ts';
import { Rng } from '../../apps/server/src/seed/names.ts';
import { ONESTOP_DEMO_FROM, demoContext } from '../../apps/server/src/seed/onestopDemo.ts';
import { buildCatalog } from '../../apps/server/src/seed/onestopDemoCatalog.ts';
import { ONESTOP_DEMO_ACCOUNTS } from '../../apps/server/src/seed/onestopDemoData.ts';
import { generateDossiers } from '../../apps/server/src/seed/onestopDemoDossiers.ts';

/** Dossiers per unit of `perWorkingDay` over 01/01/2025 → 26/11/2026 (the demo: 6.5 a working day → 3,217). */
const PER_RATE = 495;
const BATCH = 5_000;
const AGENCY = '000.00.00.H00';

export interface OnestopDataset {
  dossiers: number;
  transitions: number;
  pauses: number;
  legs: number;
  seconds: number;
  /** Open dossiers (accepted, in process, paused) and how many of them thuly holds. */
  open: number;
  mine: number;
}

export async function generateOnestop(
  db: Db,
  dossiers: number,
  password: string,
  now: string,
  /** The department already in the database (code → id, `SCT` its root): its units are used, the missing ones added. */
  existing?: ReadonlyMap<string, string>,
): Promise<OnestopDataset> {
  const started = performance.now();
  const stamp = nowIso();
  const hash = await hashPassword(password);
  const orgIds = new Map<string, string>(existing);
  const rootId = orgIds.get('SCT') ?? newId();
  orgIds.set('SCT', rootId);
  const units = DEMO_UNITS.filter((u) => ['VP', 'QLTM', 'KTATMT', 'QLNL', 'QLCN'].includes(u.code));
  const added = units.filter((u) => !orgIds.has(u.code));
  for (const u of added) orgIds.set(u.code, newId());
  const out: OnestopDataset = { dossiers: 0, transitions: 0, pauses: 0, legs: 0, seconds: 0, open: 0, mine: 0 };
  db.sqlite?.pragma('cache_size = -262144');
  await db.kysely.transaction().execute(async (trx) => {
    const org = (id: string, code: string, name: string, kind: string, parent: string | null) => ({
      id,
      parent_id: parent,
      code,
      name,
      kind,
      active: 1,
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    });
    const orgs = [
      ...(existing?.has('SCT') ? [] : [org(rootId, 'SCT', 'Sở Công Thương tỉnh Thái Nguyên', 'department', null)]),
      ...added.map((u) => org(orgIds.get(u.code)!, u.code, u.name, u.kind, rootId)),
    ];
    if (orgs.length) await trx.insertInto('organisations').values(orgs).execute();
    const accounts = [
      ...ONESTOP_DEMO_ACCOUNTS,
      { username: 'lanhdao', role: 'leader', orgCode: 'SCT', displayName: 'Lê Quang Tiến' },
    ];
    for (const a of accounts) {
      const id = newId();
      await trx
        .insertInto('users')
        .values({
          id,
          username: a.username,
          display_name: a.displayName,
          password_hash: hash,
          active: 1,
          must_change_password: 0,
          last_login_at: null,
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        })
        .execute();
      await trx
        .insertInto('role_grants')
        .values({ id: newId(), user_id: id, role: a.role, org_id: orgIds.get(a.orgCode)!, created_at: stamp })
        .execute();
    }
    const { ctx, divisionNames } = await demoContext(trx, orgIds);
    const catalog = buildCatalog(rootId, divisionNames, ctx.clerk);
    await bulkInsert(trx, 'procedures', catalog.procedures);
    await bulkInsert(trx, 'procedure_versions', catalog.versions);
    await bulkInsert(trx, 'transitions', catalog.transitions);

    const counters = new Map<string, number>();
    let batch = {
      dossiers: [] as DossierTable[],
      transitions: [] as TransitionTable[],
      pauses: [] as DossierPauseTable[],
      legs: [] as DossierLegTable[],
    };
    // Pauses and legs refer to their dossiers: they go in after them, in the same flush.
    const flush = async () => {
      await bulkInsert(trx, 'dossiers', batch.dossiers);
      await bulkInsert(trx, 'transitions', batch.transitions);
      await bulkInsert(trx, 'dossier_pauses', batch.pauses);
      await bulkInsert(trx, 'dossier_legs', batch.legs);
      out.pauses += batch.pauses.length;
      out.legs += batch.legs.length;
      batch = { dossiers: [], transitions: [], pauses: [], legs: [] };
    };
    const thuly = ctx.officerOf(catalog.catalog.find((p) => p.division === 'QLTM')!).id;
    for (const r of generateDossiers(ctx, catalog.catalog, new Rng(42), {
      fromDay: ONESTOP_DEMO_FROM,
      now,
      agencyCode: AGENCY,
      orgId: rootId,
      perWorkingDay: dossiers / PER_RATE,
      counters,
    })) {
      batch.dossiers.push(r.dossier);
      batch.transitions.push(...r.transitions);
      batch.pauses.push(...r.pauses);
      batch.legs.push(...r.legs);
      out.dossiers++;
      out.transitions += r.transitions.length;
      if (['accepted', 'in_process', 'supplement', 'financial'].includes(r.dossier.status)) {
        out.open++;
        if (r.dossier.assignee_id === thuly) out.mine++;
      }
      if (batch.dossiers.length >= BATCH) await flush();
    }
    await flush();
    await bulkInsert(
      trx,
      'dossier_code_counters',
      [...counters].map(([day, last]) => ({ agency_code: AGENCY, day, last })),
    );
  });
  if (db.dialect === 'postgres') await sql`vacuum analyze`.execute(db.kysely);
  out.seconds = (performance.now() - started) / 1000;
  return out;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(arg('dossiers', '100000'));
  const databaseUrl = process.env.DATABASE_URL;
  const sqlitePath = path.resolve(arg('sqlite', 'data/bench-onestop.db'));
  const db = openDb(databaseUrl ? { databaseUrl } : { sqlitePath });
  await migrateToLatest(db);
  const d = await generateOnestop(db, n, 'Bench@Motcua2026', new Date().toISOString());
  await db.close();
  console.log(`${JSON.stringify(d)} → ${databaseUrl ? 'PostgreSQL' : sqlitePath}`);
}
