import type { z } from 'zod';
import type {
  CreateProposalRequest,
  ProposalList,
  ProposalsQuery,
  ProposalView,
  UpdateProposalRequest,
} from '@thidua/contracts';
import { decidedHere, findAward, searchKey, type CommendationType, type ProposalStatus } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ProposalItemTable, ProposalTable } from '../../db/schema-proposals.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { canReach, scopeOf, type RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, forbidden, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { nowIsoOf, todayVn } from '../../platform/clock.ts';
import { listAttachments } from '../../platform/files.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { applyTransition, listTransitions } from '../../platform/transitions.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { initiativeUseErrors, initiativesOfItems, writeItemInitiatives } from '../initiatives/service.ts';
import { OFFICE, PROPOSERS, proposalAbilities, proposalActorKinds } from './policy.ts';
import { proposalNextStep, proposalStepContext } from './turns.ts';
import { itemsOf, proposalRow, subjectNames } from './queries.ts';
import { storedResult } from '../council/results.ts';

type View = z.infer<typeof ProposalView>;
type Input = z.output<typeof CreateProposalRequest>;
export interface Snapshot {
  verdict: 'eligible' | 'not_eligible' | 'needs_review';
  notes: string[];
  flags: string[];
  /** The criteria not met or left to a human, with their legal basis (kept since the council's ballot shows them). */
  unmet?: {
    detail: string;
    met: boolean | null;
    citation: { instrument: string; article: string | null; confidence: 'V' | 'P' | 'U' };
  }[];
}

const flagsOf = (i: ProposalItemTable): string[] => (i.snapshot ? (JSON.parse(i.snapshot) as Snapshot).flags : []);

type ProposalsFilter = Omit<z.output<typeof ProposalsQuery>, 'page' | 'pageSize'>;

/** The dossiers as a list: last touched first by default, searched on their title's key. */
export const proposalList = defineList<Database, 'proposals', ProposalTable, ProposalsFilter>({
  sorts: {
    updatedAt: ['updated_at'],
    // The diacritics-free key: 'Đổi mới' sorts among the d's, not after every unaccented title.
    title: ['search_key'],
    year: ['year', 'updated_at'],
    submittedAt: [{ ref: 'submitted_at', nullable: true }],
  },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    status: (q, status) => q.where('status', '=', status),
    year: (q, year) => q.where('year', '=', year),
    // The office's "posting periods ending" (docs/reports.md "Homes"): ended ones still wait to go to the council.
    postingEndsBy: (q, day) => q.where('posting_to', '<=', day),
  },
});

/**
 * The dossiers the user may see, before the list's filters: the office sees all; a unit sees those
 * of its subtree; `orgId` narrows to a unit's subtree (it needs the tree, so it is applied here).
 */
export async function proposalRows(deps: Deps, user: RequestUser, q: Pick<ProposalsFilter, 'orgId'>) {
  const tree = await deps.tree.fresh();
  let query = deps.db.kysely.selectFrom('proposals').selectAll();
  const office = scopeOf(user, [...OFFICE, 'leader', 'council_member'], tree);
  const scope = office === 'all' ? 'all' : scopeOf(user, PROPOSERS, tree);
  if (scope !== 'all') query = query.where('org_id', 'in', [...scope, ...(office === 'all' ? [] : office)]);
  if (q.orgId) query = query.where('org_id', 'in', tree.subtree(q.orgId));
  return { query, tree };
}

export async function listProposals(
  deps: Deps,
  user: RequestUser,
  q: z.output<typeof ProposalsQuery>,
): Promise<z.infer<typeof ProposalList>> {
  const db = deps.db.kysely;
  const { query, tree } = await proposalRows(deps, user, q);
  const page = await proposalList.page(query, q);
  const rows = page.items;
  const items = await itemsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    ...page,
    items: rows.map((p) => {
      const mine = items.filter((i) => i.proposal_id === p.id);
      return summary(p, tree, mine.length, mine.filter((i) => flagsOf(i).length).length);
    }),
  };
}

const summary = (p: ProposalTable, tree: OrgTree, itemCount: number, flaggedCount: number) => ({
  id: p.id,
  orgId: p.org_id,
  orgName: tree.name(p.org_id),
  title: p.title,
  commendationType: p.commendation_type as CommendationType,
  year: p.year,
  status: p.status as ProposalStatus,
  itemCount,
  flaggedCount,
  submittedAt: p.submitted_at,
  updatedAt: p.updated_at,
  version: p.version,
});

export async function getProposal(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const p = await proposalRow(db, id);
  const seeAll = scopeOf(user, [...OFFICE, 'leader', 'council_member'], tree) === 'all';
  if (!seeAll && !canReach(user, PROPOSERS, p.org_id, tree)) throw notFound('hồ sơ đề nghị khen thưởng');
  const [items, transitions, files] = await Promise.all([
    itemsOf(db, [id]),
    listTransitions(db, 'proposal', id),
    listAttachments(db, 'proposal', [id]),
  ]);
  const names = await subjectNames(db, tree, items);
  // What the guards and the next-step line read, as the step itself would be checked today.
  const step = await proposalStepContext(db, p, todayVn(clockOf(deps)));
  const evidence = await initiativesOfItems(
    db,
    items.map((i) => i.id),
  );
  const votes = await db
    .selectFrom('session_items')
    .innerJoin('council_sessions', 'council_sessions.id', 'session_items.session_id')
    .select(['item_id', 'agree', 'disagree', 'abstain', 'eligible', 'threshold', 'comparison', 'approved'])
    .where('council_sessions.status', '=', 'closed')
    .where(
      'item_id',
      'in',
      items.map((i) => i.id),
    )
    .execute();
  const decisions = await db
    .selectFrom('decisions')
    .select(['id', 'number'])
    .where(
      'id',
      'in',
      items
        .map((i) => i.decision_id)
        .filter((x): x is string => !!x)
        .concat(''),
    )
    .execute();
  const here = items.every((i) => {
    const a = findAward(i.award_code);
    return a ? decidedHere(a) : false;
  });
  return {
    ...summary(p, tree, items.length, items.filter((i) => flagsOf(i).length).length),
    simplified: p.simplified === 1,
    movementId: p.movement_id,
    decidedHere: here,
    postingFrom: p.posting_from,
    postingTo: p.posting_to,
    items: items.map((i) => {
      const snap = i.snapshot ? (JSON.parse(i.snapshot) as Snapshot) : null;
      const v = votes.find((x) => x.item_id === i.id);
      return {
        id: i.id,
        subjectKind: i.subject_kind as 'individual' | 'collective',
        subjectId: i.subject_id,
        subjectName: names.get(i.subject_id)?.name ?? '?',
        orgId: i.org_id,
        orgName: tree.name(i.org_id),
        awardCode: i.award_code,
        awardName: findAward(i.award_code)?.name ?? i.award_code,
        achievement: i.achievement,
        justification: i.justification,
        initiatives: evidence.filter((e) => e.item_id === i.id).map((e) => ({ id: e.initiative_id, title: e.title })),
        verdict: snap?.verdict ?? null,
        verdictNotes: snap?.notes ?? [],
        flags: snap?.flags ?? [],
        returnReason: i.return_reason,
        outcome: i.outcome as View['items'][number]['outcome'],
        vote: v ? storedResult(v) : null,
        decisionNumber: decisions.find((d) => d.id === i.decision_id)?.number ?? null,
      };
    }),
    transitions,
    attachments: files.get(id) ?? [],
    abilities: proposalAbilities(user, tree, p, step),
    nextStep: proposalNextStep(p.status as ProposalStatus, step, proposalActorKinds(user, tree, p.org_id)),
    version: p.version,
    createdAt: p.created_at,
  };
}

/** Each item's subject must exist within the proposing unit's reach and take the award it is proposed for. */
async function checkItems(deps: Deps, user: RequestUser, input: Input, ownItemIds: string[] = []) {
  const tree = await deps.tree.fresh();
  if (!tree.has(input.orgId))
    throw badRequest('unknown_org', 'Không tìm thấy đơn vị đề nghị.', [{ path: 'orgId', message: 'Không tìm thấy' }]);
  if (!canReach(user, PROPOSERS, input.orgId, tree))
    throw forbidden('Bạn chỉ lập hồ sơ đề nghị cho đơn vị trong phạm vi được phân quyền.');
  const people = new Map<string, string>();
  const ids = input.items.filter((i) => i.subjectKind === 'individual').map((i) => i.subjectId);
  for (let i = 0; i < ids.length; i += 500)
    for (const p of await deps.db.kysely
      .selectFrom('people')
      .select(['id', 'org_id'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute())
      people.set(p.id, p.org_id);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const orgs = input.items.map((it, i) => {
    const award = findAward(it.awardCode);
    const org =
      it.subjectKind === 'individual' ? people.get(it.subjectId) : tree.has(it.subjectId) ? it.subjectId : undefined;
    if (!award) errors.push({ path: `items.${i}.awardCode`, message: 'Không có hình thức khen thưởng này' });
    else if (!award.subjects.includes(it.subjectKind))
      errors.push({
        path: `items.${i}.awardCode`,
        message: `"${award.name}" không xét tặng cho ${it.subjectKind === 'individual' ? 'cá nhân' : 'tập thể'}`,
      });
    if (!org) errors.push({ path: `items.${i}.subjectId`, message: 'Không tìm thấy cán bộ hoặc tập thể này' });
    else if (!tree.isWithin(org, input.orgId))
      errors.push({ path: `items.${i}.subjectId`, message: `Không thuộc ${tree.name(input.orgId)}` });
    const key = `${it.subjectId}|${it.awardCode}`;
    if (seen.has(key)) errors.push({ path: `items.${i}.awardCode`, message: 'Đề nghị bị lặp trong hồ sơ' });
    seen.add(key);
    return org ?? '';
  });
  errors.push(...(await initiativeUseErrors(deps.db.kysely, tree, input.items, ownItemIds)));
  if (errors.length)
    throw badRequest(
      'invalid_proposal',
      `Chưa lưu được hồ sơ: ${errors.length} lỗi (${errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ')}). Chưa ghi gì.`,
      errors,
    );
  return orgs;
}

async function writeItems(
  trx: Transaction<Database>,
  proposalId: string,
  input: Input,
  orgs: string[],
  old: ProposalItemTable[],
) {
  const keep = new Map(old.map((i) => [i.id, i]));
  await trx.deleteFrom('proposal_items').where('proposal_id', '=', proposalId).execute();
  const rows = input.items.map((it, position) => {
    const prev = it.id ? keep.get(it.id) : undefined;
    return {
      id: prev?.id ?? newId(),
      proposal_id: proposalId,
      position,
      subject_kind: it.subjectKind,
      subject_id: it.subjectId,
      org_id: orgs[position]!,
      award_code: it.awardCode,
      achievement: it.achievement,
      justification: it.justification,
      snapshot: null,
      // The officer's request stays visible until the unit submits again.
      return_reason: prev?.return_reason ?? '',
      outcome: 'pending',
      decision_id: null,
    };
  });
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('proposal_items')
      .values(rows.slice(i, i + 200))
      .execute();
  await writeItemInitiatives(
    trx,
    rows.map((r, k) => ({ itemId: r.id, initiativeIds: input.items[k]!.initiativeIds })),
  );
}

export async function createProposal(deps: Deps, user: RequestUser, actor: Actor, input: Input): Promise<View> {
  const orgs = await checkItems(deps, user, input);
  const id = newId();
  // The dossier's creation step is dated by the app's clock, like its later steps.
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('proposals')
      .values({
        id,
        org_id: input.orgId,
        title: input.title,
        search_key: searchKey(input.title),
        commendation_type: input.commendationType,
        year: input.year,
        simplified: input.simplified ? 1 : 0,
        movement_id: input.movementId,
        status: 'draft',
        posting_from: null,
        posting_to: null,
        submitted_at: null,
        created_by: user.id,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await writeItems(trx, id, input, orgs, []);
    await applyTransition(trx, {
      entityType: 'proposal',
      entityId: id,
      action: null,
      from: null,
      to: 'draft',
      user,
      at: now,
    });
    await appendAudit(trx, actor, 'proposal.created', 'proposal', id, null, input);
  });
  return getProposal(deps, user, id);
}

export async function updateProposal(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateProposalRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const before = await proposalRow(db, id);
  const tree = await deps.tree.fresh();
  if (!canReach(user, PROPOSERS, before.org_id, tree)) throw forbidden();
  if (!proposalAbilities(user, tree, before).edit)
    throw new AppError(
      409,
      'proposal_locked',
      'Hồ sơ đã gửi: chỉ sửa được khi đang soạn hoặc được trả lại để bổ sung.',
    );
  if (before.version !== input.version) throw staleVersion();
  const old = await itemsOf(db, [id]);
  const orgs = await checkItems(
    deps,
    user,
    input,
    old.map((i) => i.id),
  );
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'proposals', id, input.version, {
      org_id: input.orgId,
      title: input.title,
      search_key: searchKey(input.title),
      commendation_type: input.commendationType,
      year: input.year,
      simplified: input.simplified ? 1 : 0,
      movement_id: input.movementId,
      updated_at: nowIso(),
    });
    await writeItems(trx, id, input, orgs, old);
    const { version: _v, ...after } = input;
    await appendAudit(trx, actor, 'proposal.updated', 'proposal', id, { ...before, items: old }, after);
  });
  return getProposal(deps, user, id);
}

// What other modules (council, decisions) use of proposals, through this facade only.
export { itemsOf, subjectNames } from './queries.ts';
export { advanceProposals } from './advance.ts';
export { postingEndsOn, postingsInProgress, reschedulePostings } from './posting.ts';
