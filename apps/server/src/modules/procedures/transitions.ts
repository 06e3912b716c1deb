import type { z } from 'zod';
import type { ProcedureTransitionRequest, ProcedureView } from '@thidua/contracts';
import { PROCEDURE_WORKFLOW, check } from '@thidua/domain';
import type { Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { conflict, staleVersion } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { procedureActor } from './policy.ts';
import { contentOf, dayBefore, procedureRow, versionRows } from './rows.ts';
import { getProcedure } from './service.ts';

type Input = z.output<typeof ProcedureTransitionRequest>;

/**
 * Publish (the first version), amend (publish the amendment draft; the version it replaces is superseded the
 * day before the new one takes effect) or abolish (the version in force and any draft end), each by the
 * decision the request names, in one transaction with its step and audit entry.
 */
export async function transitionProcedure(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: Input,
): Promise<z.infer<typeof ProcedureView>> {
  const now = nowIsoOf(clockOf(deps));
  await deps.db.kysely.transaction().execute(async (trx) => {
    const p = await procedureRow(trx, id);
    const step = check(PROCEDURE_WORKFLOW, p.status, input.action, procedureActor(user), { reason: input.reason });
    if (!step.ok) throw refusalError(step);
    if (p.version !== input.version) throw staleVersion();
    const versions = await versionRows(trx, id);
    const draft = versions.find((v) => v.status === 'draft');
    const current = versions.find((v) => v.id === p.current_version_id);
    const decision = {
      decision_no: input.decision.no,
      decision_date: input.decision.date,
      decision_signer: input.decision.signer,
    };
    const data: Record<string, unknown> = { decision: input.decision };
    let currentVersionId = p.current_version_id;

    if (input.action === 'publish' || input.action === 'amend') {
      if (!draft)
        throw conflict(
          'transition_refused',
          input.action === 'amend'
            ? 'Chưa có phiên bản sửa đổi để công bố: hãy tạo phiên bản sửa đổi trước.'
            : 'Không có phiên bản dự thảo để công bố.',
          [{ path: 'action', message: 'Không có phiên bản dự thảo' }],
        );
      const effectiveFrom = draft.effective_from ?? input.decision.date;
      if (current && effectiveFrom <= (current.effective_from ?? ''))
        throw conflict(
          'transition_refused',
          `Phiên bản sửa đổi phải có hiệu lực sau ngày phiên bản đang áp dụng có hiệu lực (${current.effective_from}).`,
          [{ path: 'decision.date', message: 'Ngày hiệu lực không sau phiên bản đang áp dụng' }],
        );
      await trx
        .updateTable('procedure_versions')
        .set({
          ...decision,
          status: 'published',
          effective_from: effectiveFrom,
          updated_at: now,
          version: draft.version + 1,
        })
        .where('id', '=', draft.id)
        .execute();
      if (current) {
        await trx
          .updateTable('procedure_versions')
          .set({
            status: 'superseded',
            effective_to: dayBefore(effectiveFrom),
            updated_at: now,
            version: current.version + 1,
          })
          .where('id', '=', current.id)
          .execute();
        // The simplification record (§10.2): what the amendment changed in time and compliance cost.
        const before = contentOf(current);
        const after = contentOf(draft);
        data.simplification = {
          before: { time: before.time, complianceCost: before.complianceCost, yearlyDossiers: before.yearlyDossiers },
          after: { time: after.time, complianceCost: after.complianceCost, yearlyDossiers: after.yearlyDossiers },
        };
        data.previousVersionId = current.id;
      }
      data.versionId = draft.id;
      data.seq = draft.seq;
      data.effectiveFrom = effectiveFrom;
      currentVersionId = draft.id;
    } else {
      const ending = versions.filter((v) => v.status === 'draft' || v.id === current?.id);
      for (const v of ending)
        await trx
          .updateTable('procedure_versions')
          .set({
            status: 'abolished',
            effective_to: v.status === 'draft' ? null : dayBefore(input.decision.date),
            updated_at: now,
            version: v.version + 1,
          })
          .where('id', '=', v.id)
          .execute();
      data.versionId = current?.id ?? null;
    }

    await applyTransition(trx, {
      entityType: 'procedure',
      entityId: id,
      action: input.action,
      from: p.status,
      to: step.to,
      user,
      reason: input.reason,
      at: now,
      data,
      update: { version: input.version, set: { current_version_id: currentVersionId, updated_at: now } },
      audit: {
        actor,
        action: `procedure.${input.action}`,
        before: { status: p.status, currentVersionId: p.current_version_id },
        after: { status: step.to, currentVersionId, ...data },
      },
    });
  });
  return getProcedure(deps, user, id);
}
