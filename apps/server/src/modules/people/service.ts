import type { z } from 'zod';
import type { CreatePersonRequest, PeopleQuery, Person, PersonListItem, UpdatePersonRequest } from '@thidua/contracts';
import type { EmploymentType, Gender, PersonStatus } from '@thidua/domain';
import { fullName, maskCitizenId, nameSortKey, personDateProblems, searchKey } from '@thidua/domain';
import type { PersonTable } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { assertReach, type RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, conflict, notFound, staleVersion } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import {
  COUNT_CAP,
  countPeople,
  countPeopleExact,
  findPeoplePage,
  findPerson,
  type LIST_COLUMNS,
  type PeopleFilter,
} from './queries.ts';
import { indexNames, planSearch } from './nameIndex.ts';
import {
  PEOPLE_WRITERS,
  canReadPeopleOf,
  personAbilities,
  personAbilitiesIn,
  readableOrgs,
  type PersonAbilities,
} from './policy.ts';

type Row = PersonTable & { org_name: string };

export function toPerson(r: Row, opts: { abilities: PersonAbilities; fullCitizenId: boolean }): Person {
  return {
    id: r.id,
    familyName: r.family_name,
    middleName: r.middle_name,
    givenName: r.given_name,
    fullName: r.full_name,
    gender: r.gender as Gender,
    dateOfBirth: r.date_of_birth,
    position: r.position,
    orgId: r.org_id,
    orgName: r.org_name,
    employmentType: r.employment_type as EmploymentType,
    startDate: r.start_date,
    status: r.status as PersonStatus,
    citizenId: opts.fullCitizenId ? r.citizen_id : maskCitizenId(r.citizen_id),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    abilities: opts.abilities,
  };
}

type ListRow = Pick<PersonTable, (typeof LIST_COLUMNS)[number] extends `people.${infer C}` ? C : never>;

/** A row of the list: its own columns only, the unit's name from the tree. */
function toListItem(r: ListRow, orgName: string, abilities: PersonAbilities): PersonListItem {
  return {
    id: r.id,
    fullName: r.full_name,
    gender: r.gender as Gender,
    dateOfBirth: r.date_of_birth,
    position: r.position,
    orgId: r.org_id,
    orgName,
    employmentType: r.employment_type as EmploymentType,
    startDate: r.start_date,
    status: r.status as PersonStatus,
    citizenId: maskCitizenId(r.citizen_id),
    abilities,
  };
}

/** Derived columns: full name, diacritics-free search key, Vietnamese sort key. */
export function derivedNameColumns(p: { familyName: string; middleName: string; givenName: string }) {
  const full = fullName(p);
  return { full_name: full, search_key: searchKey(full), sort_key: nameSortKey(p) };
}

/** Turns query parameters into a filter limited to what the user may see. */
export async function filterFor(
  deps: Deps,
  user: RequestUser,
  tree: OrgTree,
  query: Omit<PeopleQuery, 'page' | 'pageSize' | 'sort'>,
): Promise<PeopleFilter> {
  const scope = readableOrgs(user, tree);
  const { orgId, subtree, q, ...rest } = query;
  const search = await planSearch(deps.db.kysely, q ? searchKey(q) : '');
  let orgIds: string[] | undefined;
  if (orgId) {
    const wanted = subtree === 'false' ? (tree.has(orgId) ? [orgId] : []) : tree.subtree(orgId);
    orgIds = scope === 'all' ? wanted : wanted.filter((id) => scope.has(id));
  } else if (scope !== 'all') orgIds = [...scope];
  return { ...rest, search, ...(orgIds ? { orgIds } : {}) };
}

export async function listPeople(deps: Deps, user: RequestUser, query: PeopleQuery) {
  const tree = await deps.tree.fresh();
  const filter = await filterFor(deps, user, tree, query);
  const db = deps.db.kysely;
  const [rows, count] = await Promise.all([
    findPeoplePage(db, filter, query.sort, query.pageSize, (query.page - 1) * query.pageSize),
    // The count reaches a little past the page asked for: later pages stay reachable without counting everything.
    countPeople(db, filter, Math.max(COUNT_CAP, query.page * query.pageSize + 10 * query.pageSize)),
  ]);
  const abilitiesOf = personAbilitiesIn(user, tree);
  return {
    items: rows.map((r) => toListItem(r, tree.name(r.org_id), abilitiesOf(r.org_id))),
    page: query.page,
    pageSize: query.pageSize,
    total: count.total,
    totalExact: count.exact,
  };
}

/** The exact number for a filter (dashboards); lists use capped counts. */
export async function countAllPeople(
  deps: Deps,
  user: RequestUser,
  query: Omit<PeopleQuery, 'page' | 'pageSize' | 'sort'>,
) {
  const tree = await deps.tree.fresh();
  const filter = await filterFor(deps, user, tree, query);
  return { total: await countPeopleExact(deps.db.kysely, filter) };
}

export async function getPerson(deps: Deps, user: RequestUser, id: string): Promise<Person> {
  const tree = await deps.tree.fresh();
  const row = await findPerson(deps.db.kysely, id);
  if (!row || !canReadPeopleOf(user, tree, row.org_id)) throw notFound('cán bộ');
  const abilities = personAbilities(user, tree, row.org_id);
  return toPerson(row, { abilities, fullCitizenId: abilities.edit });
}

async function assertCitizenIdFree(
  deps: Deps,
  user: RequestUser,
  citizenId: string | null,
  exceptId?: string,
): Promise<void> {
  if (!citizenId) return;
  let q = deps.db.kysely.selectFrom('people').select(['id', 'full_name', 'org_id']).where('citizen_id', '=', citizenId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const other = await q.executeTakeFirst();
  if (!other) return;
  // The holder is named only to one who may read that person: a citizen ID must not reveal who works where.
  const tree = await deps.tree.fresh();
  throw conflict(
    'duplicate_citizen_id',
    canReadPeopleOf(user, tree, other.org_id)
      ? `Số CCCD này đã được dùng cho ${other.full_name} (${tree.name(other.org_id)}).`
      : 'Số CCCD này đã được đăng ký trong hệ thống. Hãy kiểm tra lại số, hoặc hỏi bộ phận thi đua – khen thưởng của Sở.',
    [{ path: 'citizenId', message: 'Số CCCD đã tồn tại' }],
  );
}

async function assertOrgUsable(deps: Deps, user: RequestUser, orgId: string): Promise<void> {
  const tree = await deps.tree.fresh();
  if (!tree.has(orgId))
    throw new AppError(400, 'invalid_org', 'Đơn vị không tồn tại.', [{ path: 'orgId', message: 'Không tồn tại' }]);
  assertReach(user, PEOPLE_WRITERS, orgId, tree);
}

export async function createPerson(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreatePersonRequest>,
): Promise<Person> {
  await assertOrgUsable(deps, user, input.orgId);
  await assertCitizenIdFree(deps, user, input.citizenId);
  const now = nowIso();
  const row: PersonTable = {
    id: newId(),
    family_name: input.familyName,
    middle_name: input.middleName,
    given_name: input.givenName,
    ...derivedNameColumns(input),
    gender: input.gender,
    date_of_birth: input.dateOfBirth,
    position: input.position,
    org_id: input.orgId,
    employment_type: input.employmentType,
    start_date: input.startDate,
    status: input.status,
    citizen_id: input.citizenId,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('people').values(row).execute();
    await indexNames(trx, [row], { fresh: true });
    await appendAudit(trx, actor, 'person.created', 'person', row.id, null, auditView(row));
  });
  return getPerson(deps, user, row.id);
}

/** What the audit keeps of a person: everything but the derived columns. */
export function auditView(r: PersonTable): Record<string, unknown> {
  const { search_key: _s, sort_key: _k, ...rest } = r;
  return rest;
}

export async function updatePerson(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdatePersonRequest>,
): Promise<Person> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const before = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before || !canReadPeopleOf(user, tree, before.org_id)) throw notFound('cán bộ');
  assertReach(user, PEOPLE_WRITERS, before.org_id, tree);
  if (before.version !== input.version) throw staleVersion();
  if (input.orgId && input.orgId !== before.org_id) await assertOrgUsable(deps, user, input.orgId);
  if (input.dateOfBirth !== undefined || input.startDate !== undefined) {
    // A date changed alone is judged with the one kept (a start date against the stored birth date).
    const dates = {
      dateOfBirth: input.dateOfBirth === undefined ? before.date_of_birth : input.dateOfBirth,
      startDate: input.startDate === undefined ? before.start_date : input.startDate,
    };
    const problems = personDateProblems(dates, todayVn(clockOf(deps)));
    if (problems.length)
      throw badRequest(
        'implausible_date',
        `Ngày không hợp lý: ${problems.map((p) => p.message).join('; ')}.`,
        problems,
      );
  }
  if (input.citizenId !== undefined) await assertCitizenIdFree(deps, user, input.citizenId, id);
  const names = {
    familyName: input.familyName ?? before.family_name,
    middleName: input.middleName ?? before.middle_name,
    givenName: input.givenName ?? before.given_name,
  };
  const after: PersonTable = {
    ...before,
    family_name: names.familyName,
    middle_name: names.middleName,
    given_name: names.givenName,
    ...derivedNameColumns(names),
    gender: input.gender ?? before.gender,
    date_of_birth: input.dateOfBirth === undefined ? before.date_of_birth : input.dateOfBirth,
    position: input.position ?? before.position,
    org_id: input.orgId ?? before.org_id,
    employment_type: input.employmentType ?? before.employment_type,
    start_date: input.startDate === undefined ? before.start_date : input.startDate,
    status: input.status ?? before.status,
    citizen_id: input.citizenId === undefined ? before.citizen_id : input.citizenId,
    updated_at: nowIso(),
    version: before.version + 1,
  };
  await db.transaction().execute(async (trx) => {
    const { id: _id, created_at: _c, version: _v, ...changes } = after;
    await updateVersioned(trx, 'people', id, before.version, changes);
    if (after.search_key !== before.search_key) await indexNames(trx, [after]);
    await appendAudit(trx, actor, 'person.updated', 'person', id, auditView(before), auditView(after));
  });
  return getPerson(deps, user, id);
}
