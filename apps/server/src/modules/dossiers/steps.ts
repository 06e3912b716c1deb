import { num } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { dueOf } from './due.ts';
import { refusedField, type StepHandler, type StepInput } from './effect.ts';
import { currentStep, versionLegs, versionSteps } from './queries.ts';

/** Internal steps and inter-agency legs of a dossier in process (docs/one-stop.md). */

async function activeUser(s: StepInput, id: string | undefined): Promise<string | null> {
  if (!id) return null;
  const u = await s.trx.selectFrom('users').select(['id', 'active']).where('id', '=', id).executeTakeFirst();
  if (!u || !num(u.active)) throw refusedField('assigneeId', 'Cán bộ thụ lý: không tìm thấy tài khoản đang hoạt động.');
  return u.id;
}

async function knownOrg(s: StepInput, id: string | undefined): Promise<string> {
  if (!id) return s.d.org_id;
  const o = await s.trx.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst();
  if (!o) throw refusedField('orgId', 'Phòng chuyên môn: không tìm thấy đơn vị.');
  return o.id;
}

/** Transfer: the version's internal steps; the first starts now with its own due time from its budget. */
export const transfer: StepHandler = async (s) => {
  const steps = versionSteps(s.version);
  const orgId = await knownOrg(s, s.input.orgId);
  const assigneeId = await activeUser(s, s.input.assigneeId);
  const first = steps[0]!;
  const due = dueOf(await s.clockwork(), s.now, first.amount, first.timeUnit);
  await s.trx
    .insertInto('dossier_steps')
    .values(
      steps.map((x, i) => ({
        id: newId(),
        dossier_id: s.d.id,
        seq: i + 1,
        name: x.name,
        org_id: orgId,
        assignee_id: i === 0 ? assigneeId : null,
        started_at: i === 0 ? s.now : null,
        due_at: i === 0 ? due : null,
        finished_at: null,
        note: '',
      })),
    )
    .execute();
  return {
    set: { step_index: 1, assignee_id: assigneeId, assignee_org_id: orgId },
    data: { stepSeq: 1, stepName: first.name, dueAt: due, assigneeId, orgId },
  };
};

/** Assign (or reassign) the officer of the current step: he alone handles it. */
export const assign: StepHandler = async (s) => {
  const step = await currentStep(s.trx, s.d);
  if (!step) throw refusedField('action', 'Hồ sơ chưa được chuyển đến phòng chuyên môn.');
  const assigneeId = await activeUser(s, s.input.assigneeId);
  const orgId = s.input.orgId ? await knownOrg(s, s.input.orgId) : (step.org_id ?? s.d.org_id);
  await s.trx
    .updateTable('dossier_steps')
    .set({ assignee_id: assigneeId, org_id: orgId })
    .where('id', '=', step.id)
    .execute();
  return {
    set: { assignee_id: assigneeId, assignee_org_id: orgId },
    data: { stepSeq: num(step.seq), stepName: step.name, assigneeId, orgId, previousAssigneeId: step.assignee_id },
  };
};

/** Pass to the next step: the current one is finished, the next starts now with its due time and officer. */
export const completeStep: StepHandler = async (s) => {
  const step = await currentStep(s.trx, s.d);
  if (!step) throw refusedField('action', 'Hồ sơ chưa được chuyển đến phòng chuyên môn.');
  const nextSeq = s.d.step_index + 1;
  const plan = versionSteps(s.version)[nextSeq - 1];
  const next = await s.trx
    .selectFrom('dossier_steps')
    .selectAll()
    .where('dossier_id', '=', s.d.id)
    .where('seq', '=', nextSeq)
    .executeTakeFirst();
  if (!next || !plan) throw refusedField('action', 'Đây là bước cuối của quy trình: chọn "Hoàn thành giải quyết".');
  const assigneeId = await activeUser(s, s.input.assigneeId);
  const due = dueOf(await s.clockwork(), s.now, plan.amount, plan.timeUnit);
  await s.trx.updateTable('dossier_steps').set({ finished_at: s.now }).where('id', '=', step.id).execute();
  await s.trx
    .updateTable('dossier_steps')
    .set({ started_at: s.now, due_at: due, assignee_id: assigneeId })
    .where('id', '=', next.id)
    .execute();
  return {
    set: { step_index: nextSeq, assignee_id: assigneeId, assignee_org_id: next.org_id ?? s.d.org_id },
    data: { finishedStepSeq: num(step.seq), stepSeq: nextSeq, stepName: next.name, dueAt: due, assigneeId },
  };
};

/** Send to a co-ordinating agency: a leg of the version (with its own due time) or one named here. */
export const sendLeg: StepHandler = async (s) => {
  let agency = s.input.agency ?? '';
  let name = s.input.name ?? '';
  let due: string | null = null;
  if (s.input.legSeq !== undefined) {
    const leg = versionLegs(s.version)[s.input.legSeq - 1];
    if (!leg) throw refusedField('legSeq', 'Cơ quan phối hợp: quy trình của thủ tục không có lượt liên thông này.');
    agency = leg.agency;
    name = leg.name;
    due = dueOf(await s.clockwork(), s.now, Number(leg.amount) || 0, leg.timeUnit ?? 'working_days');
  }
  const id = newId();
  await s.trx
    .insertInto('dossier_legs')
    .values({
      id,
      dossier_id: s.d.id,
      agency,
      name: name || agency,
      sent_at: s.now,
      due_at: due,
      answered_at: null,
      answer: '',
    })
    .execute();
  return { data: { legId: id, agency, dueAt: due } };
};

/** Record the answer of an agency the dossier was sent to. */
export const recordLeg: StepHandler = async (s) => {
  const leg = await s.trx
    .selectFrom('dossier_legs')
    .selectAll()
    .where('id', '=', s.input.legId!)
    .where('dossier_id', '=', s.d.id)
    .executeTakeFirst();
  if (!leg) throw refusedField('legId', 'Lượt liên thông: không tìm thấy trong hồ sơ này.');
  if (leg.answered_at) throw refusedField('legId', `${leg.agency} đã trả lời; không ghi nhận lại.`);
  await s.trx
    .updateTable('dossier_legs')
    .set({ answered_at: s.now, answer: s.input.answer ?? '' })
    .where('id', '=', leg.id)
    .execute();
  return { data: { legId: leg.id, agency: leg.agency } };
};
