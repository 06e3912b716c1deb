import type { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { CreateAwardRecordRequest, UpdateAwardRecordRequest } from '@thidua/contracts';
import { AwardsError, assertSubject, awardByCode, awardName, historyIssues, type AwardRecord } from '@thidua/domain';
import { nowIso } from '../../../db/index.ts';
import type { Database } from '../../../db/schema.ts';
import { appendAudit, type Actor } from '../../../platform/audit.ts';
import type { RequestUser } from '../../../platform/access.ts';
import { todayVn } from '../../../platform/clock.ts';
import { clockOf, type Deps } from '../../../platform/context.ts';
import { badRequest, conflict, notFound, staleVersion, type FieldError } from '../../../platform/errors.ts';
import { updateVersioned } from '../../../platform/versioned.ts';
import { newId } from '../../../platform/ids.ts';
import { entityOf, linksOf, ratingsOf, recordRows, recordView, toRecord, type RecordView } from './rows.ts';
import { assertCanEdit, resolveSubject, type Subject } from './subjects.ts';

type RecordInput = z.output<typeof UpdateAwardRecordRequest> | z.output<typeof CreateAwardRecordRequest>;

/**
 * Checks a record against the catalog and the subject, then against the
 * subject's other records: duplicates, contradictions and a reused initiative
 * are refused unless the clerk confirms them, and then kept with a flag.
 */
async function checkRecord(
  db: Kysely<Database> | Transaction<Database>,
  subject: Subject,
  input: RecordInput,
  selfId: string | null,
  today: string,
): Promise<{ flag: string | null }> {
  const errors: FieldError[] = [];
  try {
    assertSubject(awardByCode(input.awardCode), subject.kind);
  } catch (e) {
    if (e instanceof AwardsError) throw badRequest(e.code, e.message, [{ path: 'awardCode', message: e.message }]);
    throw e;
  }
  const fromYear = input.fromYear ?? input.year;
  if (fromYear > input.year)
    errors.push({ path: 'fromYear', message: 'Năm bắt đầu phải trước hoặc bằng năm kết thúc' });
  if (input.year > Number(today.slice(0, 4)))
    errors.push({ path: 'year', message: 'Năm khen thưởng không được ở tương lai' });
  if (input.decisionDate && input.decisionDate > today)
    errors.push({ path: 'decisionDate', message: 'Ngày quyết định không được ở tương lai' });
  if (input.initiativeIds.length) {
    const found = await db
      .selectFrom('initiatives as i')
      .leftJoin('initiative_authors as a', (j) =>
        j.onRef('a.initiative_id', '=', 'i.id').on('a.person_id', '=', subject.id),
      )
      .select(['i.id', 'i.org_id', 'a.person_id'])
      .where('i.id', 'in', input.initiativeIds)
      .execute();
    input.initiativeIds.forEach((id, k) => {
      const f = found.find((x) => x.id === id);
      if (!f) errors.push({ path: `initiativeIds.${k}`, message: 'Không tìm thấy sáng kiến này' });
      else if (subject.kind === 'individual' ? !f.person_id : f.org_id !== subject.id)
        errors.push({ path: `initiativeIds.${k}`, message: 'Sáng kiến này không phải của đối tượng được khen' });
    });
  }
  if (errors.length)
    throw badRequest('invalid_award_record', `Chưa lưu được: ${errors.map((e) => e.message).join('; ')}.`, errors);

  const others = (await recordRows(db as Kysely<Database>, subject.id)).filter((r) => r.id !== selfId);
  const ratings = await ratingsOf(db as Kysely<Database>, subject.id);
  const mine: AwardRecord = {
    awardCode: input.awardCode,
    year: input.year,
    fromYear,
    ...(input.decisionNumber ? { decision: { number: input.decisionNumber } } : {}),
  };
  const problems = historyIssues([...others.map(toRecord), mine], ratings)
    .filter((i) => i.records.includes(others.length))
    .map((i) => i.message);
  if (input.initiativeIds.length) {
    const used = await db
      .selectFrom('award_record_initiatives as ai')
      .innerJoin('award_records as r', 'r.id', 'ai.award_record_id')
      .innerJoin('initiatives as i', 'i.id', 'ai.initiative_id')
      .select(['i.title', 'r.award_code', 'r.year', 'r.decision_number', 'r.id'])
      .where('ai.initiative_id', 'in', input.initiativeIds)
      .where('r.deleted_at', 'is', null)
      .execute();
    for (const u of used.filter((x) => x.id !== selfId))
      problems.push(
        `Sáng kiến "${u.title}" đã là căn cứ cho ${awardName(u.award_code)} năm ${u.year}${u.decision_number ? ` (QĐ ${u.decision_number})` : ''}; mỗi sáng kiến chỉ dùng một lần`,
      );
  }
  if (problems.length && !input.confirmConflict)
    throw conflict(
      'history_conflict',
      `${problems.join('. ')}. Kiểm tra lại; nếu hồ sơ gốc đúng như vậy, hãy xác nhận để lưu kèm đánh dấu.`,
      problems.map((message) => ({ path: 'awardCode', message })),
    );
  return { flag: problems.length ? problems.join('. ') : null };
}

const recordColumns = (input: RecordInput) => ({
  award_code: input.awardCode,
  year: input.year,
  from_year: input.fromYear ?? input.year,
  commendation_type: input.commendationType,
  decision_number: input.decisionNumber,
  decision_date: input.decisionDate,
  decision_signer: input.decisionSigner,
  decision_authority: input.decisionAuthority,
  origin: input.origin,
  note: input.note,
});

async function viewOf(db: Kysely<Database>, id: string): Promise<RecordView> {
  const r = await db.selectFrom('award_records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return recordView(r, (await linksOf(db, [id])).get(id) ?? []);
}

export async function createAwardRecord(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreateAwardRecordRequest>,
): Promise<RecordView> {
  const { subject, canEdit } = await resolveSubject(deps, user, input.subjectId);
  assertCanEdit(canEdit);
  const id = newId();
  const now = nowIso();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const { flag } = await checkRecord(trx, subject, input, null, todayVn(clockOf(deps)));
    await trx
      .insertInto('award_records')
      .values({
        id,
        subject_kind: subject.kind,
        subject_id: subject.id,
        org_id: subject.orgId,
        ...recordColumns(input),
        flag,
        deleted_at: null,
        deleted_by: null,
        delete_reason: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    if (input.initiativeIds.length)
      await trx
        .insertInto('award_record_initiatives')
        .values(input.initiativeIds.map((i) => ({ award_record_id: id, initiative_id: i })))
        .execute();
    const { confirmConflict: _c, ...after } = input;
    await appendAudit(trx, actor, 'award_record.created', entityOf(subject), subject.id, null, {
      id,
      ...after,
      flag,
    });
  });
  return viewOf(deps.db.kysely, id);
}

async function ownedRecord(deps: Deps, user: RequestUser, id: string) {
  const row = await deps.db.kysely
    .selectFrom('award_records')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('bản ghi khen thưởng');
  const { subject, canEdit } = await resolveSubject(deps, user, row.subject_id, 'id');
  assertCanEdit(canEdit);
  return { row, subject };
}

export async function updateAwardRecord(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateAwardRecordRequest>,
): Promise<RecordView> {
  const { row, subject } = await ownedRecord(deps, user, id);
  if (Number(row.version) !== input.version) throw staleVersion();
  const before = await viewOf(deps.db.kysely, id);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const { flag } = await checkRecord(trx, subject, input, id, todayVn(clockOf(deps)));
    await updateVersioned(trx, 'award_records', id, input.version, {
      ...recordColumns(input),
      flag,
      updated_at: nowIso(),
    });
    await trx.deleteFrom('award_record_initiatives').where('award_record_id', '=', id).execute();
    if (input.initiativeIds.length)
      await trx
        .insertInto('award_record_initiatives')
        .values(input.initiativeIds.map((i) => ({ award_record_id: id, initiative_id: i })))
        .execute();
    const { confirmConflict: _c, version: _v, ...after } = input;
    await appendAudit(trx, actor, 'award_record.updated', entityOf(subject), subject.id, before, {
      id,
      ...after,
      flag,
    });
  });
  return viewOf(deps.db.kysely, id);
}

/** Withdraws a record (entered in error, revoked): kept with who and why, out of every list and judgement. */
export async function deleteAwardRecord(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  q: { version: number; reason: string },
) {
  const { row, subject } = await ownedRecord(deps, user, id);
  if (Number(row.version) !== q.version) throw staleVersion();
  const before = await viewOf(deps.db.kysely, id);
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'award_records', id, q.version, {
      deleted_at: nowIso(),
      deleted_by: actor.name,
      delete_reason: q.reason,
      updated_at: nowIso(),
    });
    await appendAudit(trx, actor, 'award_record.withdrawn', entityOf(subject), subject.id, before, {
      reason: q.reason,
    });
  });
  return { ok: true as const };
}
