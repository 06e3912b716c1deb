import type { RegistryKind } from '@thidua/contracts';
import { defineList, type ListParams } from '../../platform/lists.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { KINDS, type RegistryKindSpec } from './kinds.ts';
import { registryAbilities } from './policy.ts';
import { loose, unitNames, validAt, viewOf, type Row, type RowQuery } from './rows.ts';

type Query = ListParams & Record<string, unknown> & { page: number; pageSize: number };

/** The value a list filter compares: the craft villages' "traditional" flag is stored as 0/1. */
const filterValue = (key: string, v: unknown) => (key === 'traditional' ? (v === 'true' ? 1 : 0) : v);

/** One list declaration per kind, from its description: asOf, status, the commune and the kind's own filters. */
function listOf(s: RegistryKindSpec) {
  const filters: Record<string, (q: RowQuery, v: never) => RowQuery> = {
    asOf: (q, v: string) => validAt(q, v),
    status: (q, v: string) => q.where('status', '=', v),
    unitId: (q, v: string) => q.where('unit_id', '=', v),
  };
  for (const [key, column] of Object.entries(s.filters))
    filters[key] = (q, v: unknown) => q.where(column, '=', filterValue(key, v) as string);
  return defineList<Record<string, Row>, string, Row, ListParams & Record<string, unknown>>({
    // The search key begins with the name without diacritics: ordering by it is ordering by name.
    sorts: { name: ['search_key'], code: ['code'], validFrom: ['valid_from'] } as never,
    tieBreaker: 'id',
    search: ['search_key'],
    filters: filters as never,
  });
}

export const LISTS = Object.fromEntries(Object.values(KINDS).map((s) => [s.kind, listOf(s)])) as Record<
  RegistryKind,
  ReturnType<typeof listOf>
>;

export const baseQuery = (deps: Deps, s: RegistryKindSpec): RowQuery =>
  loose(deps.db.kysely).selectFrom(s.table).selectAll() as unknown as RowQuery;

export async function listRegistry(deps: Deps, user: RequestUser, kind: RegistryKind, q: Query) {
  const s = KINDS[kind];
  const page = await LISTS[kind].page(baseQuery(deps, s), q);
  const names = await unitNames(
    deps.db.kysely,
    page.items.map((r) => r.unit_id),
  );
  return {
    ...page,
    items: page.items.map((r) =>
      viewOf(s, r, r.unit_id ? (names.get(r.unit_id) ?? null) : null, registryAbilities(user, kind, r)),
    ),
  };
}
