import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type {
  CopyScorecardTemplateRequest,
  CreateScorecardTemplateRequest,
  SaveScorecardTemplateRequest,
  ScorecardItemInput,
} from '@thidua/contracts';
import { SCORECARD_KIND_LABELS, searchKey, type ScorecardKind } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, forbidden, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { deleteVersioned, updateVersioned } from '../../platform/versioned.ts';
import { canKeepTemplates } from './policy.ts';
import { blocNames, cyclesUsing, itemRows, templateOfScope, templateRow } from './queries.ts';
import { getTemplate, snapshotOf } from './service.ts';
import { placeItems, points, rowsOf, templateProblems, treeOf, walk, type ItemRow, type PlacedItem } from './tree.ts';

type Trx = Transaction<Database>;
type TemplateRow = Awaited<ReturnType<typeof templateRow>>;

const mustKeep = (user: RequestUser) => {
  if (!canKeepTemplates(user)) throw forbidden('Chỉ bộ phận thi đua – khen thưởng soạn và sửa bảng điểm.');
};

async function insertItems(trx: Trx, rows: readonly ItemRow[]) {
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('scorecard_items')
      .values(rows.slice(i, i + 200))
      .execute();
}

/** One template per bloc and year, one per PAR-index year: a second is refused naming the first. */
async function assertScopeFree(trx: Trx, kind: ScorecardKind, blocId: string | null, year: number) {
  const other = await templateOfScope(trx, blocId ?? 'par', year);
  if (!other) return;
  const scope = blocId ? `khối "${(await blocNames(trx, [blocId])).get(blocId) ?? ''}"` : SCORECARD_KIND_LABELS[kind];
  throw conflict(
    'duplicate',
    `Đã có bảng điểm "${other.name}" của ${scope} năm ${year}; mỗi khối (và Chỉ số CCHC) mỗi năm chỉ có một bảng điểm. Hãy mở bảng điểm đó để sửa.`,
    [{ path: 'year', message: `Năm ${year} đã có bảng điểm` }],
  );
}

/** A draft template, empty or with a copy of another's tree (new ids) and caps. */
async function insertTemplate(
  trx: Trx,
  actor: Actor,
  now: string,
  t: { kind: ScorecardKind; blocId: string | null; year: number; name: string },
  from: TemplateRow | null,
): Promise<string> {
  await assertScopeFree(trx, t.kind, t.blocId, t.year);
  const id = newId();
  await trx
    .insertInto('scorecard_templates')
    .values({
      id,
      kind: t.kind,
      bloc_id: t.blocId,
      scope_key: t.blocId ?? 'par',
      year: t.year,
      name: t.name,
      search_key: searchKey(t.name),
      status: 'draft',
      copied_from_id: from?.id ?? null,
      bonus_cap: from ? points(from.bonus_cap) : 0,
      penalty_cap: from ? points(from.penalty_cap) : 0,
      basis: from?.basis ?? '',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  const rows = from ? rowsOf(id, placeItems(treeOf(await itemRows(trx, [from.id])), true)) : [];
  await insertItems(trx, rows);
  await appendAudit(trx, actor, 'scorecard_template.created', 'scorecard_template', id, null, {
    ...t,
    copiedFromId: from?.id ?? null,
    items: rows.length,
  });
  return id;
}

export async function createTemplate(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  body: z.output<typeof CreateScorecardTemplateRequest>,
) {
  mustKeep(user);
  const db = deps.db.kysely;
  if (body.kind === 'bloc' && !body.blocId)
    throw badRequest('invalid_template', 'Bảng điểm chấm điểm khối thi đua cần chọn khối.', [
      { path: 'blocId', message: 'Chọn khối thi đua' },
    ]);
  if (body.kind === 'par' && body.blocId)
    throw badRequest('invalid_template', 'Bảng điểm Chỉ số cải cách hành chính không thuộc khối thi đua nào.', [
      { path: 'blocId', message: 'Để trống khối khi chọn Chỉ số CCHC' },
    ]);
  if (body.blocId && !(await blocNames(db, [body.blocId])).size)
    throw badRequest('invalid_template', 'Khối thi đua đã chọn không có trong danh sách khối, cụm thi đua.', [
      { path: 'blocId', message: 'Khối thi đua không tồn tại' },
    ]);
  const from = body.copyFromId
    ? await db.selectFrom('scorecard_templates').selectAll().where('id', '=', body.copyFromId).executeTakeFirst()
    : null;
  if (body.copyFromId && !from)
    throw badRequest('invalid_template', 'Không tìm thấy bảng điểm để sao chép.', [
      { path: 'copyFromId', message: 'Bảng điểm không tồn tại' },
    ]);
  if (from && from.kind !== body.kind)
    throw badRequest(
      'invalid_template',
      `Không sao chép được bảng điểm "${from.name}" (${SCORECARD_KIND_LABELS[from.kind]}) sang loại ${SCORECARD_KIND_LABELS[body.kind]}.`,
      [{ path: 'copyFromId', message: 'Chọn bảng điểm cùng loại' }],
    );
  const now = nowIsoOf(clockOf(deps));
  const id = await db
    .transaction()
    .execute((trx) => insertTemplate(trx, actor, now, { ...body, blocId: body.blocId ?? null }, from ?? null));
  return getTemplate(deps, user, id);
}

/** "Copy from last year": the same bloc (or PAR index), another year, a draft with the tree and caps. */
export async function copyTemplate(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  body: z.output<typeof CopyScorecardTemplateRequest>,
) {
  mustKeep(user);
  const db = deps.db.kysely;
  const from = await templateRow(db, id);
  const old = String(from.year);
  const name =
    body.name ??
    (from.name.includes(old) ? from.name.split(old).join(String(body.year)) : `${from.name} năm ${body.year}`);
  const now = nowIsoOf(clockOf(deps));
  const made = await db
    .transaction()
    .execute((trx) =>
      insertTemplate(trx, actor, now, { kind: from.kind, blocId: from.bloc_id, year: body.year, name }, from),
    );
  return getTemplate(deps, user, made);
}

/** A template a cycle uses (frozen, or named by a cycle) is never changed: scores refer to its items. */
export async function assertEditable(trx: Trx | Deps['db']['kysely'], t: TemplateRow, what: string) {
  const used = await cyclesUsing(trx, t.id);
  if (t.status === 'frozen' || used.length)
    throw conflict(
      'template_frozen',
      `Bảng điểm "${t.name}" đã được dùng cho kỳ chấm điểm${used.length ? ` "${used.map((c) => c.name).join('", "')}"` : ''} nên không ${what} được. Hãy sao chép sang bảng điểm mới nếu cần thay đổi.`,
    );
}

/** Refuses (400) the errors of a tree with each problem on its item's path; warnings pass. */
export function assertNoErrors(items: PlacedItem[], caps: { bonusCap: number; penaltyCap: number }) {
  const errors = templateProblems(items, caps).filter((p) => p.severity === 'error');
  if (!errors.length) return;
  const pathOf = new Map(walk(items).map((w) => [w.item.id, w.path]));
  const fields: FieldError[] = errors.map((p) => ({
    path: (p.itemId && pathOf.get(p.itemId)) || (/thưởng/u.test(p.message) ? 'bonusCap' : 'penaltyCap'),
    message: p.message,
  }));
  throw badRequest(
    'invalid_template',
    `Bảng điểm chưa hợp lệ: ${errors
      .slice(0, 3)
      .map((p) => p.message)
      .join('; ')}${errors.length > 3 ? `; và ${errors.length - 3} lỗi khác` : ''}.`,
    fields,
  );
}

/** Ids sent back must be this template's own items, each once; new items come without one. */
function assertOwnIds(items: readonly ScorecardItemInput[], own: Set<string>) {
  const seen = new Set<string>();
  for (const { item, path } of walk(items)) {
    if (!item.id) continue;
    if (!own.has(item.id) || seen.has(item.id))
      throw badRequest(
        'unknown_item',
        `Mục "${item.code} ${item.name}" không thuộc bảng điểm này (hoặc bị gửi hai lần). Hãy tải lại bảng điểm rồi sửa lại.`,
        [{ path: `${path}.id`, message: 'Mục không thuộc bảng điểm' }],
      );
    seen.add(item.id);
  }
}

/** Writes a new tree in place of the old one, keeping the ids sent back; the caller has checked it. */
export async function replaceTree(
  trx: Trx,
  actor: Actor,
  t: TemplateRow,
  version: number,
  fields: { name: string; basis: string; bonusCap: number; penaltyCap: number },
  items: PlacedItem[],
  now: string,
  action: string,
  meta: Record<string, unknown> = {},
) {
  const before = snapshotOf(t, await itemRows(trx, [t.id]));
  await updateVersioned(trx, 'scorecard_templates', t.id, version, {
    name: fields.name,
    search_key: searchKey(fields.name),
    basis: fields.basis,
    bonus_cap: fields.bonusCap,
    penalty_cap: fields.penaltyCap,
    updated_at: now,
  });
  await trx.deleteFrom('scorecard_items').where('template_id', '=', t.id).execute();
  const rows = rowsOf(t.id, items);
  await insertItems(trx, rows);
  const after = snapshotOf(
    { ...t, name: fields.name, basis: fields.basis, bonus_cap: fields.bonusCap, penalty_cap: fields.penaltyCap },
    rows,
  );
  await appendAudit(trx, actor, action, 'scorecard_template', t.id, before, { ...after, ...meta });
}

/** Saves the whole tree at once (the editor reorders by drag): one transaction, the version the user saw. */
export async function saveTemplate(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  body: z.output<typeof SaveScorecardTemplateRequest>,
) {
  mustKeep(user);
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    const t = await templateRow(trx, id);
    await assertEditable(trx, t, 'sửa');
    assertOwnIds(body.items, new Set((await itemRows(trx, [id])).map((r) => r.id)));
    const items = placeItems(body.items);
    assertNoErrors(items, body);
    await replaceTree(trx, actor, t, body.version, body, items, now, 'scorecard_template.saved');
  });
  return getTemplate(deps, user, id);
}

/** Deletes a draft no cycle uses (a template entered by mistake), with its items. */
export async function deleteTemplate(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  version: number | undefined,
) {
  mustKeep(user);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const t = await templateRow(trx, id);
    await assertEditable(trx, t, 'xóa');
    const items = await itemRows(trx, [id]);
    await trx.deleteFrom('scorecard_items').where('template_id', '=', id).execute();
    await deleteVersioned(trx, 'scorecard_templates', id, version ?? t.version);
    await appendAudit(trx, actor, 'scorecard_template.deleted', 'scorecard_template', id, snapshotOf(t, items), null);
  });
  return { ok: true as const };
}
