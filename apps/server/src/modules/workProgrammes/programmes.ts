import type { z } from 'zod';
import type { CreateWorkProgrammeRequest, UpdateWorkProgrammeRequest } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError, conflict, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { applyTransition } from '../../platform/transitions.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import { defaultTitle, type Executor } from './list.ts';
import { PROGRAMME_OFFICE, canManageProgramme } from './policy.ts';
import { assertNotClosed, getWorkProgramme, programmeRow } from './view.ts';

type CreateInput = z.output<typeof CreateWorkProgrammeRequest>;
type UpdateInput = z.output<typeof UpdateWorkProgrammeRequest>;

/** The topmost organisation an office grant of the user sits on (the department, for the office at the root). */
function officeRoot(user: RequestUser, tree: OrgTree): string | undefined {
  const orgs = user.grants.filter((g) => PROGRAMME_OFFICE.includes(g.role) && tree.has(g.orgId)).map((g) => g.orgId);
  return orgs.find((o) => !orgs.some((other) => other !== o && tree.isWithin(o, other)));
}

/** The year's programme a quarter's or month's takes tasks from: the one named (checked), else that year's, if any. */
async function parentOf(db: Executor, input: CreateInput, orgId: string): Promise<string | null> {
  if (input.kind === 'year') {
    if (input.parentId)
      throw new AppError(422, 'invalid_parent', 'Chương trình năm không lấy nhiệm vụ từ chương trình khác.', [
        { path: 'parentId', message: 'Chương trình năm không có chương trình cấp trên' },
      ]);
    return null;
  }
  if (!input.parentId) {
    const year = await db
      .selectFrom('work_programmes')
      .select('id')
      .where('org_id', '=', orgId)
      .where('kind', '=', 'year')
      .where('year', '=', input.year)
      .executeTakeFirst();
    return year?.id ?? null;
  }
  const parent = await db
    .selectFrom('work_programmes')
    .select(['id', 'kind', 'year', 'org_id'])
    .where('id', '=', input.parentId)
    .executeTakeFirst();
  if (!parent || parent.kind !== 'year' || Number(parent.year) !== input.year || parent.org_id !== orgId)
    throw new AppError(
      422,
      'invalid_parent',
      `Chương trình cấp trên phải là chương trình công tác năm ${input.year} của cùng cơ quan.`,
      [{ path: 'parentId', message: `Chọn chương trình công tác năm ${input.year} của cơ quan` }],
    );
  return parent.id;
}

/**
 * A new programme, as a draft: a year's, or a quarter's or a month's (which takes tasks from that year's).
 * One programme per organisation and period: a second is refused (409) naming the one that exists.
 */
export async function createWorkProgramme(deps: Deps, user: RequestUser, actor: Actor, input: CreateInput) {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const orgId = input.orgId ?? officeRoot(user, tree);
  if (!orgId) throw forbidden('Bạn không có quyền lập chương trình công tác.');
  if (!tree.has(orgId))
    throw new AppError(422, 'unknown_org', 'Không tìm thấy cơ quan của chương trình.', [
      { path: 'orgId', message: 'Cơ quan không tồn tại' },
    ]);
  if (!canManageProgramme(user, tree, { org_id: orgId }))
    throw forbidden(`Bạn không có quyền lập chương trình công tác của ${tree.name(orgId)}.`);
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const label = defaultTitle(input.kind, input.year, input.period).replace('Chương trình công tác ', '');
    const same = await trx
      .selectFrom('work_programmes')
      .select('title')
      .where('org_id', '=', orgId)
      .where('kind', '=', input.kind)
      .where('year', '=', input.year)
      .where('period', '=', input.period)
      .executeTakeFirst();
    if (same)
      throw conflict(
        'duplicate',
        `${tree.name(orgId)} đã có chương trình công tác ${label}: "${same.title}". Mở chương trình đó để sửa thay vì lập mới.`,
        [{ path: 'period', message: `Đã có chương trình công tác ${label}` }],
      );
    const parentId = await parentOf(trx, input, orgId);
    const title = input.title ?? defaultTitle(input.kind, input.year, input.period);
    const row = {
      id,
      kind: input.kind,
      year: input.year,
      period: input.period,
      org_id: orgId,
      parent_id: parentId,
      title,
      search_key: searchKey(title),
      status: 'draft',
      decision_number: '',
      decision_date: null,
      decision_signer: '',
      amendment: 0,
      note: input.note,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('work_programmes').values(row).execute();
    await applyTransition(trx, {
      entityType: 'work_programme',
      entityId: id,
      action: null,
      from: null,
      to: 'draft',
      user,
      at: now,
    });
    const { search_key: _k, ...audited } = row;
    await appendAudit(trx, actor, 'work_programme.created', 'work_programme', id, null, audited);
  });
  return getWorkProgramme(deps, user, id);
}

/** The heading: title, the issuing decision (number, date, signer) and the note, at the version the user saw. */
export async function updateWorkProgramme(deps: Deps, user: RequestUser, actor: Actor, id: string, input: UpdateInput) {
  const db = deps.db.kysely;
  const now = nowIsoOf(clockOf(deps));
  // The tree is read before the transaction: on SQLite its one connection is the transaction's until commit.
  const tree = await deps.tree.fresh();
  await db.transaction().execute(async (trx) => {
    const before = await programmeRow(trx, id);
    if (!canManageProgramme(user, tree, before)) throw forbidden('Bạn không có quyền sửa chương trình công tác này.');
    assertNotClosed(before);
    // An issued programme stands on its decision: it is corrected, never blanked (withdraw to draft instead).
    const missing = (
      [
        ['decisionNumber', input.decisionNumber, 'Số quyết định'],
        ['decisionDate', input.decisionDate, 'Ngày ký'],
        ['decisionSigner', input.decisionSigner, 'Người ký'],
      ] as const
    ).filter(([, v]) => !v);
    if (before.status === 'issued' && missing.length)
      throw new AppError(
        422,
        'missing_decision',
        'Chương trình đã ban hành phải giữ số, ngày và người ký quyết định; muốn bỏ, hãy thu hồi về dự thảo.',
        missing.map(([path, , label]) => ({ path, message: `${label}: không được để trống` })),
      );
    const set = {
      title: input.title,
      decision_number: input.decisionNumber,
      decision_date: input.decisionDate,
      decision_signer: input.decisionSigner,
      note: input.note,
    };
    await updateVersioned(trx, 'work_programmes', id, input.version, {
      ...set,
      search_key: searchKey(input.title),
      updated_at: now,
    });
    await appendAudit(
      trx,
      actor,
      'work_programme.updated',
      'work_programme',
      id,
      {
        title: before.title,
        decision_number: before.decision_number,
        decision_date: before.decision_date,
        decision_signer: before.decision_signer,
        note: before.note,
      },
      set,
    );
  });
  return getWorkProgramme(deps, user, id);
}
