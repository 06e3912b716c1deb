import { vnDateOf } from '@thidua/domain';
import { dueOf } from './due.ts';
import { refusedField, type StepHandler } from './effect.ts';
import { closePauses } from './pauses.ts';
import { currentStep } from './queries.ts';

/** Acceptance, refusal, apology, result and closing steps of a dossier (docs/one-stop.md). */

/** Acceptance: the clock starts now; the due time from the version's time limit, over the calendar. */
export const accept: StepHandler = async (s) => {
  const due = dueOf(await s.clockwork(), s.now, s.version.time_amount, s.version.time_unit);
  return { set: { received_at: s.now, due_at: due, original_due_at: due }, data: { form: '01', dueAt: due } };
};

export const requestCompletion: StepHandler = () => Promise.resolve({ data: { form: '02' } });

export const refuse: StepHandler = (s) => Promise.resolve({ set: { closed_at: s.now }, data: { form: '03' } });

/**
 * Apology and a new appointment: a date means the end of that day's office hours; it must be after the current
 * due time. Only `due_at` moves: the legal due time the statistics judge by stays.
 */
export const apologise: StepHandler = async (s) => {
  const raw = s.input.newDueAt!;
  const end = (await s.clockwork()).hours.at(-1)!.end;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/u.test(raw) ? `${raw}T${end}:00+07:00` : raw);
  if (Number.isNaN(ms)) throw refusedField('newDueAt', 'Ngày hẹn trả mới: không hợp lệ.');
  const at = new Date(ms).toISOString();
  if (s.d.due_at && at <= s.d.due_at)
    throw refusedField(
      'newDueAt',
      `Ngày hẹn trả mới phải sau hạn hiện tại (${vnDateOf(s.d.due_at).split('-').reverse().join('/')}).`,
    );
  return {
    set: { due_at: at, apologies: s.d.apologies + 1 },
    data: { form: '04', newDueAt: at, previousDueAt: s.d.due_at },
  };
};

/** Processing finished: the current step ends, the result is recorded. */
export const finish: StepHandler = async (s) => {
  const step = await currentStep(s.trx, s.d);
  if (step && !step.finished_at)
    await s.trx.updateTable('dossier_steps').set({ finished_at: s.now }).where('id', '=', step.id).execute();
  return {
    set: { finished_at: s.now, result: s.input.result! },
    data: { result: s.input.result, dueAt: s.d.due_at, originalDueAt: s.d.original_due_at },
  };
};

export const returnResult: StepHandler = (s) =>
  Promise.resolve({ set: { returned_at: s.now }, data: { form: '06', result: s.d.result } });

export const withdraw: StepHandler = async (s) => {
  await closePauses(s);
  return { set: { closed_at: s.now }, data: {} };
};

export const stop: StepHandler = async (s) => {
  await closePauses(s);
  return { set: { closed_at: s.now }, data: { form: '05' } };
};
