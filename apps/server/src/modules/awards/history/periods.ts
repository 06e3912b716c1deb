import type { z } from 'zod';
import type { CreatePeriodRequest, UpdatePeriodRequest } from '@thidua/contracts';
import { DISCIPLINE_FORMS, LEAVE_KINDS, REVIEW_KINDS } from '@thidua/domain';
import { nowIso } from '../../../db/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit.ts';
import type { RequestUser } from '../../../platform/access.ts';
import { todayVn } from '../../../platform/clock.ts';
import { clockOf, type Deps } from '../../../platform/context.ts';
import { badRequest, notFound, staleVersion, type FieldError } from '../../../platform/errors.ts';
import { deleteVersioned, updateVersioned } from '../../../platform/versioned.ts';
import { newId } from '../../../platform/ids.ts';
import { entityOf } from './rows.ts';
import { assertCanEdit, resolveSubject, type Subject } from './subjects.ts';

type PeriodInput = z.output<typeof CreatePeriodRequest> | z.output<typeof UpdatePeriodRequest>;

const KINDS_OF: Record<string, readonly string[]> = {
  discipline: DISCIPLINE_FORMS,
  review: REVIEW_KINDS,
  leave: LEAVE_KINDS,
};

/** What is wrong with a period, by field (the form and the Excel import share it). */
export function periodProblems(
  subjectKind: Subject['kind'],
  input: Pick<PeriodInput, 'category' | 'kind' | 'from' | 'to'>,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!KINDS_OF[input.category]!.includes(input.kind))
    errors.push({ path: 'kind', message: 'Hình thức không thuộc loại đã chọn' });
  if (input.category === 'leave' && subjectKind !== 'individual')
    errors.push({ path: 'category', message: 'Nghỉ thai sản chỉ ghi cho cá nhân' });
  if (input.category === 'leave' && !input.to) errors.push({ path: 'to', message: 'Nghỉ thai sản cần ngày kết thúc' });
  if (input.to && input.to < input.from) errors.push({ path: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  if (input.from > today && input.category !== 'leave')
    errors.push({ path: 'from', message: 'Ngày bắt đầu không được ở tương lai' });
  return errors;
}

function checkPeriod(subject: Subject, input: PeriodInput, today: string): void {
  const errors = periodProblems(subject.kind, input, today);
  if (errors.length)
    throw badRequest('invalid_period', `Chưa lưu được: ${errors.map((e) => e.message).join('; ')}.`, errors);
}

export const periodColumns = (input: Omit<PeriodInput, 'subjectId' | 'version'>) => ({
  category: input.category,
  kind: input.kind,
  from_date: input.from,
  to_date: input.to,
  decision_number: input.decisionNumber,
  note: input.note,
});

export async function createPeriod(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreatePeriodRequest>,
): Promise<{ id: string }> {
  const { subject, canEdit } = await resolveSubject(deps, user, input.subjectId);
  assertCanEdit(canEdit);
  checkPeriod(subject, input, todayVn(clockOf(deps)));
  const id = newId();
  const now = nowIso();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('subject_periods')
      .values({
        id,
        subject_kind: subject.kind,
        subject_id: subject.id,
        org_id: subject.orgId,
        ...periodColumns(input),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await appendAudit(trx, actor, `period.${input.category}.created`, entityOf(subject), subject.id, null, {
      id,
      ...input,
    });
  });
  return { id };
}

async function ownedPeriod(deps: Deps, user: RequestUser, id: string) {
  const row = await deps.db.kysely.selectFrom('subject_periods').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('giai đoạn này');
  const { subject, canEdit } = await resolveSubject(deps, user, row.subject_id, 'id');
  assertCanEdit(canEdit);
  return { row, subject };
}

export async function updatePeriod(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdatePeriodRequest>,
): Promise<{ id: string }> {
  const { row, subject } = await ownedPeriod(deps, user, id);
  checkPeriod(subject, input, todayVn(clockOf(deps)));
  if (Number(row.version) !== input.version) throw staleVersion();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'subject_periods', id, input.version, { ...periodColumns(input), updated_at: nowIso() });
    const { version: _v, ...after } = input;
    await appendAudit(trx, actor, `period.${input.category}.updated`, entityOf(subject), subject.id, row, {
      id,
      ...after,
    });
  });
  return { id };
}

export async function deletePeriod(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  const { row, subject } = await ownedPeriod(deps, user, id);
  if (Number(row.version) !== version) throw staleVersion();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await deleteVersioned(trx, 'subject_periods', id, version);
    await appendAudit(trx, actor, `period.${row.category}.deleted`, entityOf(subject), subject.id, row, null);
  });
  return { ok: true as const };
}
