import type { Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import type { ParIndexHistory, ParIndexRow, SaveParIndexRequest } from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import type { ParIndexResultTable } from '../../db/schema-scorecards.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { currentYearVn, nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { updateVersioned, deleteVersioned } from '../../platform/versioned.ts';
import { canEditPar } from './policy.ts';

type Row = Selectable<ParIndexResultTable>;
type RowView = z.infer<typeof ParIndexRow>;
type Save = z.output<typeof SaveParIndexRequest>;

const num = (v: number | string | null) => (v === null ? null : Number(v));

export function toParRow(r: Row): RowView {
  const hasDecision = r.decision_number !== '' || r.decision_date !== null || r.decision_signer !== '';
  return {
    id: r.id,
    orgId: r.org_id,
    year: Number(r.year),
    selfScore: num(r.self_score),
    appraisedScore: num(r.appraised_score),
    surveyScore: num(r.survey_score),
    score: num(r.final_score),
    rank: num(r.rank),
    of: num(r.of_count),
    classification: r.classification,
    decision: hasDecision ? { number: r.decision_number, date: r.decision_date, signer: r.decision_signer } : null,
    scorecardId: r.scorecard_id,
    note: r.note,
    version: Number(r.version),
  };
}

/** The history of one organisation, oldest year first; without `orgId`, the department at the root. */
export async function parHistory(
  deps: Deps,
  user: RequestUser,
  orgId: string | undefined,
): Promise<z.infer<typeof ParIndexHistory>> {
  const tree = await deps.tree.fresh();
  const id = orgId ?? tree.roots()[0];
  if (!id || !tree.has(id)) throw notFound('cơ quan, đơn vị');
  const rows = await deps.db.kysely
    .selectFrom('par_index_results')
    .selectAll()
    .where('org_id', '=', id)
    .orderBy('year')
    .execute();
  return { orgId: id, orgName: tree.name(id), items: rows.map(toParRow), canEdit: canEditPar(user, id, tree) };
}

async function rowById(trx: Transaction<Database>, id: string): Promise<Row | undefined> {
  return trx.selectFrom('par_index_results').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Enters or corrects one year of the history (the province's announcement, typed from its decision): a new year
 * with `version: null`, an existing one at the version the user saw (409 otherwise, also when someone else
 * entered the same year meanwhile). A year not yet begun is refused: nothing about it can be announced.
 */
export async function saveParRow(deps: Deps, user: RequestUser, actor: Actor, input: Save): Promise<RowView> {
  const tree = await deps.tree.fresh();
  if (!tree.has(input.orgId))
    throw badRequest('validation_failed', 'Cơ quan, đơn vị không tồn tại.', [
      { path: 'orgId', message: 'Cơ quan, đơn vị không tồn tại' },
    ]);
  if (!canEditPar(user, input.orgId, tree)) throw forbidden('Chỉ văn phòng thi đua được cập nhật Chỉ số CCHC.');
  const clock = clockOf(deps);
  if (input.year > currentYearVn(clock))
    throw badRequest('validation_failed', `Năm ${input.year} chưa đến: chưa thể có kết quả Chỉ số CCHC.`, [
      { path: 'year', message: `Năm ${input.year} chưa đến` },
    ]);
  const now = nowIsoOf(clock);
  const values = {
    self_score: input.selfScore,
    appraised_score: input.appraisedScore,
    survey_score: input.surveyScore,
    final_score: input.score,
    rank: input.rank,
    of_count: input.of,
    classification: input.classification,
    decision_number: input.decisionNumber,
    decision_date: input.decisionDate,
    decision_signer: input.decisionSigner,
    note: input.note,
  };
  return deps.db.kysely.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('par_index_results')
      .selectAll()
      .where('org_id', '=', input.orgId)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (existing && input.version === null)
      throw conflict('duplicate', `Năm ${input.year} đã có kết quả Chỉ số CCHC; tải lại trang để sửa dòng đó.`, [
        { path: 'year', message: `Năm ${input.year} đã có kết quả` },
      ]);
    if (!existing && input.version !== null) throw staleVersion();
    let id: string;
    if (existing) {
      id = existing.id;
      await updateVersioned(trx, 'par_index_results', id, input.version!, { ...values, updated_at: now });
    } else {
      id = newId();
      await trx
        .insertInto('par_index_results')
        .values({
          id,
          org_id: input.orgId,
          year: input.year,
          ...values,
          scorecard_id: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
    }
    const after = toParRow((await rowById(trx, id))!);
    await appendAudit(
      trx,
      actor,
      existing ? 'par_index.updated' : 'par_index.created',
      'par_index_result',
      id,
      existing ? toParRow(existing) : null,
      after,
    );
    return after;
  });
}

/** Removes a year entered by mistake, at the version the user saw; audited with what it held. */
export async function deleteParRow(deps: Deps, user: RequestUser, actor: Actor, id: string, version: number) {
  const tree = await deps.tree.fresh();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await rowById(trx, id);
    if (!before) throw notFound('kết quả Chỉ số CCHC');
    if (!canEditPar(user, before.org_id, tree)) throw forbidden('Chỉ văn phòng thi đua được cập nhật Chỉ số CCHC.');
    await deleteVersioned(trx, 'par_index_results', id, version);
    await appendAudit(trx, actor, 'par_index.deleted', 'par_index_result', id, toParRow(before), null);
  });
  return { ok: true as const };
}
