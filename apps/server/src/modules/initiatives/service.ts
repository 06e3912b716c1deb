import type { z } from 'zod';
import type {
  CreateInitiativeRequest,
  InitiativesQuery,
  UpdateInitiativeRequest,
  AttachmentView,
} from '@thidua/contracts';
import { contributionErrors, searchKey } from '@thidua/domain';
import { sql } from 'kysely';
import type { FastifyRequest } from 'fastify';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import {
  ANY_ROLE,
  OFFICE,
  WRITERS_OF_PEOPLE,
  assertReach,
  canReach,
  scopeOf,
  type RequestUser,
} from '../../platform/access.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { attachUpload } from '../../platform/files.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { OWNER, hiddenFor, initiativeViews, type View } from './views.ts';

export { initiativeViews, hiddenFor } from './views.ts';
type Input = z.output<typeof CreateInitiativeRequest>;

/** The year an initiative counts in: its recognition, or its registration while not recognised. */
export const yearOf = sql<string>`substr(coalesce(i.recognised_on, i.created_at), 1, 4)`;

/** The ids of the initiatives a query selects, newest first, the same order on both databases. */
export async function registryIds(
  deps: Deps,
  user: RequestUser,
  tree: OrgTree,
  hidden: Set<string>,
  q: Omit<z.output<typeof InitiativesQuery>, 'page' | 'pageSize'>,
): Promise<string[]> {
  const scope = scopeOf(user, ANY_ROLE, tree);
  let query = deps.db.kysely.selectFrom('initiatives as i').select(['i.id', 'i.title']);
  if (q.orgId) query = query.where('i.org_id', 'in', tree.subtree(q.orgId));
  if (scope !== 'all') query = query.where('i.org_id', 'in', [...scope]);
  if (q.personId)
    query = query.where('i.id', 'in', (eb) =>
      eb.selectFrom('initiative_authors').select('initiative_id').where('person_id', '=', q.personId!),
    );
  if (q.status) query = query.where('i.status', '=', q.status);
  if (q.level) query = query.where('i.level', '=', q.level);
  if (q.field) query = query.where('i.field', '=', q.field);
  if (q.from) query = query.where(yearOf, '>=', String(q.from));
  if (q.to) query = query.where(yearOf, '<=', String(q.to));
  const rows = await query
    .orderBy(sql`coalesce(i.recognised_on, i.created_at)`, 'desc')
    .orderBy('i.id', 'desc')
    .execute();
  const needle = q.q ? searchKey(q.q) : '';
  return (
    rows
      .filter((r) => !needle || searchKey(r.title).includes(needle))
      // Listing by author or unit must not tell a reviewer who wrote what he scores anonymously.
      .filter((r) => !((q.personId || q.orgId) && hidden.has(r.id)))
      .map((r) => r.id)
  );
}

export async function listInitiatives(deps: Deps, user: RequestUser, q: z.output<typeof InitiativesQuery>) {
  const tree = await deps.tree.fresh();
  const hidden = await hiddenFor(deps.db.kysely, user.id);
  const all = await registryIds(deps, user, tree, hidden, q);
  const ids = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const views = await initiativeViews(deps, tree, ids, { user, hidden });
  const order = new Map(ids.map((id, i) => [id, i]));
  return {
    items: views.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    page: q.page,
    pageSize: q.pageSize,
    total: all.length,
    totalExact: true,
  };
}

export async function getInitiative(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const tree = await deps.tree.fresh();
  const row = await deps.db.kysely.selectFrom('initiatives').select('org_id').where('id', '=', id).executeTakeFirst();
  // Out of reach reads as missing, like a person or a dossier: existence is not disclosed.
  if (!row || !canReach(user, ANY_ROLE, row.org_id, tree)) throw notFound('sáng kiến');
  const hidden = await hiddenFor(deps.db.kysely, user.id);
  const [view] = await initiativeViews(deps, tree, [id], { user, hidden });
  if (!view) throw notFound('sáng kiến');
  return view;
}

async function validate(deps: Deps, user: RequestUser, tree: OrgTree, input: Input): Promise<void> {
  const errors: FieldError[] = [];
  if (!tree.has(input.orgId)) errors.push({ path: 'orgId', message: 'Không tìm thấy đơn vị' });
  else assertReach(user, WRITERS_OF_PEOPLE, input.orgId, tree);
  for (const message of contributionErrors(input.authors)) errors.push({ path: 'authors', message });
  const ids = input.authors.map((a) => a.personId);
  const found = new Set(
    (await deps.db.kysely.selectFrom('people').select('id').where('id', 'in', ids).execute()).map((p) => p.id),
  );
  input.authors.forEach((a, i) => {
    if (!found.has(a.personId)) errors.push({ path: `authors.${i}.personId`, message: 'Không tìm thấy cán bộ này' });
  });
  if ((input.level === null) !== (input.recognisedOn === null))
    errors.push({
      path: input.level === null ? 'level' : 'recognisedOn',
      message: 'Sáng kiến đã công nhận cần cả cấp công nhận và ngày công nhận',
    });
  const today = todayVn(clockOf(deps));
  if (input.recognisedOn && input.recognisedOn > today)
    errors.push({ path: 'recognisedOn', message: 'Ngày công nhận không được ở tương lai' });
  if (input.firstAppliedOn && input.firstAppliedOn > today)
    errors.push({ path: 'firstAppliedOn', message: 'Ngày áp dụng lần đầu không được ở tương lai' });
  if (input.firstAppliedOn && input.recognisedOn && input.firstAppliedOn > input.recognisedOn)
    errors.push({ path: 'firstAppliedOn', message: 'Sáng kiến phải được áp dụng trước khi công nhận' });
  if (errors.length)
    throw badRequest(
      'invalid_initiative',
      `Chưa lưu được sáng kiến: ${errors.map((e) => e.message).join('; ')}.`,
      errors,
    );
}

const row = (input: Input) => ({
  title: input.title,
  kind: input.kind,
  field: input.field,
  org_id: input.orgId,
  level: input.level,
  recognised_on: input.recognisedOn,
  decision_number: input.decisionNumber,
  decision_signer: input.decisionSigner,
  summary: input.summary,
  problem: input.problem,
  solution: input.solution,
  novelty: input.novelty,
  first_applied_on: input.firstAppliedOn,
  applied_at: input.appliedAt,
  benefit_amount: input.benefitAmount,
  social_benefit: input.socialBenefit,
});

export async function createInitiative(deps: Deps, user: RequestUser, actor: Actor, input: Input): Promise<View> {
  const tree = await deps.tree.fresh();
  await validate(deps, user, tree, input);
  const id = newId();
  const now = nowIso();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('initiatives')
      .values({
        id,
        ...row(input),
        // A past recognition is recorded as such; otherwise the application waits for a review round.
        status: input.level ? 'recognised' : 'submitted',
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('initiative_authors')
      .values(input.authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share })))
      .execute();
    await appendAudit(trx, actor, 'initiative.created', 'initiative', id, null, input);
  });
  return getInitiative(deps, user, id);
}

export async function updateInitiative(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateInitiativeRequest>,
): Promise<View> {
  const before = await getInitiative(deps, user, id);
  if (!before.canEdit)
    throw before.status === 'in_review'
      ? conflict('initiative_in_review', 'Sáng kiến đang được Hội đồng chấm: chỉ Văn phòng TĐKT sửa được.')
      : forbidden('Bạn không sửa được sáng kiến này.');
  const tree = await deps.tree.fresh();
  await validate(deps, user, tree, input);
  if (before.version !== input.version) throw staleVersion();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'initiatives', id, input.version, {
      ...row(input),
      ...(input.level && before.status !== 'recognised' ? { status: 'recognised' } : {}),
      updated_at: nowIso(),
    });
    await trx.deleteFrom('initiative_authors').where('initiative_id', '=', id).execute();
    await trx
      .insertInto('initiative_authors')
      .values(input.authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share })))
      .execute();
    const { version: _v, ...after } = input;
    await appendAudit(trx, actor, 'initiative.updated', 'initiative', id, before, after);
  });
  return getInitiative(deps, user, id);
}

/** The dossier's files (application, evidence of benefit): by whoever may edit it, or the office. */
export async function attachToInitiative(
  deps: Deps,
  req: FastifyRequest,
  user: RequestUser,
  actor: Actor,
  id: string,
): Promise<AttachmentView> {
  const view = await getInitiative(deps, user, id);
  const tree = await deps.tree.fresh();
  if (!view.canEdit && !canReach(user, OFFICE, view.orgId, tree))
    throw forbidden('Bạn không đính kèm được tệp cho sáng kiến này.');
  return attachUpload(deps.db.kysely, req, actor, { type: OWNER, id });
}

export async function mayManageFiles(deps: Deps, user: RequestUser, id: string): Promise<boolean> {
  const view = await getInitiative(deps, user, id);
  return view.canEdit || canReach(user, OFFICE, view.orgId, await deps.tree.fresh());
}

// What other modules (proposals, decisions, history, files) use of initiatives, through this facade only.
export { initiativeUseErrors, initiativesOfItems, linkAwardToInitiatives, writeItemInitiatives } from './oneUse.ts';
