import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import type { Database } from '../db/schema.ts';
import { loadWorkCalendar } from '../modules/calendar/service.ts';
import { officeHours } from '../modules/settings/read.ts';
import { getSetting } from '../modules/settings/service.ts';
import { Rng } from './names.ts';
import { rememberingCalendar } from './onestopDemoClock.ts';
import { buildCatalog } from './onestopDemoCatalog.ts';
import { FIELD_DIVISION, ONESTOP_DEMO_ACCOUNTS } from './onestopDemoData.ts';
import { generateDossiers } from './onestopDemoDossiers.ts';
import type { DossierRows } from './onestopDemoRows.ts';
import type { TimelineCtx, Who } from './onestopDemoTimeline.ts';

/**
 * The one-stop desk of the demo (docs/one-stop.md): the department's procedure catalog with its versions
 * since 2016, and the dossiers received from 01/01/2025 to the demo's "today" (26/11/2026, 10:30), every
 * status change a `transitions` row by the demo's clerk (motcua), officers (thuly, thuly2) and leader
 * (lanhdao). Deterministic (seeded PRNG; due times from the seeded calendar and the office-hours setting).
 * Rows go in directly, in batches, as the other demo seeds write theirs.
 */

export const ONESTOP_DEMO_NOW = '2026-11-26T03:30:00.000Z';
export const ONESTOP_DEMO_FROM = '2025-01-01';
const SEED = 20_250_101;

/** Who acts in the demo: the accounts by username, with their display names. */
export async function demoActors(trx: Pick<Transaction<Database>, 'selectFrom'>): Promise<Map<string, Who>> {
  const usernames = [...ONESTOP_DEMO_ACCOUNTS.map((a) => a.username), 'lanhdao'];
  const rows = await trx
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where('username', 'in', usernames)
    .execute();
  const out = new Map<string, Who>();
  for (const u of usernames) {
    const row = rows.find((r) => r.username === u);
    const fallback = ONESTOP_DEMO_ACCOUNTS.find((a) => a.username === u)?.displayName ?? 'Lê Quang Tiến';
    out.set(u, row ? { id: row.id, name: row.display_name } : { id: null, name: fallback });
  }
  return out;
}

/** The desk's context over the stored calendar, office hours and the organisations by code. */
export async function demoContext(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
): Promise<{ ctx: TimelineCtx; divisionNames: Record<string, string>; actors: Map<string, Who> }> {
  const actors = await demoActors(trx);
  const orgs = await trx.selectFrom('organisations').select(['id', 'name']).execute();
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
  const divisionNames: Record<string, string> = {};
  for (const code of ['QLTM', 'KTATMT', 'QLNL', 'QLCN'])
    divisionNames[code] = nameOf.get(orgIds.get(code) ?? '') ?? code;
  const ctx: TimelineCtx = {
    cal: rememberingCalendar(await loadWorkCalendar(trx, 2016, 2030)),
    hours: await officeHours(trx),
    clerk: actors.get('motcua')!,
    leader: actors.get('lanhdao')!,
    portal: { id: null, name: 'Cổng Dịch vụ công quốc gia' },
    // Trade procedures go to thuly (Phòng Quản lý Thương mại), the technical ones to thuly2.
    officerOf: (p) => actors.get(FIELD_DIVISION[p.field] === 'QLTM' ? 'thuly' : 'thuly2')!,
    divisionOrgOf: (p) => orgIds.get(FIELD_DIVISION[p.field]) ?? orgIds.get('SCT')!,
  };
  return { ctx, divisionNames, actors };
}

export interface OnestopCounts {
  procedures: number;
  versions: number;
  dossiers: number;
  transitions: number;
}

export async function insertDemoOnestop(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  now = ONESTOP_DEMO_NOW,
): Promise<OnestopCounts> {
  const { ctx, divisionNames } = await demoContext(trx, orgIds);
  const orgId = orgIds.get('SCT')!;
  const catalog = buildCatalog(orgId, divisionNames, ctx.clerk);
  await bulkInsert(trx, 'procedures', catalog.procedures);
  await bulkInsert(trx, 'procedure_versions', catalog.versions);
  await bulkInsert(trx, 'transitions', catalog.transitions);

  const all: { [K in keyof DossierRows]: DossierRows[K] extends (infer R)[] ? R[] : DossierRows[K][] } = {
    dossier: [],
    transitions: [],
    documents: [],
    steps: [],
    pauses: [],
    legs: [],
    ratings: [],
  };
  const agencyCode = await getSetting(trx, 'onestop.agencyCode');
  const counters = new Map<string, number>();
  for (const r of generateDossiers(ctx, catalog.catalog, new Rng(SEED), {
    fromDay: ONESTOP_DEMO_FROM,
    now,
    agencyCode,
    orgId,
    perWorkingDay: 6.5,
    showcase: true,
    counters,
  })) {
    all.dossier.push(r.dossier);
    all.transitions.push(...r.transitions);
    all.documents.push(...r.documents);
    all.steps.push(...r.steps);
    all.pauses.push(...r.pauses);
    all.legs.push(...r.legs);
    all.ratings.push(...r.ratings);
  }
  await bulkInsert(trx, 'dossiers', all.dossier);
  await bulkInsert(trx, 'transitions', all.transitions);
  await bulkInsert(trx, 'dossier_documents', all.documents);
  await bulkInsert(trx, 'dossier_steps', all.steps);
  await bulkInsert(trx, 'dossier_pauses', all.pauses);
  await bulkInsert(trx, 'dossier_legs', all.legs);
  await bulkInsert(trx, 'dossier_ratings', all.ratings);
  await bulkInsert(
    trx,
    'dossier_code_counters',
    [...counters].map(([day, last]) => ({ agency_code: agencyCode, day, last })),
  );
  return {
    procedures: catalog.procedures.length,
    versions: catalog.versions.length,
    dossiers: all.dossier.length,
    transitions: catalog.transitions.length + all.transitions.length,
  };
}
