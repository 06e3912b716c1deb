import type { z } from 'zod';
import type {
  CreateInitiativeRequest,
  InitiativesQuery,
  UpdateInitiativeRequest,
  AttachmentView,
} from '@thidua/contracts';
import { INITIATIVE_WORKFLOW, check, contributionErrors, type InitiativeStatus } from '@thidua/domain';
import { sql } from 'kysely';
import type { FastifyRequest } from 'fastify';
import { nowIso } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import { initiativeSearchKey } from '../../db/searchKeys.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import {
  ANY_ROLE,
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
import { applyTransition, listTransitions, refusalError } from '../../platform/transitions.ts';
import { initiativeActor } from './policy.ts';
import { attachUpload } from '../../platform/files.ts';
import { defineList } from '../../platform/lists.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { OWNER, hiddenFor, initiativeViews, type View } from './views.ts';

export { initiativeViews, hiddenFor } from './views.ts';
type Input = z.output<typeof CreateInitiativeRequest>;

/** The year an initiative counts in: its recognition, or its registration while not recognised. */
const yearIn = (t: string) =>
  sql<string>`substr(coalesce(${sql.ref(`${t}.recognised_on`)}, ${sql.ref(`${t}.created_at`)}), 1, 4)`;
export const yearOf = yearIn('i');

type InitiativesFilter = Omit<z.output<typeof InitiativesQuery>, 'page' | 'pageSize'>;

/** The registry as a list of ids: newest recognition (or registration) first by default. */
export const initiativeList = defineList<Database, 'initiatives', { id: string }, InitiativesFilter>({
  sorts: {
    recognisedOn: [sql`coalesce(initiatives.recognised_on, initiatives.created_at)`],
    // The diacritics-free key: 'Đổi mới' sorts among the d's, not after every unaccented title.
    title: ['search_key'],
  },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    status: (q, status) => q.where('status', '=', status),
    level: (q, level) => q.where('level', '=', level),
    field: (q, field) => q.where('field', '=', field),
    from: (q, from) => q.where(yearIn('initiatives'), '>=', String(from)),
    to: (q, to) => q.where(yearIn('initiatives'), '<=', String(to)),
    personId: (q, personId) =>
      q.where('id', 'in', (eb) =>
        eb.selectFrom('initiative_authors').select('initiative_id').where('person_id', '=', personId),
      ),
  },
});

/** The initiatives the user may see, before the list's filters (the unit filter needs the tree). */
export function registryRows(
  deps: Deps,
  user: RequestUser,
  tree: OrgTree,
  hidden: Set<string>,
  q: Pick<InitiativesFilter, 'orgId' | 'personId'>,
) {
  const scope = scopeOf(user, ANY_ROLE, tree);
  let query = deps.db.kysely.selectFrom('initiatives').select('id');
  if (q.orgId) query = query.where('org_id', 'in', tree.subtree(q.orgId));
  if (scope !== 'all') query = query.where('org_id', 'in', [...scope]);
  // Listing by author or unit must not tell a reviewer who wrote what he scores anonymously.
  if ((q.personId || q.orgId) && hidden.size) query = query.where('id', 'not in', [...hidden]);
  return query;
}

export async function listInitiatives(deps: Deps, user: RequestUser, q: z.output<typeof InitiativesQuery>) {
  const tree = await deps.tree.fresh();
  const hidden = await hiddenFor(deps.db.kysely, user.id);
  const page = await initiativeList.page(registryRows(deps, user, tree, hidden, q), q);
  const ids = page.items.map((r) => r.id);
  const views = await initiativeViews(deps, tree, ids, { user, hidden });
  const order = new Map(ids.map((id, i) => [id, i]));
  return { ...page, items: views.sort((a, b) => order.get(a.id)! - order.get(b.id)!) };
}

export async function getInitiative(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const tree = await deps.tree.fresh();
  const row = await deps.db.kysely.selectFrom('initiatives').select('org_id').where('id', '=', id).executeTakeFirst();
  // Out of reach reads as missing, like a person or a dossier: existence is not disclosed.
  if (!row || !canReach(user, ANY_ROLE, row.org_id, tree)) throw notFound('sáng kiến');
  const hidden = await hiddenFor(deps.db.kysely, user.id);
  const [view] = await initiativeViews(deps, tree, [id], { user, hidden });
  if (!view) throw notFound('sáng kiến');
  // Who registered it would name the unit a reviewer must not see.
  return { ...view, transitions: view.anonymous ? [] : await listTransitions(deps.db.kysely, 'initiative', id) };
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
  search_key: initiativeSearchKey(input),
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
  // A past recognition is recorded as such; otherwise the application waits for a review round.
  const status: InitiativeStatus = input.level ? 'recognised' : 'submitted';
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('initiatives')
      .values({
        id,
        ...row(input),
        status,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('initiative_authors')
      .values(input.authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share })))
      .execute();
    await applyTransition(trx, {
      entityType: 'initiative',
      entityId: id,
      action: null,
      from: null,
      to: status,
      user,
      at: now,
    });
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
  // Entering a past recognition is a step of its own in the history.
  const recognising = Boolean(input.level) && before.status !== 'recognised';
  const step = recognising
    ? check(
        INITIATIVE_WORKFLOW,
        before.status,
        'record_recognition',
        initiativeActor(user, tree, { ...before, org_id: before.orgId, escalation: null }),
        {},
      )
    : null;
  if (step && !step.ok) throw refusalError(step);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const now = nowIso();
    const set = { ...row(input), updated_at: now };
    if (step?.ok)
      await applyTransition(trx, {
        entityType: 'initiative',
        entityId: id,
        action: 'record_recognition',
        from: before.status,
        to: step.to,
        user,
        // The decision number is shown with the recognition; the step keeps it as data.
        data: { decisionNumber: input.decisionNumber },
        at: now,
        update: { version: input.version, set },
      });
    else await updateVersioned(trx, 'initiatives', id, input.version, set);
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
  if (!view.abilities.attach) throw forbidden('Bạn không đính kèm được tệp cho sáng kiến này.');
  return attachUpload(deps.db.kysely, req, actor, { type: OWNER, id });
}

export async function mayManageFiles(deps: Deps, user: RequestUser, id: string): Promise<boolean> {
  return (await getInitiative(deps, user, id)).abilities.attach;
}

// What other modules (proposals, decisions, history, files) use of initiatives, through this facade only.
export { initiativeUseErrors, initiativesOfItems, linkAwardToInitiatives, writeItemInitiatives } from './oneUse.ts';
