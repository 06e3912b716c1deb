import type { z } from 'zod';
import type { BallotRequest, CloseSessionRequest, SessionView } from '@thidua/contracts';
import { quorumMet, ruleFor, tally, tallyText } from '@thidua/domain';
import { sql } from 'kysely';
import { nowIsoOf } from '../../platform/clock.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, forbidden, staleVersion } from '../../platform/errors.ts';
import { applyTransition } from '../../platform/transitions.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { isOffice, sessionAbilities } from './policy.ts';
import { getSession, sessionState } from './sessions.ts';
import { advanceProposals } from '../proposals/service.ts';
import { votingSettings } from '../settings/read.ts';
import { shareText } from './quorum.ts';

const COLUMNS = { agree: 'agree', disagree: 'disagree', abstain: 'abstain' } as const;

/**
 * A member's secret ballot. What is written: one receipt per item saying that
 * he voted (so he votes once), and +1 on the item's counter for the choice. No
 * row, response, audit entry or error ties the member to his choice.
 */
export async function castBallot(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof BallotRequest>,
): Promise<{ recorded: number }> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const st = await sessionState(db, tree, id);
  if (st.session.status !== 'open')
    throw new AppError(409, 'session_closed', 'Phiên họp đã kết thúc: không thể bỏ phiếu nữa.');
  const me = st.members.find((m) => m.user_id === user.id);
  if (!me) throw forbidden('Bạn không phải thành viên Hội đồng trong phiên họp này.');
  if (!sessionAbilities(user, tree, st.session.status, me).vote)
    throw forbidden('Bạn chưa được ghi nhận có mặt tại phiên họp.');
  const seen = new Set<string>();
  input.votes.forEach((v, i) => {
    if (!st.items.has(v.itemId))
      throw badRequest('not_on_agenda', 'Đề nghị không có trong chương trình phiên họp.', [
        { path: `votes.${i}.itemId`, message: 'Không có trong chương trình' },
      ]);
    if (st.recusedOf(v.itemId).some((r) => r.id === me.id))
      throw forbidden('Bạn không biểu quyết đề nghị của chính mình hoặc của đơn vị mình (không tham gia biểu quyết).');
    if (seen.has(v.itemId)) throw badRequest('duplicate_vote', 'Một đề nghị chỉ được chọn một lần.');
    seen.add(v.itemId);
  });
  await db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('ballot_receipts')
      .select('item_id')
      .where('session_id', '=', id)
      .where('member_id', '=', me.id)
      .where('item_id', 'in', [...seen])
      .executeTakeFirst();
    if (already) throw new AppError(409, 'already_voted', 'Bạn đã bỏ phiếu cho đề nghị này.');
    // Receipts in a fixed order, counters by choice: neither keeps the order or the pairing of the ballot.
    await trx
      .insertInto('ballot_receipts')
      .values([...seen].sort().map((item_id) => ({ session_id: id, item_id, member_id: me.id })))
      .execute();
    for (const v of input.votes) {
      const col = COLUMNS[v.choice];
      await trx
        .updateTable('session_items')
        .set({ [col]: sql`${sql.ref(col)} + 1` })
        .where('session_id', '=', id)
        .where('item_id', '=', v.itemId)
        .execute();
    }
    await appendAudit(trx, actor, 'council.ballot_cast', 'council_session', id, null, { items: input.votes.length });
  });
  return { recorded: input.votes.length };
}

/**
 * Closes the session: quorum checked, each item judged by its award's rule, dossiers move to "voted" —
 * which hands each to the office, told by `applyTransition` to prepare the decision (the Director is
 * told when it is submitted for his signature).
 */
export async function closeSession(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof CloseSessionRequest>,
): Promise<z.infer<typeof SessionView>> {
  if (!(await isOffice(deps, user))) throw forbidden('Chỉ cán bộ thi đua – khen thưởng của Sở kết thúc phiên họp.');
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const st = await sessionState(db, tree, id);
  if (st.session.status !== 'open') throw new AppError(409, 'session_closed', 'Phiên họp đã kết thúc.');
  if (st.session.version !== input.version) throw staleVersion();
  const present = st.members.filter((m) => m.present === 1).length;
  // Quorum and thresholds are the department's settings as they stand when the session closes.
  const voting = await votingSettings(db);
  if (!quorumMet(present, st.members.length, voting))
    throw new AppError(
      409,
      'no_quorum',
      `Chưa đủ số thành viên có mặt (${present}/${st.members.length}; cần ít nhất ${shareText(voting.quorum)}): chưa thể kết thúc biểu quyết.`,
    );
  // The time the vote closed is printed in the minutes: the app's clock, fixed in tests.
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    // The session's closing step, in its history like its opening.
    await applyTransition(trx, {
      entityType: 'council_session',
      entityId: id,
      action: 'close',
      from: 'open',
      to: 'closed',
      user,
      at: now,
      update: {
        version: input.version,
        // The quorum checked is kept with the session: its minutes print this one, not a later setting.
        set: { closed_at: now, quorum: voting.quorum, updated_at: now },
      },
    });
    const agenda = await trx.selectFrom('session_items').selectAll().where('session_id', '=', id).execute();
    const results = [];
    for (const a of agenda) {
      const eligible = st.members.length - st.recusedOf(a.item_id).length;
      // The award's rule: its threshold and whether it must be reached or exceeded ("từ … trở lên", "trên …").
      const rule = ruleFor(st.items.get(a.item_id)!.award_code, voting);
      const t = tally(a, eligible, rule);
      results.push({ itemId: a.item_id, ...t, text: tallyText(t) });
      // The rule applied is kept with the result: a later change of the setting leaves it as judged.
      await trx
        .updateTable('session_items')
        .set({ eligible, threshold: rule.threshold, comparison: rule.comparison, approved: t.approved ? 1 : 0 })
        .where('session_id', '=', id)
        .where('item_id', '=', a.item_id)
        .execute();
      await trx
        .updateTable('proposal_items')
        .set({ outcome: t.approved ? 'approved' : 'not_approved' })
        .where('id', '=', a.item_id)
        .execute();
    }
    const proposalIds = [...new Set([...st.items.values()].map((i) => i.proposal_id))];
    await advanceProposals(trx, user, proposalIds, 'close_vote', `Phiên họp "${st.session.title}"`, now);
    await appendAudit(trx, actor, 'council.session_closed', 'council_session', id, null, { results });
  });
  return getSession(deps, user, id);
}
