import type { z } from 'zod';
import type { CreateOrganisationRequest, Organisation, UpdateOrganisationRequest } from '@thidua/contracts';
import type { OrgKind } from '@thidua/domain';
import type ExcelJS from 'exceljs';
import { ORG_KIND_LABELS, collationKey } from '@thidua/domain';
import { styleHeader } from '../../platform/documents/xlsx.ts';
import type { OrganisationTable } from '../../db/schema.ts';
import { bool, flag, nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { AppError, conflict, notFound, staleVersion } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import type { Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';

export function toOrganisation(r: OrganisationTable): Organisation {
  return {
    id: r.id,
    parentId: r.parent_id,
    code: r.code,
    name: r.name,
    kind: r.kind as OrgKind,
    active: bool(r.active),
    version: r.version,
  };
}

/** The whole tree; siblings in Vietnamese order of their names. */
export async function listOrganisations(deps: Deps): Promise<Organisation[]> {
  const rows = await deps.db.kysely.selectFrom('organisations').selectAll().execute();
  const keyed = rows.map((r) => ({ r, k: collationKey(r.name) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map(({ r }) => toOrganisation(r));
}

export async function getOrganisation(deps: Deps, id: string): Promise<Organisation> {
  const row = await deps.db.kysely.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('đơn vị');
  return toOrganisation(row);
}

async function assertCodeFree(deps: Deps, code: string, exceptId?: string): Promise<void> {
  let q = deps.db.kysely.selectFrom('organisations').select('id').where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw conflict('duplicate_code', `Mã đơn vị "${code}" đã được dùng.`, [{ path: 'code', message: 'Mã đã tồn tại' }]);
}

export async function createOrganisation(
  deps: Deps,
  actor: Actor,
  input: z.output<typeof CreateOrganisationRequest>,
): Promise<Organisation> {
  const tree = await deps.tree.freshFor([input.parentId]);
  if (input.parentId && !tree.has(input.parentId))
    throw new AppError(400, 'invalid_parent', 'Đơn vị cấp trên không tồn tại.', [
      { path: 'parentId', message: 'Không tồn tại' },
    ]);
  await assertCodeFree(deps, input.code);
  const now = nowIso();
  const row: OrganisationTable = {
    id: newId(),
    parent_id: input.parentId,
    code: input.code,
    name: input.name,
    kind: input.kind,
    active: flag(input.active),
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('organisations').values(row).execute();
    await appendAudit(trx, actor, 'organisation.created', 'organisation', row.id, null, toOrganisation(row));
  });
  deps.tree.invalidate();
  return toOrganisation(row);
}

export async function updateOrganisation(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateOrganisationRequest>,
): Promise<Organisation> {
  const db = deps.db.kysely;
  const before = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound('đơn vị');
  if (before.version !== input.version) throw staleVersion();
  if (input.parentId !== undefined && input.parentId !== before.parent_id) {
    const tree = await deps.tree.freshFor([input.parentId]);
    if (input.parentId !== null && !tree.has(input.parentId))
      throw new AppError(400, 'invalid_parent', 'Đơn vị cấp trên không tồn tại.', [
        { path: 'parentId', message: 'Không tồn tại' },
      ]);
    if (input.parentId !== null && tree.isWithin(input.parentId, id))
      throw new AppError(400, 'cyclic_move', 'Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.', [
        { path: 'parentId', message: 'Tạo vòng lặp trong cây tổ chức' },
      ]);
  }
  if (input.code && input.code !== before.code) await assertCodeFree(deps, input.code, id);
  const after: OrganisationTable = {
    ...before,
    parent_id: input.parentId === undefined ? before.parent_id : input.parentId,
    code: input.code ?? before.code,
    name: input.name ?? before.name,
    kind: input.kind ?? before.kind,
    active: input.active === undefined ? before.active : flag(input.active),
    updated_at: nowIso(),
    version: before.version + 1,
  };
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'organisations', id, before.version, {
      parent_id: after.parent_id,
      code: after.code,
      name: after.name,
      kind: after.kind,
      active: after.active,
      updated_at: after.updated_at,
    });
    const action = after.parent_id !== before.parent_id ? 'organisation.moved' : 'organisation.updated';
    await appendAudit(trx, actor, action, 'organisation', id, toOrganisation(before), toOrganisation(after));
  });
  deps.tree.invalidate();
  return toOrganisation(after);
}

/** The "Mã đơn vị" sheet of every import template: active units' codes, names and kinds. */
export async function addUnitCodesSheet(deps: Deps, wb: ExcelJS.Workbook): Promise<void> {
  const orgs = await deps.db.kysely
    .selectFrom('organisations')
    .select(['code', 'name', 'kind'])
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const ref = wb.addWorksheet('Mã đơn vị');
  ref.columns = [
    { header: 'Mã đơn vị', key: 'code', width: 14 },
    { header: 'Tên đơn vị', key: 'name', width: 60 },
    { header: 'Loại', key: 'kind', width: 18 },
  ];
  styleHeader(ref.getRow(1));
  for (const o of orgs) ref.addRow({ code: o.code, name: o.name, kind: ORG_KIND_LABELS[o.kind as OrgKind] ?? o.kind });
}
