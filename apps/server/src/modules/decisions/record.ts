import type { z } from 'zod';
import type { DecisionView, RecordDecisionRequest, RevokeDecisionRequest } from '@thidua/contracts';
import { bonusAmount, findAward } from '@thidua/domain';
import { awardSettings } from '../settings/read.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { ownSymbol } from './draft.ts';
import { decisionDetail, mustLead, nextNumber, writeDecision } from './service.ts';
import { canRecord, revocable } from './policy.ts';
import { advanceProposals, itemsOf, subjectNames } from '../proposals/service.ts';
import { dateVn } from '../../platform/documents/official.ts';

type View = z.infer<typeof DecisionView>;

/** Records a higher level's decision as it arrives: its own number (refused when already recorded) and authority. */
export async function recordDecision(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof RecordDecisionRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  if (!canRecord(user, tree))
    throw forbidden('Chỉ cán bộ thi đua – khen thưởng của Sở ghi nhận quyết định của cấp trên.');
  const p = await db.selectFrom('proposals').selectAll().where('id', '=', input.proposalId).executeTakeFirst();
  if (!p) throw notFound('hồ sơ đề nghị');
  if (input.proposalVersion !== undefined && p.version !== input.proposalVersion) throw staleVersion('proposalVersion');
  if (p.status !== 'forwarded')
    throw badRequest('not_forwarded', 'Chỉ ghi nhận quyết định cho hồ sơ đã trình cấp trên.', [
      { path: 'proposalId', message: 'Hồ sơ chưa trình cấp trên' },
    ]);
  const year = Number(input.signedOn.slice(0, 4));
  const taken = await db
    .selectFrom('decisions')
    .select('id')
    .where('authority', '=', input.authority)
    .where('year', '=', year)
    .where('number', '=', input.number)
    .executeTakeFirst();
  if (taken)
    throw conflict(
      'duplicate_number',
      `Quyết định số ${input.number} của ${input.authority} năm ${year} đã được ghi nhận.`,
      [{ path: 'number', message: 'Số quyết định đã có' }],
    );
  const all = (await itemsOf(db, [p.id])).filter((i) => i.outcome === 'approved');
  const chosen = input.itemIds ? all.filter((i) => input.itemIds!.includes(i.id)) : all;
  if (!chosen.length)
    throw badRequest('nothing_to_record', 'Không có đề nghị nào được Hội đồng thông qua trong hồ sơ.');
  const names = await subjectNames(db, tree, chosen);
  const settings = await awardSettings(db);
  const recipients = chosen.map((i) => {
    const kind = i.subject_kind as 'individual' | 'collective';
    const award = findAward(i.award_code)!;
    const n = names.get(i.subject_id);
    return {
      subjectKind: kind,
      subjectId: i.subject_id,
      name: n?.name ?? '?',
      detail: kind === 'individual' ? [n?.position, tree.name(i.org_id)].filter(Boolean).join(', ') : '',
      awardCode: award.code,
      bonus: bonusAmount(award, input.signedOn, settings, kind)?.amount ?? null,
    };
  });
  const items = chosen.map((i) => ({
    itemId: i.id,
    proposalId: p.id,
    orgId: i.org_id,
    commendationType: p.commendation_type,
    year: p.year,
    movementId: p.movement_id,
  }));
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await writeDecision(
        trx,
        actor,
        {
          id,
          number: input.number,
          seq: null,
          symbol: input.number.split('/')[1] ?? '',
          year,
          signed_on: input.signedOn,
          signer: input.signer,
          signer_title: '',
          authority: input.authority,
          level: 'higher',
          kind: 'award',
          summary: `Về việc khen thưởng (${input.authority})`,
          legal_basis: '[]',
          status: 'issued',
          revokes_id: null,
          revoked_by_id: null,
          created_by: user.id,
        },
        recipients,
        items,
        [p.id],
      );
      await advanceProposals(
        trx,
        user,
        [{ id: p.id, version: input.proposalVersion }],
        'decide',
        `Quyết định số ${input.number} của ${input.authority}`,
        nowIsoOf(clockOf(deps)),
      );
    });
  } catch (e) {
    // Two clerks typing the same number at once: the unique index refuses the second.
    if (e instanceof AppError) throw e;
    if (/unique|duplicate/iu.test(String((e as Error).message)))
      throw conflict('duplicate_number', `Quyết định số ${input.number} đã được ghi nhận.`, [
        { path: 'number', message: 'Số quyết định đã có' },
      ]);
    throw e;
  }
  return decisionDetail(deps, user, id);
}

/** A revocation is a new decision with its own number; the revoked one's awards stop counting but stay on record. */
export async function revokeDecision(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof RevokeDecisionRequest>,
): Promise<View> {
  await mustLead(deps, user);
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const d = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound('quyết định');
  if (!revocable(d))
    throw new AppError(
      409,
      'not_revocable',
      'Quyết định này đã bị thu hồi, là quyết định thu hồi hoặc là quyết định của cấp trên.',
    );
  const symbol = ownSymbol(tree);
  const newIdValue = newId();
  const year = Number(input.signedOn.slice(0, 4));
  await db.transaction().execute(async (trx) => {
    const seq = await nextNumber(trx, symbol, year);
    const number = `${seq}/${symbol}`;
    await writeDecision(
      trx,
      actor,
      {
        id: newIdValue,
        number,
        seq,
        symbol,
        year,
        signed_on: input.signedOn,
        signer: input.signer,
        signer_title: input.signerTitle,
        authority: tree.name(tree.roots()[0]!),
        level: 'here',
        kind: 'revocation',
        summary: `Về việc thu hồi Quyết định số ${d.number} ngày ${dateVn(d.signed_on)}`,
        legal_basis: JSON.stringify([input.reason]),
        status: 'issued',
        revokes_id: d.id,
        revoked_by_id: null,
        created_by: user.id,
      },
      [],
      [],
      [],
    );
    // Two leaders revoking at once: the second finds the decision moved on, and its number is given back.
    await updateVersioned(trx, 'decisions', d.id, d.version, {
      status: 'revoked',
      revoked_by_id: newIdValue,
      updated_at: nowIso(),
    });
    await trx
      .updateTable('award_records')
      .set({
        deleted_at: nowIso(),
        deleted_by: user.displayName,
        delete_reason: `Thu hồi theo Quyết định số ${number}: ${input.reason}`,
      })
      .where('decision_id', '=', d.id)
      .where('deleted_at', 'is', null)
      .execute();
    await appendAudit(
      trx,
      actor,
      'decision.revoked',
      'decision',
      d.id,
      { status: 'issued' },
      { status: 'revoked', by: number, reason: input.reason },
    );
  });
  return decisionDetail(deps, user, newIdValue);
}
