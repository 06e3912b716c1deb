import type { z } from 'zod';
import type {
  AwardRecordView,
  CreateAwardRecordRequest,
  CreatePeriodRequest,
  PeriodView,
  SubjectHistory,
  UpdateAwardRecordRequest,
  UpdatePeriodRequest,
} from '@thidua/contracts';
import {
  AwardsError,
  DISCIPLINE_FORMS,
  DISCIPLINE_LABELS,
  LEAVE_KINDS,
  LEAVE_LABELS,
  REVIEW_KINDS,
  REVIEW_LABELS,
  assertSubject,
  awardByCode,
  awardName,
  historyIssues,
  type AwardOrigin,
  type AwardRecord,
  type CommendationType,
  type Rating,
} from '@thidua/domain';
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../../db/index.ts';
import type { AwardRecordTable, Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { currentYearVn, todayVn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/context.ts';
import { badRequest, conflict, notFound, staleVersion, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { initiativeViews } from '../initiatives/service.ts';
import { assertCanEdit, resolveSubject, type Subject } from './subjects.ts';

type RecordView = z.infer<typeof AwardRecordView>;
type RecordInput = z.output<typeof UpdateAwardRecordRequest> | z.output<typeof CreateAwardRecordRequest>;
type PeriodInput = z.output<typeof CreatePeriodRequest> | z.output<typeof UpdatePeriodRequest>;

const toRecord = (r: Pick<AwardRecordTable, 'award_code' | 'year' | 'from_year' | 'decision_number' | 'decision_date'>) =>
  ({
    awardCode: r.award_code,
    year: Number(r.year),
    fromYear: Number(r.from_year),
    ...(r.decision_number
      ? { decision: { number: r.decision_number, ...(r.decision_date ? { date: r.decision_date } : {}) } }
      : {}),
  }) satisfies AwardRecord;

async function recordRows(db: Kysely<Database>, subjectId: string) {
  return db
    .selectFrom('award_records')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .orderBy('year')
    .orderBy('from_year')
    .orderBy('decision_date')
    .execute();
}

async function ratingsOf(db: Kysely<Database>, subjectId: string) {
  return (
    await db.selectFrom('ratings').select(['year', 'rating']).where('subject_id', '=', subjectId).orderBy('year').execute()
  ).map((r) => ({ year: Number(r.year), rating: r.rating as Rating }));
}

async function linksOf(db: Kysely<Database>, recordIds: string[]) {
  const out = new Map<string, { id: string; title: string }[]>();
  if (!recordIds.length) return out;
  const rows = await db
    .selectFrom('award_record_initiatives as ai')
    .innerJoin('initiatives as i', 'i.id', 'ai.initiative_id')
    .select(['ai.award_record_id', 'i.id', 'i.title'])
    .where('ai.award_record_id', 'in', recordIds)
    .execute();
  for (const r of rows) {
    const list = out.get(r.award_record_id) ?? [];
    list.push({ id: r.id, title: r.title });
    out.set(r.award_record_id, list);
  }
  return out;
}

function recordView(r: AwardRecordTable, initiatives: { id: string; title: string }[]): RecordView {
  return {
    id: r.id,
    awardCode: r.award_code,
    awardName: awardName(r.award_code),
    year: Number(r.year),
    fromYear: Number(r.from_year),
    commendationType: r.commendation_type as CommendationType,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    decisionSigner: r.decision_signer,
    decisionAuthority: r.decision_authority,
    origin: r.origin as AwardOrigin,
    note: r.note,
    flag: r.flag,
    initiatives,
    version: Number(r.version),
  };
}

const PERIOD_LABELS: Record<string, string> = { ...DISCIPLINE_LABELS, ...REVIEW_LABELS, ...LEAVE_LABELS };

/** Everything known about a subject: awards, ratings, periods, initiatives, and what looks wrong. */
export async function getHistory(deps: Deps, user: RequestUser, subjectId: string): Promise<z.infer<typeof SubjectHistory>> {
  const { subject, canEdit, tree } = await resolveSubject(deps, user, subjectId);
  const db = deps.db.kysely;
  const rows = await recordRows(db, subject.id);
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  const ratings = await ratingsOf(db, subject.id);
  const periods = await db
    .selectFrom('subject_periods')
    .selectAll()
    .where('subject_id', '=', subject.id)
    .orderBy('from_date')
    .execute();
  const initiativeIds =
    subject.kind === 'individual'
      ? (
          await db
            .selectFrom('initiative_authors')
            .select('initiative_id')
            .where('person_id', '=', subject.id)
            .execute()
        ).map((r) => r.initiative_id)
      : (await db.selectFrom('initiatives').select('id').where('org_id', '=', subject.id).execute()).map((r) => r.id);
  const issues = historyIssues(rows.map(toRecord), ratings).map((i) => ({
    kind: i.kind,
    recordIds: i.records.map((k) => rows[k]!.id),
    message: i.message,
  }));
  return {
    subject,
    canEdit,
    awards: rows.map((r) => recordView(r, links.get(r.id) ?? [])),
    ratings,
    periods: periods.map((p) => ({
      id: p.id,
      category: p.category as z.infer<typeof PeriodView>['category'],
      kind: p.kind as z.infer<typeof PeriodView>['kind'],
      kindLabel: PERIOD_LABELS[p.kind] ?? p.kind,
      from: p.from_date,
      to: p.to_date,
      decisionNumber: p.decision_number,
      note: p.note,
      version: Number(p.version),
    })),
    initiatives: (await initiativeViews(deps, tree, initiativeIds)).sort((a, b) =>
      (b.recognisedOn ?? '').localeCompare(a.recognisedOn ?? ''),
    ),
    issues,
  };
}

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
): Promise<{ flag: string | null }> {
  const errors: FieldError[] = [];
  try {
    assertSubject(awardByCode(input.awardCode), subject.kind);
  } catch (e) {
    if (e instanceof AwardsError) throw badRequest(e.code, e.message, [{ path: 'awardCode', message: e.message }]);
    throw e;
  }
  const fromYear = input.fromYear ?? input.year;
  if (fromYear > input.year) errors.push({ path: 'fromYear', message: 'Năm bắt đầu phải trước hoặc bằng năm kết thúc' });
  if (input.year > currentYearVn()) errors.push({ path: 'year', message: 'Năm khen thưởng không được ở tương lai' });
  if (input.decisionDate && input.decisionDate > todayVn())
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
    const { flag } = await checkRecord(trx, subject, input, null);
    await trx
      .insertInto('award_records')
      .values({
        id,
        subject_kind: subject.kind,
        subject_id: subject.id,
        org_id: subject.orgId,
        ...recordColumns(input),
        flag,
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

const entityOf = (s: Subject) => (s.kind === 'individual' ? 'person' : 'organisation');

async function ownedRecord(deps: Deps, user: RequestUser, id: string) {
  const row = await deps.db.kysely.selectFrom('award_records').selectAll().where('id', '=', id).executeTakeFirst();
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
    const { flag } = await checkRecord(trx, subject, input, id);
    const res = await trx
      .updateTable('award_records')
      .set({ ...recordColumns(input), flag, updated_at: nowIso(), version: input.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    await trx.deleteFrom('award_record_initiatives').where('award_record_id', '=', id).execute();
    if (input.initiativeIds.length)
      await trx
        .insertInto('award_record_initiatives')
        .values(input.initiativeIds.map((i) => ({ award_record_id: id, initiative_id: i })))
        .execute();
    const { confirmConflict: _c, version: _v, ...after } = input;
    await appendAudit(trx, actor, 'award_record.updated', entityOf(subject), subject.id, before, { id, ...after, flag });
  });
  return viewOf(deps.db.kysely, id);
}

export async function deleteAwardRecord(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  const { row, subject } = await ownedRecord(deps, user, id);
  if (Number(row.version) !== version) throw staleVersion();
  const before = await viewOf(deps.db.kysely, id);
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.deleteFrom('award_record_initiatives').where('award_record_id', '=', id).execute();
    const res = await trx.deleteFrom('award_records').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw staleVersion();
    await appendAudit(trx, actor, 'award_record.deleted', entityOf(subject), subject.id, before, null);
  });
  return { ok: true as const };
}

const KINDS_OF: Record<string, readonly string[]> = {
  discipline: DISCIPLINE_FORMS,
  review: REVIEW_KINDS,
  leave: LEAVE_KINDS,
};

function checkPeriod(subject: Subject, input: PeriodInput): void {
  const errors: FieldError[] = [];
  if (!KINDS_OF[input.category]!.includes(input.kind))
    errors.push({ path: 'kind', message: 'Hình thức không thuộc loại đã chọn' });
  if (input.category === 'leave' && subject.kind !== 'individual')
    errors.push({ path: 'category', message: 'Nghỉ thai sản chỉ ghi cho cá nhân' });
  if (input.category === 'leave' && !input.to)
    errors.push({ path: 'to', message: 'Nghỉ thai sản cần ngày kết thúc' });
  if (input.to && input.to < input.from) errors.push({ path: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  if (input.from > todayVn() && input.category !== 'leave')
    errors.push({ path: 'from', message: 'Ngày bắt đầu không được ở tương lai' });
  if (errors.length)
    throw badRequest('invalid_period', `Chưa lưu được: ${errors.map((e) => e.message).join('; ')}.`, errors);
}

const periodColumns = (input: PeriodInput) => ({
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
  checkPeriod(subject, input);
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
    await appendAudit(trx, actor, `period.${input.category}.created`, entityOf(subject), subject.id, null, { id, ...input });
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
  checkPeriod(subject, input);
  if (Number(row.version) !== input.version) throw staleVersion();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('subject_periods')
      .set({ ...periodColumns(input), updated_at: nowIso(), version: input.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    const { version: _v, ...after } = input;
    await appendAudit(trx, actor, `period.${input.category}.updated`, entityOf(subject), subject.id, row, { id, ...after });
  });
  return { id };
}

export async function deletePeriod(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  const { row, subject } = await ownedPeriod(deps, user, id);
  if (Number(row.version) !== version) throw staleVersion();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const res = await trx.deleteFrom('subject_periods').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw staleVersion();
    await appendAudit(trx, actor, `period.${row.category}.deleted`, entityOf(subject), subject.id, row, null);
  });
  return { ok: true as const };
}
