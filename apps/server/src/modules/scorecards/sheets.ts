import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AttachmentView, SaveExplanationRequest, SaveSelfScoresRequest } from '@thidua/contracts';
import { checkPoints, evidenceKindsText, evidenceMimes, type TemplateItem } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, badRequest, conflict, forbidden, type FieldError } from '../../platform/errors.ts';
import { detectKind, saveAttachment, uploadedAttachment } from '../../platform/files.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { scorecardSettings } from '../settings/read.ts';
import { sheetAbilities, sheetActorKinds } from './policy.ts';
import { scoreRows, templateOf, type Template } from './queries.ts';
import { getSheet, readableSheet, sheetContext } from './sheetView.ts';

type View = Awaited<ReturnType<typeof getSheet>>;

const label = (i: TemplateItem) => `${i.code} ${i.name}`;

/** A leaf of the cycle's template, or a 400 naming the field. */
export function leafOf(t: Template, itemId: string, path: string): TemplateItem {
  const item = t.byId.get(itemId);
  if (!item || item.children.length)
    throw badRequest(
      'unknown_item',
      'Tiêu chí không thuộc bảng điểm của kỳ này (hoặc không phải tiêu chí được chấm).',
      [{ path, message: 'Tiêu chí không hợp lệ' }],
    );
  return item;
}

/** Refuses the member's own step unless the user is the member's officer (or the office). */
export function assertMember(kinds: readonly string[], what: string) {
  if (!kinds.includes('member'))
    throw forbidden(`Bạn không ${what} cho thành viên này (ngoài phạm vi đơn vị được phân quyền).`);
}

/** The member's self-scores and notes, while the cycle is open and the sheet not yet submitted. */
export async function saveSelfScores(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  scorecardId: string,
  memberId: string,
  input: z.output<typeof SaveSelfScoresRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const { cycle, member, tree } = await readableSheet(deps, user, scorecardId, memberId);
  assertMember(sheetActorKinds(user, tree, member), 'tự chấm điểm');
  if (cycle.status !== 'open')
    throw conflict('scoring_closed', `Kỳ chấm điểm "${cycle.name}" đã kết thúc tự chấm; không sửa được điểm tự chấm.`);
  if (member.status !== 'self_assessment')
    throw conflict('scoring_closed', `Bản tự chấm của ${member.name} đã gửi; chỉ sửa được khi được trả lại.`);
  const t = await templateOf(db, cycle.template_id, member);
  const errors: FieldError[] = [];
  input.scores.forEach((s, i) => {
    const leaf = leafOf(t, s.itemId, `scores.${i}.itemId`);
    if (leaf.method === 'computed' && s.points !== null)
      errors.push({
        path: `scores.${i}.points`,
        message: `${label(leaf)}: điểm được tính tự động từ số liệu khi gửi bản tự chấm, không nhập tay`,
      });
    const refusal = s.points === null || leaf.method === 'computed' ? null : checkPoints(leaf, s.points);
    if (refusal) errors.push({ path: `scores.${i}.points`, message: refusal });
  });
  if (errors.length) throw badRequest('invalid_scores', errors.map((e) => e.message).join('; '), errors);
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    // The sheet's version decides: one conditional update, 409 when another save came first.
    await updateVersioned(trx, 'scorecard_members', member.id, input.version, {
      updated_at: now,
      ...(input.signerName === undefined ? {} : { signer_name: input.signerName }),
    });
    const before = await scoreRows(trx, [member.id]);
    for (const s of input.scores)
      await trx
        .updateTable('scorecard_scores')
        .set({ self_points: s.points, self_note: s.note, updated_at: now, updated_by: actor.name })
        .where('member_id', '=', member.id)
        .where('item_id', '=', s.itemId)
        .execute();
    const was = new Map(before.map((b) => [b.item_id, { points: b.self_points, note: b.self_note }]));
    await appendAudit(
      trx,
      actor,
      'scorecard_member.self_scored',
      'scorecard_member',
      member.id,
      { scores: input.scores.map((s) => ({ itemId: s.itemId, ...was.get(s.itemId) })), signerName: member.signer_name },
      { scores: input.scores, signerName: input.signerName },
    );
  });
  return getSheet(deps, user, scorecardId, memberId);
}

/** The member's answers on the criteria the appraisers asked about (once), while the sheet awaits them. */
export async function saveExplanation(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  scorecardId: string,
  memberId: string,
  input: z.output<typeof SaveExplanationRequest>,
): Promise<View> {
  const db = deps.db.kysely;
  const { cycle, member, tree } = await readableSheet(deps, user, scorecardId, memberId);
  assertMember(sheetActorKinds(user, tree, member), 'giải trình');
  if (cycle.status !== 'appraisal' || member.status !== 'explanation')
    throw conflict('scoring_closed', `Bản chấm của ${member.name} không ở bước chờ giải trình.`);
  const t = await templateOf(db, cycle.template_id, member);
  const scores = new Map((await scoreRows(db, [member.id])).map((s) => [s.item_id, s]));
  const errors: FieldError[] = [];
  input.scores.forEach((s, i) => {
    const leaf = leafOf(t, s.itemId, `scores.${i}.itemId`);
    if (scores.get(leaf.id)?.appraisal !== 'explain')
      errors.push({
        path: `scores.${i}.explanation`,
        message: `${label(leaf)}: tiêu chí này không được đề nghị giải trình`,
      });
  });
  if (errors.length) throw badRequest('invalid_scores', errors.map((e) => e.message).join('; '), errors);
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'scorecard_members', member.id, input.version, { updated_at: now });
    for (const s of input.scores)
      await trx
        .updateTable('scorecard_scores')
        .set({ explanation: s.explanation, updated_at: now, updated_by: actor.name })
        .where('member_id', '=', member.id)
        .where('item_id', '=', s.itemId)
        .execute();
    await appendAudit(
      trx,
      actor,
      'scorecard_member.explanation_saved',
      'scorecard_member',
      member.id,
      input.scores.map((s) => ({ itemId: s.itemId, explanation: scores.get(s.itemId)?.explanation ?? '' })),
      input.scores,
    );
  });
  return getSheet(deps, user, scorecardId, memberId);
}

/** One evidence file on a criterion, while the member self-assesses or explains; the file belongs to the score. */
export async function attachEvidence(
  deps: Deps,
  req: FastifyRequest,
  user: RequestUser,
  actor: Actor,
  scorecardId: string,
  memberId: string,
  itemId: string,
): Promise<z.infer<typeof AttachmentView>> {
  const db = deps.db.kysely;
  const { cycle, member, tree } = await readableSheet(deps, user, scorecardId, memberId);
  assertMember(sheetActorKinds(user, tree, member), 'nộp tài liệu kiểm chứng');
  const t = await templateOf(db, cycle.template_id, member);
  const leaf = leafOf(t, itemId, 'itemId');
  const scores = await scoreRows(db, [member.id]);
  const settings = await scorecardSettings(db);
  const can = sheetAbilities(
    user,
    tree,
    cycle.status,
    member,
    sheetContext(t, member, scores, settings.explanationRounds),
  );
  if (!can.selfAssess && !can.explain)
    throw conflict(
      'scoring_closed',
      `Bản chấm của ${member.name} không ở bước tự chấm hoặc giải trình; không nộp thêm tài liệu kiểm chứng được.`,
    );
  const score = scores.find((s) => s.item_id === leaf.id);
  if (!score) throw badRequest('unknown_item', `${label(leaf)}: chưa có ô điểm của thành viên này.`);
  const upload = await uploadedAttachment(req);
  let mime: string | null = null;
  try {
    mime = detectKind(upload).mime;
  } catch (e) {
    if (!(e instanceof AppError) || e.status !== 415) throw e;
  }
  // The kinds a criterion's evidence may be are a setting (scorecards.evidenceTypes), read on every upload.
  const { evidenceTypes } = settings;
  if (!mime || !evidenceMimes(evidenceTypes).includes(mime))
    throw badRequest(
      'file_type_refused',
      `Tài liệu kiểm chứng của tiêu chí ${label(leaf)} phải là tệp ${evidenceKindsText(evidenceTypes)}; tệp "${upload.filename}" không đúng loại.`,
      [{ path: 'file', message: `Chỉ nhận: ${evidenceKindsText(evidenceTypes)}` }],
    );
  return db
    .transaction()
    .execute((trx) => saveAttachment(trx, actor, { type: 'scorecard_score', id: score.id }, upload));
}
