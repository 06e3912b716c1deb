import type { RegistryKind } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { KINDS } from '../../modules/registries/kinds.ts';
import { loose } from '../../modules/registries/rows.ts';
import type { Db } from './steps.ts';

/** What each kind needs beyond the common columns, so a test names only what it is about. */
const DEFAULTS: Record<RegistryKind, Record<string, unknown>> = {
  facilities: { tax_code: '', vsic: '', ownership: 'non_state', workers: 0 },
  cooperatives: { tax_code: '', field: 'agriculture', members: 0 },
  'craft-villages': {
    traditional: 0,
    decision_no: '',
    decision_date: null,
    households: 0,
    craft_households: 0,
    products: '',
  },
  'rural-products': {
    producer: '',
    level: 'provincial',
    vote_year: 2021,
    decision_no: '',
    decision_date: null,
    score: 75,
  },
  'industrial-zones': {
    zone_type: 'cluster',
    decision_no: '',
    area_ha: 0,
    industrial_land_ha: 0,
    leased_land_ha: 0,
    investor: '',
    projects: 0,
  },
};

/** A registry row straight into its table (columns by their database names), valid from `valid_from`. */
export async function makeRegistryRow(
  db: Db,
  kind: RegistryKind,
  row: { name: string; valid_from: string; valid_to?: string | null } & Record<string, unknown>,
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await loose(db)
    .insertInto(KINDS[kind].table)
    .values({
      id,
      code: '',
      address: '',
      unit_id: null,
      status: row.valid_to ? 'closed' : 'active',
      valid_to: null,
      note: '',
      ...DEFAULTS[kind],
      ...row,
      search_key: searchKey(`${row.name} ${String(row.code ?? '')} ${String(row.address ?? '')}`),
      created_at: now,
      updated_at: now,
      version: 1,
    } as never)
    .execute();
  return id;
}

/** A commune (reporting unit) a registry row may lie in. */
export async function makeStatUnit(db: Db, code: string, name: string): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('stat_units')
    .values({
      id,
      code,
      name,
      search_key: searchKey(name),
      kind: 'commune',
      parent_id: null,
      org_id: null,
      valid_from: '2025-07-01',
      valid_to: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return id;
}
