import type { Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import {
  SummaryData,
  SummaryTexts,
  type CreateSummaryDraftRequest,
  type SaveSummaryDraftRequest,
  type SignSummaryDraftRequest,
  type SummaryDraft,
} from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import type { ReportDraftTable } from '../../db/schema-reports.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { dayVn, nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { computeSummary } from './summaryData.ts';
import { canEditSummaryOf, canReadSummaryOf, canSignSummaryOf } from './summaryPolicy.ts';
import { EMPTY_TEXTS, summaryDocOf } from './summaryService.ts';

type Row = Selectable<ReportDraftTable>;
type Draft = SummaryDraft;

const textsOf = (json: string): SummaryTexts => ({ ...EMPTY_TEXTS, ...SummaryTexts.partial().parse(JSON.parse(json)) });

function view(r: Row, tree: OrgTree, user: RequestUser): Draft {
  const open = r.status === 'draft';
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: tree.name(r.org_id),
    from: Number(r.year_from),
    to: Number(r.year_to),
    title: r.title,
    status: r.status === 'signed' ? 'signed' : 'draft',
    number: r.number,
    version: Number(r.version),
    texts: textsOf(r.texts),
    signedBy: r.signed_by_name,
    signedAt: r.signed_at,
    updatedAt: r.updated_at,
    figures: r.figures ? SummaryData.parse(JSON.parse(r.figures)) : null,
    canEdit: open && canEditSummaryOf(user, tree, r.org_id),
    canSign: open && canSignSummaryOf(user, tree, r.org_id),
  };
}

async function rowOf(deps: Deps, user: RequestUser, id: string): Promise<{ row: Row; tree: OrgTree }> {
  const tree = await deps.tree.fresh();
  const row = await deps.db.kysely.selectFrom('report_drafts').selectAll().where('id', '=', id).executeTakeFirst();
  // Outside the caller's units a draft does not exist for him (as other modules answer).
  if (!row || !canReadSummaryOf(user, tree, row.org_id)) throw notFound('dự thảo báo cáo');
  return { row, tree };
}

export async function listSummaryDrafts(deps: Deps, user: RequestUser, orgId: string | undefined) {
  const tree = await deps.tree.fresh();
  let q = deps.db.kysely.selectFrom('report_drafts').selectAll();
  if (orgId) q = q.where('org_id', '=', orgId);
  const rows = (await q.orderBy('year_to', 'desc').orderBy('year_from', 'desc').execute()).filter((r) =>
    canReadSummaryOf(user, tree, r.org_id),
  );
  return {
    items: rows.map((r) => {
      const { texts: _t, figures: _f, ...rest } = view(r, tree, user);
      return rest;
    }),
  };
}

export async function getSummaryDraft(deps: Deps, user: RequestUser, id: string): Promise<Draft> {
  const { row, tree } = await rowOf(deps, user, id);
  return view(row, tree, user);
}

async function addVersion(
  trx: Transaction<Database>,
  draftId: string,
  version: number,
  texts: SummaryTexts,
  actor: Actor,
  at: string,
) {
  await trx
    .insertInto('report_draft_versions')
    .values({
      id: newId(),
      draft_id: draftId,
      version,
      texts: JSON.stringify(texts),
      saved_by: actor.id,
      saved_by_name: actor.name,
      saved_at: at,
    })
    .execute();
}

/** One draft per unit and span: a second one for the same span is a 409 naming the existing one. */
export async function createSummaryDraft(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreateSummaryDraftRequest>,
): Promise<Draft> {
  const tree = await deps.tree.fresh();
  if (!tree.has(input.orgId))
    throw new AppError(422, 'unknown_org', 'Không tìm thấy cơ quan, đơn vị.', [
      { path: 'orgId', message: 'Không tìm thấy cơ quan, đơn vị' },
    ]);
  if (!canEditSummaryOf(user, tree, input.orgId))
    throw forbidden('Bạn không có quyền lập báo cáo của đơn vị này (ngoài phạm vi đơn vị được phân quyền).');
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  const title =
    input.title || `Báo cáo tổng kết ${input.from === input.to ? `năm ${input.from}` : `${input.from}–${input.to}`}`;
  return deps.db.kysely.transaction().execute(async (trx) => {
    const same = await trx
      .selectFrom('report_drafts')
      .select('id')
      .where('org_id', '=', input.orgId)
      .where('year_from', '=', input.from)
      .where('year_to', '=', input.to)
      .executeTakeFirst();
    if (same)
      throw conflict('duplicate', 'Đơn vị đã có dự thảo báo cáo cho khoảng năm này; mở dự thảo đó để sửa.', [
        { path: 'from', message: `Đã có dự thảo (${same.id})` },
      ]);
    await trx
      .insertInto('report_drafts')
      .values({
        id,
        org_id: input.orgId,
        year_from: input.from,
        year_to: input.to,
        title,
        status: 'draft',
        number: '',
        texts: JSON.stringify(EMPTY_TEXTS),
        figures: null,
        signed_by: null,
        signed_by_name: null,
        signed_at: null,
        created_by: actor.id,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await addVersion(trx, id, 1, EMPTY_TEXTS, actor, now);
    const row = (await trx.selectFrom('report_drafts').selectAll().where('id', '=', id).executeTakeFirstOrThrow())!;
    const after = view(row, tree, user);
    await appendAudit(trx, actor, 'report_draft.created', 'report_draft', id, null, { ...after, figures: null });
    return after;
  });
}

const frozen = () =>
  conflict('transition_refused', 'Báo cáo đã ký: không sửa được. Lập dự thảo mới cho khoảng năm khác nếu cần.');

/** Saves the texts as the next version (at the version the clerk saw: 409 otherwise, and always once signed). */
export async function saveSummaryDraft(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof SaveSummaryDraftRequest>,
): Promise<Draft> {
  const { row, tree } = await rowOf(deps, user, id);
  if (!canEditSummaryOf(user, tree, row.org_id)) throw forbidden('Bạn không có quyền sửa báo cáo của đơn vị này.');
  if (row.status === 'signed') throw frozen();
  const now = nowIsoOf(clockOf(deps));
  return deps.db.kysely.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('report_drafts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (before.status === 'signed') throw frozen();
    if (Number(before.version) !== input.version) throw staleVersion();
    await updateVersioned(trx, 'report_drafts', id, input.version, {
      texts: JSON.stringify(input.texts),
      ...(input.title !== undefined ? { title: input.title } : {}),
      updated_at: now,
    });
    await addVersion(trx, id, input.version + 1, input.texts, actor, now);
    const after = await trx.selectFrom('report_drafts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      actor,
      'report_draft.saved',
      'report_draft',
      id,
      { version: before.version, texts: textsOf(before.texts) },
      { version: after.version, texts: input.texts },
    );
    return view(after, tree, user);
  });
}

/** Signs the version the leader read: computes the figures once more and keeps them; nothing changes afterwards. */
export async function signSummaryDraft(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof SignSummaryDraftRequest>,
): Promise<Draft> {
  const { row, tree } = await rowOf(deps, user, id);
  if (!canSignSummaryOf(user, tree, row.org_id)) throw forbidden('Chỉ lãnh đạo được ký báo cáo.');
  if (row.status === 'signed') throw frozen();
  const figures = await computeSummary(deps, {
    orgId: row.org_id,
    from: Number(row.year_from),
    to: Number(row.year_to),
  });
  const now = nowIsoOf(clockOf(deps));
  return deps.db.kysely.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('report_drafts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (before.status === 'signed') throw frozen();
    if (Number(before.version) !== input.version) throw staleVersion();
    await updateVersioned(trx, 'report_drafts', id, input.version, {
      status: 'signed',
      number: input.number,
      figures: JSON.stringify(figures),
      signed_by: actor.id,
      signed_by_name: actor.name,
      signed_at: now,
      updated_at: now,
    });
    const after = await trx.selectFrom('report_drafts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      actor,
      'report_draft.signed',
      'report_draft',
      id,
      { status: 'draft', version: before.version },
      { status: 'signed', version: after.version, number: input.number },
    );
    return view(after, tree, user);
  });
}

export async function summaryDraftVersions(deps: Deps, user: RequestUser, id: string) {
  await rowOf(deps, user, id);
  const rows = await deps.db.kysely
    .selectFrom('report_draft_versions')
    .selectAll()
    .where('draft_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      version: Number(r.version),
      savedBy: r.saved_by_name,
      savedAt: r.saved_at,
      texts: textsOf(r.texts),
    })),
  };
}

/**
 * The DOCX of a draft: a signed one from its frozen figures with its number and date; an unsigned one from the
 * figures as they are now, marked "DỰ THẢO". `version` prints an earlier version's texts.
 */
export async function summaryDraftDoc(deps: Deps, user: RequestUser, id: string, version: number | undefined) {
  const { row } = await rowOf(deps, user, id);
  let texts = textsOf(row.texts);
  if (version !== undefined && version !== Number(row.version)) {
    const v = await deps.db.kysely
      .selectFrom('report_draft_versions')
      .select('texts')
      .where('draft_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!v) throw notFound(`phiên bản ${version} của dự thảo`);
    texts = textsOf(v.texts);
  }
  const signed =
    row.status === 'signed' && row.figures !== null && (version === undefined || version === Number(row.version));
  const data = signed
    ? SummaryData.parse(JSON.parse(row.figures!))
    : await computeSummary(deps, { orgId: row.org_id, from: Number(row.year_from), to: Number(row.year_to) });
  return summaryDocOf(deps, data, {
    texts,
    number: signed ? row.number : '',
    draft: !signed,
    date: signed ? dayVn(row.signed_at!) : undefined,
    signerName: signed ? (row.signed_by_name ?? '') : undefined,
  });
}
