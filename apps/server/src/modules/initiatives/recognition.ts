import type { z } from 'zod';
import type {
  EscalationRequest,
  RecognitionPreview,
  RecognitionPreviewRequest,
  RecognitionRequest,
} from '@thidua/contracts';
import { RECOGNITION_LABELS } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { OFFICE, canReach, type RequestUser } from '../../platform/access.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, forbidden, staleVersion } from '../../platform/errors.ts';
import { notifyUsers, usersActingFor } from '../../platform/notify.ts';
import { nextNumber, ownSymbol, peekNumber } from '../../platform/register.ts';
import { currentYearVn, todayVn } from '../../platform/clock.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { applyTransition } from '../../platform/transitions.ts';
import { aggregateOf, assignmentOf, roundOf } from './assignments.ts';
import { moveInitiatives, mustManage } from './rounds.ts';
import { getInitiative } from './service.ts';
import type { View } from './views.ts';

type Preview = z.infer<typeof RecognitionPreview>;

/** What a bulk recognition (or refusal) would do: the chosen items with their aggregates and the decision number. */
export async function previewRecognition(
  deps: Deps,
  user: RequestUser,
  roundId: string,
  input: z.output<typeof RecognitionPreviewRequest>,
): Promise<Preview> {
  const tree = await mustManage(deps, user);
  const db = deps.db.kysely;
  const round = await roundOf(db, roundId);
  if (round.status !== 'closed')
    throw conflict('round_not_closed', 'Kết thúc chấm trước khi công nhận: đợt xét đang ở trạng thái không cho phép.');
  const a = await assignmentOf(db, tree, roundId);
  const authors = await db
    .selectFrom('initiative_authors as au')
    .innerJoin('people as p', 'p.id', 'au.person_id')
    .select(['au.initiative_id', 'p.full_name'])
    .where('au.initiative_id', 'in', input.initiativeIds)
    .orderBy('au.share', 'desc')
    .execute();
  const out: Preview = { count: 0, decisionNumber: null, items: [], refused: [] };
  for (const id of [...new Set(input.initiativeIds)]) {
    const i = a.items.find((x) => x.initiativeId === id);
    if (!i) {
      out.refused.push({ initiativeId: id, title: '', reason: 'Không thuộc đợt xét này' });
      continue;
    }
    if (i.outcome !== 'pending') {
      out.refused.push({
        initiativeId: id,
        title: i.title,
        reason: i.outcome === 'recognised' ? 'Đã được công nhận' : 'Đã quyết định không công nhận',
      });
      continue;
    }
    const agg = aggregateOf(a, i, round.contestedStdev);
    out.items.push({
      initiativeId: id,
      title: i.title,
      authors: authors
        .filter((x) => x.initiative_id === id)
        .map((x) => x.full_name)
        .join(', '),
      mean: agg.mean,
      contested: agg.contested,
    });
  }
  out.count = out.items.length;
  if (input.outcome === 'recognised' && out.count) {
    const symbol = ownSymbol(tree);
    out.decisionNumber = `${await peekNumber(db, symbol, currentYearVn(clockOf(deps)))}/${symbol}`;
  }
  return out;
}

/**
 * Records the Director's decision on the chosen initiatives in one transaction:
 * a numbered recognising decision (grassroots level) or a refusal, the round's
 * outcomes, and a notice to the units of the authors.
 */
export async function recognise(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  roundId: string,
  input: z.output<typeof RecognitionRequest>,
): Promise<{ count: number; decisionNumber: string | null }> {
  const preview = await previewRecognition(deps, user, roundId, input);
  if (preview.refused.length)
    throw badRequest(
      'recognition_refused',
      `Không thực hiện được: ${preview.refused.map((r) => `${r.title || r.initiativeId}: ${r.reason}`).join('; ')}.`,
      preview.refused.map((r) => ({
        path: `initiativeIds.${input.initiativeIds.indexOf(r.initiativeId)}`,
        message: r.reason,
      })),
    );
  if (preview.count !== input.expectedCount)
    throw conflict(
      'stale_preview',
      `Danh sách đã thay đổi (${preview.count} thay vì ${input.expectedCount}): xem lại trước khi xác nhận.`,
    );
  if (input.signedOn > todayVn(clockOf(deps)))
    throw badRequest('invalid_date', 'Ngày ký không được ở tương lai.', [
      { path: 'signedOn', message: 'Ngày ký không được ở tương lai' },
    ]);
  const tree = await deps.tree.fresh();
  const ids = preview.items.map((i) => i.initiativeId);
  const units = await deps.db.kysely
    .selectFrom('initiatives')
    .select(['id', 'org_id', 'title'])
    .where('id', 'in', ids)
    .execute();
  const round = await roundOf(deps.db.kysely, roundId);
  return deps.db.kysely.transaction().execute(async (trx) => {
    // Claim the round's items first, only while still pending: of two simultaneous
    // confirmations one claims them, the other gets 409 and takes no decision number.
    const claimed = await trx
      .updateTable('initiative_round_items')
      .set({ outcome: input.outcome })
      .where('round_id', '=', roundId)
      .where('initiative_id', 'in', ids)
      .where('outcome', '=', 'pending')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== ids.length) throw staleVersion();
    let decisionNumber: string | null = null;
    const at = nowIso();
    if (input.outcome === 'recognised') {
      const symbol = ownSymbol(tree);
      decisionNumber = `${await nextNumber(trx, symbol, Number(input.signedOn.slice(0, 4)))}/${symbol}`;
      await moveInitiatives(trx, user, ids, 'recognise', at, {
        reason: `Đợt xét "${round.title}"`,
        data: { decisionNumber },
        set: {
          level: 'grassroots',
          recognised_on: input.signedOn,
          decision_number: decisionNumber,
          decision_signer: input.signer,
        },
      });
    } else await moveInitiatives(trx, user, ids, 'refuse', at, { reason: `Đợt xét "${round.title}"` });
    const left = await trx
      .selectFrom('initiative_round_items')
      .select('initiative_id')
      .where('round_id', '=', roundId)
      .where('outcome', '=', 'pending')
      .execute();
    if (!left.length)
      await applyTransition(trx, {
        entityType: 'initiative_round',
        entityId: roundId,
        action: 'decide',
        from: round.status,
        to: 'decided',
        user,
        at,
        update: { version: round.version, set: { updated_at: at } },
      });
    await appendAudit(trx, actor, `initiative_round.${input.outcome}`, 'initiative_round', roundId, null, {
      ...input,
      decisionNumber,
    });
    for (const orgId of new Set(units.map((u) => u.org_id))) {
      const titles = units.filter((u) => u.org_id === orgId).map((u) => `"${u.title}"`);
      await notifyUsers(trx, await usersActingFor(trx, tree, orgId, ['unit_officer']), {
        kind: 'initiative',
        title:
          input.outcome === 'recognised'
            ? `Sáng kiến được công nhận (${decisionNumber})`
            : 'Sáng kiến không được công nhận',
        body: `${titles.join(', ')} — ${round.title}.`,
        link: '/initiatives',
      });
    }
    return { count: ids.length, decisionNumber };
  });
}

/**
 * The provincial council's review of province-wide effect (§6.2): the office
 * proposes a recognised initiative and records the province's result; a
 * recognition raises the initiative's level to provincial.
 */
export async function escalate(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof EscalationRequest>,
): Promise<View> {
  const before = await getInitiative(deps, user, id);
  const tree = await deps.tree.fresh();
  if (!canReach(user, OFFICE, before.orgId, tree)) throw forbidden('Chỉ Văn phòng TĐKT đề nghị Hội đồng cấp tỉnh.');
  if (before.version !== input.version) throw staleVersion();
  if (input.on > todayVn(clockOf(deps)))
    throw badRequest('invalid_date', 'Ngày không được ở tương lai.', [
      { path: 'on', message: 'Ngày không được ở tương lai' },
    ]);
  let set: Record<string, string | null>;
  if (input.action === 'propose') {
    if (before.status !== 'recognised' || before.level !== 'grassroots')
      throw conflict(
        'not_grassroots',
        `Chỉ đề nghị cấp tỉnh cho sáng kiến đã công nhận ${RECOGNITION_LABELS.grassroots}.`,
      );
    if (before.escalation && before.escalation.status !== 'not_recognised')
      throw conflict('already_escalated', 'Sáng kiến đã được đề nghị Hội đồng cấp tỉnh.');
    set = {
      escalation: 'proposed',
      escalated_on: input.on,
      escalation_result_on: null,
      escalation_decision: '',
      escalation_note: input.note,
    };
  } else {
    if (before.escalation?.status !== 'proposed')
      throw conflict('not_escalated', 'Sáng kiến chưa được đề nghị Hội đồng cấp tỉnh.');
    if (input.on < before.escalation.proposedOn)
      throw badRequest('invalid_date', 'Ngày có kết quả phải sau ngày đề nghị.', [
        { path: 'on', message: 'Phải sau ngày đề nghị' },
      ]);
    if (input.outcome === 'recognised' && !input.decision)
      throw badRequest('missing_decision', 'Cần số quyết định công nhận của UBND tỉnh.', [
        { path: 'decision', message: 'Không được để trống' },
      ]);
    set = {
      escalation: input.outcome,
      escalation_result_on: input.on,
      escalation_decision: input.decision,
      escalation_note: input.note,
      ...(input.outcome === 'recognised' ? { level: 'provincial' } : {}),
    };
  }
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'initiatives', id, input.version, { ...set, updated_at: nowIso() });
    await appendAudit(trx, actor, `initiative.escalation_${input.action}`, 'initiative', id, before.escalation, set);
  });
  return getInitiative(deps, user, id);
}
