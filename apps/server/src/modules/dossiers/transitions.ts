import type { z } from 'zod';
import type { DossierTransitionRequest } from '@thidua/contracts';
import { DOSSIER_WORKFLOW, check, type DossierAction } from '@thidua/domain';
import type { Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { getSetting } from '../settings/service.ts';
import { clockwork, missingYear, type Clockwork } from './due.ts';
import type { StepHandler } from './effect.ts';
import * as outcome from './outcome.ts';
import * as pauses from './pauses.ts';
import { canSeeDossier, dossierActorKinds } from './policy.ts';
import { dossierRow, stepContext, versionRow } from './queries.ts';
import * as steps from './steps.ts';
import { getDossier } from './view.ts';

const HANDLERS: Record<DossierAction, StepHandler> = {
  accept: outcome.accept,
  request_completion: outcome.requestCompletion,
  refuse: outcome.refuse,
  transfer: steps.transfer,
  assign: steps.assign,
  complete_step: steps.completeStep,
  send_leg: steps.sendLeg,
  record_leg: steps.recordLeg,
  request_supplement: pauses.requestSupplement,
  resume: pauses.resume,
  request_payment: pauses.requestPayment,
  confirm_payment: pauses.confirmPayment,
  apologise: outcome.apologise,
  finish: outcome.finish,
  return_result: outcome.returnResult,
  withdraw: outcome.withdraw,
  stop: outcome.stop,
};

/**
 * One step of a dossier's life: checked against DOSSIER_WORKFLOW for this user's kinds (clerk, handler, leader)
 * and the dossier's state (documents, calendar, apologies, steps, legs), version-checked, then in one transaction
 * the step's own writes, the status change with what the step produced (form, legal basis, due times), the audit
 * entry and the notice to whoever's turn it is.
 */
export async function transitionDossier(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof DossierTransitionRequest>,
) {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const d = await dossierRow(db, id);
  if (!canSeeDossier(user, tree, d)) throw notFound('hồ sơ');
  const version = await versionRow(db, d.procedure_version_id);
  const now = nowIsoOf(clockOf(deps));
  // Read before the transaction: a step's writes then need no other connection.
  const cw: Clockwork = await clockwork(db, now);
  const loadClockwork = () => Promise.resolve(cw);
  const ctx = await stepContext(db, d, await getSetting(db, 'onestop.apologyLimit'));
  const calendarMissingYear =
    input.action === 'accept' ? missingYear(cw, now, version.time_amount, version.time_unit) : null;
  const kinds = dossierActorKinds(user, tree, d);
  const step = check(
    DOSSIER_WORKFLOW,
    d.status,
    input.action,
    { kinds },
    { ...ctx, calendarMissingYear, reason: input.reason },
  );
  if (!step.ok) {
    const def = DOSSIER_WORKFLOW.actions[input.action];
    if (step.code === 'not_allowed' && def.by.length === 1 && def.by[0] === 'handler')
      throw forbidden(
        `Hồ sơ đang do ${ctx.assigneeName ?? 'cán bộ khác'} thụ lý: chỉ cán bộ được phân công thụ lý bước này mới được "${def.label}".`,
      );
    throw refusalError(
      step,
      step.code === 'guard' && calendarMissingYear && !ctx.missingDocuments.length
        ? 'calendar_year_missing'
        : 'transition_refused',
    );
  }
  if (d.version !== input.version) throw staleVersion();
  await db.transaction().execute(async (trx) => {
    const effect = await HANDLERS[input.action]({ trx, d, version, input, now, clockwork: loadClockwork });
    await applyTransition(trx, {
      entityType: 'dossier',
      entityId: id,
      action: input.action,
      from: d.status,
      to: step.to,
      user,
      reason: input.reason,
      at: now,
      data: { legalBasis: version.legal_basis, ...effect.data },
      update: { version: input.version, set: { ...effect.set, updated_at: now } },
      audit: {
        actor,
        action: `dossier.${input.action}`,
        before: { status: d.status, dueAt: d.due_at, assigneeId: d.assignee_id },
        after: { status: step.to, reason: input.reason, ...effect.data },
      },
    });
  });
  return getDossier(deps, user, id, { justActed: true });
}
