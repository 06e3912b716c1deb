import type { z } from 'zod';
import type { BlocList, BlocView, CreateBlocRequest, SaveBlocYearRequest, UpdateBlocRequest } from '@thidua/contracts';
import { blocYearErrors, collationKey, type BlocKind, type BlocOrganiser, type BlocRole } from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { canManageBlocs } from './policy.ts';
import { badRequest, forbidden, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import type { Deps } from '../../platform/context.ts';
import { listAttachments } from '../../platform/files.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

type Db = Kysely<Database>;

async function blocRow(db: Db, id: string) {
  const row = await db.selectFrom('blocs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('khối, cụm thi đua');
  return row;
}

async function yearsOf(db: Db, tree: OrgTree, blocIds: string[]) {
  if (!blocIds.length) return [];
  const years = await db
    .selectFrom('bloc_years')
    .selectAll()
    .where('bloc_id', 'in', blocIds)
    .orderBy('year', 'desc')
    .execute();
  const members = years.length
    ? await db
        .selectFrom('bloc_members')
        .selectAll()
        .where(
          'bloc_year_id',
          'in',
          years.map((y) => y.id),
        )
        .orderBy('position')
        .execute()
    : [];
  const files = await listAttachments(
    db,
    'bloc_year',
    years.map((y) => y.id),
  );
  return years.map((y) => ({
    row: y,
    view: {
      year: y.year,
      members: members
        .filter((m) => m.bloc_year_id === y.id)
        .map((m) => ({ orgId: m.org_id, name: m.org_id ? tree.name(m.org_id) : m.name, role: m.role as BlocRole })),
      covenantSignedOn: y.covenant_signed_on,
      covenantNumber: y.covenant_number,
      covenantContent: y.covenant_content,
      attachments: files.get(y.id) ?? [],
      version: y.version,
    },
  }));
}

const summaryOf = (
  b: { id: string; name: string; kind: string; organiser: string },
  latest?: z.infer<typeof BlocView>['years'][number],
) => ({
  id: b.id,
  name: b.name,
  kind: b.kind as BlocKind,
  organiser: b.organiser as BlocOrganiser,
  latestYear: latest?.year ?? null,
  leaderName: latest?.members.find((m) => m.role === 'leader')?.name ?? null,
  memberCount: latest?.members.length ?? 0,
});

export async function listBlocs(deps: Deps): Promise<z.infer<typeof BlocList>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const blocs = await db.selectFrom('blocs').selectAll().execute();
  const years = await yearsOf(
    db,
    tree,
    blocs.map((b) => b.id),
  );
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  // Vietnamese order of the names ("Đ" after "D"), the same on every server whatever its ICU.
  return {
    items: blocs
      .map((b) => summaryOf(b, years.find((y) => y.row.bloc_id === b.id)?.view))
      .sort((a, b) => cmp(collationKey(a.name), collationKey(b.name)) || cmp(a.id, b.id)),
  };
}

export async function getBloc(deps: Deps, user: RequestUser, id: string): Promise<z.infer<typeof BlocView>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const b = await blocRow(db, id);
  const years = (await yearsOf(db, tree, [id])).map((y) => y.view);
  return {
    ...summaryOf(b, years[0]),
    description: b.description,
    years,
    canEdit: canManageBlocs(user, tree),
    version: b.version,
  };
}

async function assertManager(deps: Deps, user: RequestUser) {
  if (!canManageBlocs(user, await deps.tree.fresh()))
    throw forbidden('Chỉ cán bộ thi đua – khen thưởng của Sở quản lý khối, cụm thi đua.');
}

export async function createBloc(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreateBlocRequest>,
) {
  await assertManager(deps, user);
  const id = newId();
  const now = nowIso();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('blocs')
      .values({ id, ...input, created_at: now, updated_at: now, version: 1 })
      .execute();
    await appendAudit(trx, actor, 'bloc.created', 'bloc', id, null, input);
  });
  return getBloc(deps, user, id);
}

export async function updateBloc(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateBlocRequest>,
) {
  await assertManager(deps, user);
  const before = await blocRow(deps.db.kysely, id);
  if (before.version !== input.version) throw staleVersion();
  const { version, ...fields } = input;
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'blocs', id, version, { ...fields, updated_at: nowIso() });
    await appendAudit(trx, actor, 'bloc.updated', 'bloc', id, before, fields);
  });
  return getBloc(deps, user, id);
}

/** A bloc's year: members with one leader and at most one deputy, and the covenant. */
export async function saveBlocYear(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  year: number,
  input: z.output<typeof SaveBlocYearRequest>,
) {
  await assertManager(deps, user);
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  await blocRow(db, id);
  const errors: FieldError[] = [];
  const members = input.members.map((m, i) => {
    if (m.orgId && !tree.has(m.orgId)) errors.push({ path: `members.${i}.orgId`, message: 'Không tìm thấy đơn vị' });
    return { ...m, name: m.orgId && tree.has(m.orgId) ? tree.name(m.orgId) : m.name };
  });
  for (const message of blocYearErrors(members)) errors.push({ path: 'members', message });
  if (errors.length)
    throw badRequest('invalid_bloc_year', `Chưa lưu được: ${errors.map((e) => e.message).join('; ')}`, errors);
  const before = await db
    .selectFrom('bloc_years')
    .selectAll()
    .where('bloc_id', '=', id)
    .where('year', '=', year)
    .executeTakeFirst();
  if ((before?.version ?? null) !== input.version) throw staleVersion();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const covenant = {
      covenant_signed_on: input.covenantSignedOn,
      covenant_number: input.covenantNumber,
      covenant_content: input.covenantContent,
    };
    let yearId: string;
    if (before) {
      yearId = before.id;
      await updateVersioned(trx, 'bloc_years', before.id, before.version, { ...covenant, updated_at: now });
      await trx.deleteFrom('bloc_members').where('bloc_year_id', '=', yearId).execute();
    } else {
      yearId = newId();
      // A first save: of two at once, the unique (bloc, year) key lets one in and the other gets 409.
      const res = await trx
        .insertInto('bloc_years')
        .values({ id: yearId, bloc_id: id, year, ...covenant, created_at: now, updated_at: now, version: 1 })
        .onConflict((oc) => oc.columns(['bloc_id', 'year']).doNothing())
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows) !== 1) throw staleVersion();
    }
    await trx
      .insertInto('bloc_members')
      .values(
        members.map((m, position) => ({ bloc_year_id: yearId, position, org_id: m.orgId, name: m.name, role: m.role })),
      )
      .execute();
    await appendAudit(trx, actor, 'bloc.year_saved', 'bloc', id, before ? { ...before } : null, {
      year,
      ...input,
      members,
    });
  });
  return getBloc(deps, user, id);
}

export async function blocYearId(db: Db, id: string, year: number): Promise<string> {
  const row = await db
    .selectFrom('bloc_years')
    .select('id')
    .where('bloc_id', '=', id)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!row) throw notFound(`năm ${year} của khối (hãy lưu thành viên năm đó trước)`);
  return row.id;
}

/** The files of one year of a bloc as the bloc's page shows them to this user (its read rule, not a copy). */
export async function blocYearAttachments(deps: Deps, user: RequestUser, yearId: string) {
  const row = await deps.db.kysely
    .selectFrom('bloc_years')
    .select(['bloc_id', 'year'])
    .where('id', '=', yearId)
    .executeTakeFirst();
  if (!row) throw notFound('khối, cụm thi đua');
  const bloc = await getBloc(deps, user, row.bloc_id);
  return bloc.years.find((y) => y.year === row.year)?.attachments ?? [];
}
