import { newId } from '../../platform/ids.ts';
import { dueOf } from './due.ts';
import { later, type StepHandler, type StepInput } from './effect.ts';
import { currentStep, versionSteps } from './queries.ts';

/**
 * Pauses of the clock (docs/one-stop.md): a supplement request or a financial obligation opens a
 * `dossier_pauses` row; its end closes it and recomputes both due times from the receipt with every pause,
 * so a pause moves them later and never earlier (an apology's later appointment stays).
 */

const openPause =
  (kind: 'supplement' | 'financial'): StepHandler =>
  async (s) => {
    const id = newId();
    await s.trx
      .insertInto('dossier_pauses')
      .values({
        id,
        dossier_id: s.d.id,
        kind,
        from_at: s.now,
        to_at: null,
        deadline: s.input.deadline ?? null,
        reason: s.input.reason,
      })
      .execute();
    return {
      set: kind === 'financial' && s.input.amount !== undefined ? { fee_amount: s.input.amount } : {},
      data: { pauseId: id, ...(kind === 'supplement' ? { form: '02' } : { amount: s.input.amount ?? null }) },
    };
  };

export const requestSupplement = openPause('supplement');
export const requestPayment = openPause('financial');

/** Closes whatever pause is open (a withdrawal or a stop ends it too). */
export async function closePauses(s: StepInput): Promise<void> {
  await s.trx
    .updateTable('dossier_pauses')
    .set({ to_at: s.now })
    .where('dossier_id', '=', s.d.id)
    .where('to_at', 'is', null)
    .execute();
}

/** The clock runs again: the pause closes, the due times (and the current step's) are recomputed with all pauses. */
async function endPause(s: StepInput) {
  await closePauses(s);
  const pauses = (
    await s.trx.selectFrom('dossier_pauses').select(['from_at', 'to_at']).where('dossier_id', '=', s.d.id).execute()
  ).map((p) => ({ from: p.from_at, to: p.to_at }));
  const cw = await s.clockwork();
  const legal = s.d.received_at ? dueOf(cw, s.d.received_at, s.version.time_amount, s.version.time_unit, pauses) : null;
  const originalDueAt = later(legal, s.d.original_due_at);
  const dueAt = later(legal, s.d.due_at);
  const step = await currentStep(s.trx, s.d);
  const plan = versionSteps(s.version)[s.d.step_index - 1];
  if (step?.started_at && !step.finished_at && plan) {
    const since = pauses.filter((p) => p.to && p.to > step.started_at!);
    const stepDue = later(dueOf(cw, step.started_at, plan.amount, plan.timeUnit, since), step.due_at);
    await s.trx.updateTable('dossier_steps').set({ due_at: stepDue }).where('id', '=', step.id).execute();
  }
  return { set: { due_at: dueAt, original_due_at: originalDueAt }, data: { dueAt, originalDueAt } };
}

export const resume: StepHandler = (s) => endPause(s);

export const confirmPayment: StepHandler = async (s) => {
  const e = await endPause(s);
  return { set: { ...e.set, fee_paid_at: s.now }, data: e.data };
};
