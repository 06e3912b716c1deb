import type { z } from 'zod';
import type { ProposalTransitionRequest, ProposalView } from '@thidua/contracts';
import {
  PROPOSAL_TRANSITIONS,
  PROPOSAL_WORKFLOW,
  check,
  type ProposalAction,
  type ProposalStatus,
} from '@thidua/domain';
import type { Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { badRequest, forbidden, staleVersion, type FieldError } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { nowIsoOf, todayVn } from '../../platform/clock.ts';
import { checkEligibility } from '../eligibility/service.ts';
import { initiativeUseErrors, initiativesOfItems } from '../initiatives/service.ts';
import { proposalActorKinds } from './policy.ts';
import { itemsOf, proposalRow } from './queries.ts';
import { getProposal, postingEndsOn, type Snapshot } from './service.ts';
import { proposalStepContext } from './turns.ts';
import { postingDays } from '../settings/read.ts';

type View = z.infer<typeof ProposalView>;

/**
 * The eligibility verdict of every item as it stands at submission, kept with
 * the item; an ineligible item needs a justification and is flagged, as is a
 * title the subject did not register for.
 */
async function snapshots(deps: Deps, user: RequestUser, proposalId: string, year: number) {
  const items = await itemsOf(deps.db.kysely, [proposalId]);
  const errors: FieldError[] = [];
  const out = new Map<string, Snapshot>();
  if (!items.length) errors.push({ path: 'items', message: 'Hồ sơ chưa có đề nghị nào' });
  for (const [i, it] of items.entries()) {
    const r = await checkEligibility(deps, user, { subjectId: it.subject_id, awardCode: it.award_code, year });
    const open = r.criteria.filter((c) => c.met !== true);
    const notes = open.map((c) => c.detail);
    const flags: string[] = [];
    if (r.verdict === 'not_eligible') {
      if (!it.justification.trim())
        errors.push({
          path: `items.${i}.justification`,
          message: `${r.subject.name} chưa đủ điều kiện "${r.awardName}" (${notes[0] ?? ''}): cần ghi lý do đề nghị`,
        });
      flags.push('Chưa đủ điều kiện theo tiêu chuẩn — đề nghị có giải trình');
    }
    if (r.registration && !r.registration.registered) flags.push(`Chưa đăng ký thi đua "${r.awardName}" năm ${year}`);
    // The criteria with their legal basis: the council reads them on its ballot.
    const unmet = open.map((c) => ({
      detail: c.detail,
      met: c.met,
      citation: { instrument: c.citation.instrument, article: c.citation.article, confidence: c.citation.confidence },
    }));
    out.set(it.id, { verdict: r.verdict, notes, flags, unmet });
  }
  // The one-use rule again at submission: another dossier may have taken an initiative since this one was saved.
  const evidence = await initiativesOfItems(
    deps.db.kysely,
    items.map((i) => i.id),
  );
  errors.push(
    ...(await initiativeUseErrors(
      deps.db.kysely,
      await deps.tree.fresh(),
      items.map((it) => ({
        subjectKind: it.subject_kind,
        subjectId: it.subject_id,
        initiativeIds: evidence.filter((e) => e.item_id === it.id).map((e) => e.initiative_id),
      })),
      items.map((i) => i.id),
    )),
  );
  if (errors.length)
    throw badRequest('proposal_incomplete', `Chưa gửi được hồ sơ: ${errors.map((e) => e.message).join('; ')}.`, errors);
  return out;
}

/**
 * A unit submits; the office returns (with reasons per item), accepts, posts, sends to the council, submits the
 * draft decision for signature, forwards or rejects. The step is checked on the context the dossier's abilities
 * are computed from, and whoever it hands the turn to is told by `applyTransition` (the workflow's next step).
 */
export async function transitionProposal(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof ProposalTransitionRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const p = await proposalRow(db, id);
  const action: ProposalAction = input.action;
  const rule = PROPOSAL_TRANSITIONS[action];
  if (rule.by === 'council' || rule.by === 'leader')
    throw badRequest('wrong_route', `"${rule.label}" được thực hiện từ phiên họp Hội đồng hoặc sổ quyết định.`);
  const kinds = proposalActorKinds(user, tree, p.org_id);
  if (!kinds.includes(rule.by))
    throw forbidden(
      rule.by === 'unit'
        ? 'Chỉ đơn vị lập hồ sơ gửi hồ sơ.'
        : 'Chỉ cán bộ thi đua – khen thưởng của Sở tiếp nhận, trả lại hoặc trình hồ sơ.',
    );
  const step = check(
    PROPOSAL_WORKFLOW,
    p.status as ProposalStatus,
    action,
    { kinds },
    {
      ...(await proposalStepContext(db, p, todayVn(clockOf(deps)))),
      reason: input.reason || input.itemReasons.map((r) => r.reason).join(' '),
    },
  );
  if (!step.ok) throw refusalError(step);
  if (p.version !== input.version) throw staleVersion();
  const items = await itemsOf(db, [id]);
  if (action === 'return') {
    const known = new Set(items.map((i) => i.id));
    const bad = input.itemReasons.findIndex((r) => !known.has(r.itemId));
    if (bad >= 0)
      throw badRequest('unknown_item', 'Đề nghị không thuộc hồ sơ.', [
        { path: `itemReasons.${bad}.itemId`, message: 'Không tìm thấy' },
      ]);
  }
  const snaps = action === 'submit' ? await snapshots(deps, user, id, p.year) : undefined;

  // The step's time and the day a posting starts come from the app's clock (fixed in tests).
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    const today = todayVn(clockOf(deps));
    // Working days a list for a Huân chương stays public before the council (§4.3): the department's setting.
    const postingFor = action === 'post' ? await postingDays(trx) : 0;
    // The end of the posting on the working-day calendar an administrator keeps (calendar_days).
    const postingTo = action === 'post' ? await postingEndsOn(trx, today, postingFor) : null;
    // Two officers acting on the same dossier at once: the second finds the version moved on.
    await applyTransition(trx, {
      entityType: 'proposal',
      entityId: id,
      action,
      from: p.status,
      to: step.to,
      user,
      reason: input.reason,
      at: now,
      ...(input.itemReasons.length ? { data: { itemReasons: input.itemReasons } } : {}),
      update: {
        version: input.version,
        set: {
          updated_at: now,
          ...(action === 'submit' ? { submitted_at: now } : {}),
          ...(action === 'post' ? { posting_from: today, posting_to: postingTo } : {}),
        },
      },
      audit: {
        actor,
        action: `proposal.${action}`,
        before: { status: p.status },
        after: {
          status: step.to,
          reason: input.reason,
          ...(input.itemReasons.length ? { itemReasons: input.itemReasons } : {}),
          ...(snaps ? { snapshots: Object.fromEntries(snaps) } : {}),
        },
      },
    });
    if (snaps)
      for (const [itemId, s] of snaps)
        await trx
          .updateTable('proposal_items')
          .set({ snapshot: JSON.stringify(s), return_reason: '' })
          .where('id', '=', itemId)
          .execute();
    if (action === 'return')
      for (const r of input.itemReasons)
        await trx.updateTable('proposal_items').set({ return_reason: r.reason }).where('id', '=', r.itemId).execute();
    if (action === 'reject')
      await trx.updateTable('proposal_items').set({ outcome: 'not_approved' }).where('proposal_id', '=', id).execute();
  });
  return getProposal(deps, user, id);
}
