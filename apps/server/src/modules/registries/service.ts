import { REGISTRY_STATUSES, REGISTRY_STATUS_LABELS, type RegistryKind } from '@thidua/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { num } from '../../db/index.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { updateVersioned, type VersionedTable } from '../../platform/versioned.ts';
import { KINDS, columnOf, kindOf, type RegistryKindSpec } from './kinds.ts';
import { canEditRegistries, isEnded, registryAbilities } from './policy.ts';
import {
  countExpr,
  loose,
  unitNames,
  validAt,
  valuesOf,
  viewOf,
  type Executor,
  type Row,
  type RowQuery,
} from './rows.ts';

export { registrySummary } from './summary.ts';

type Input = Record<string, unknown> & { status: string; validFrom: string; unitId: string | null };

const refuseWrite = () => forbidden('Chỉ Phòng Kế hoạch – Tổng hợp cập nhật cơ sở dữ liệu ngành.');

async function rowOf(db: Executor, s: RegistryKindSpec, id: string): Promise<Row> {
  const row = (await loose(db).selectFrom(s.table).selectAll().where('id', '=', id).executeTakeFirst()) as
    | Row
    | undefined;
  if (!row) throw notFound(`bản ghi trong sổ ${s.title.toLowerCase()}`);
  return row;
}

export async function getRegistry(deps: Deps, user: RequestUser, kind: RegistryKind, id: string, db?: Executor) {
  const s = KINDS[kind];
  const row = await rowOf(db ?? deps.db.kysely, s, id);
  const names = await unitNames(db ?? deps.db.kysely, [row.unit_id]);
  return viewOf(s, row, row.unit_id ? (names.get(row.unit_id) ?? null) : null, registryAbilities(user, kind, row));
}

/** The commune must be a reporting unit; a status that ends the record is set by closing it, with a reason. */
export async function checkInput(db: Executor, s: RegistryKindSpec, input: Input, current?: Row) {
  if (
    input.unitId &&
    !(await db.selectFrom('stat_units').select('id').where('id', '=', input.unitId).executeTakeFirst())
  )
    throw badRequest('validation_failed', 'Đơn vị hành chính không có trong danh mục đơn vị báo cáo.', [
      { path: 'unitId', message: 'Đơn vị hành chính không có trong danh mục' },
    ]);
  const closing = (REGISTRY_STATUSES[s.kind].closing as readonly string[]).includes(input.status);
  const wasClosed = current ? isEnded(s.kind, current) : false;
  if ((closing && !wasClosed) || (wasClosed && input.status !== current?.status))
    throw badRequest(
      'validation_failed',
      closing
        ? `Trạng thái "${REGISTRY_STATUS_LABELS[s.kind][input.status]}" được đặt bằng thao tác Chấm dứt (kèm ngày và lý do).`
        : 'Bản ghi đã chấm dứt: không đổi được trạng thái.',
      [{ path: 'status', message: 'Không đổi trạng thái theo cách này' }],
    );
}

export async function createRegistry(deps: Deps, user: RequestUser, actor: Actor, kind: RegistryKind, input: Input) {
  if (!canEditRegistries(user)) throw refuseWrite();
  const s = KINDS[kind];
  const db = deps.db.kysely;
  await checkInput(db, s, input);
  const now = nowIsoOf(clockOf(deps));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await loose(trx)
      .insertInto(s.table)
      .values({ id, ...valuesOf(s, input), valid_to: null, created_at: now, updated_at: now, version: 1 } as never)
      .execute();
    await appendAudit(trx, actor, 'registry.created', s.table, id, null, input);
  });
  return getRegistry(deps, user, kind, id);
}

export async function updateRegistry(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  kind: RegistryKind,
  id: string,
  input: Input & { version: number },
) {
  if (!canEditRegistries(user)) throw refuseWrite();
  const s = KINDS[kind];
  const db = deps.db.kysely;
  const before = await rowOf(db, s, id);
  await checkInput(db, s, input, before);
  if (before.valid_to !== null && input.validFrom >= before.valid_to)
    throw badRequest('validation_failed', 'Ngày bắt đầu hiệu lực phải trước ngày chấm dứt.', [
      { path: 'validFrom', message: `Phải trước ngày ${dateVn(before.valid_to)}` },
    ]);
  const { version, ...fields } = input;
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, s.table as VersionedTable, id, version, {
      ...valuesOf(s, fields),
      updated_at: nowIsoOf(clockOf(deps)),
    } as never);
    await appendAudit(trx, actor, 'registry.updated', s.table, id, before, fields);
  });
  return getRegistry(deps, user, kind, id);
}

/** Ends a record from a date with a reason: the row stays, so counts before that date are unchanged. */
export async function closeRegistry(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  kind: RegistryKind,
  id: string,
  input: { version: number; validTo: string; status: string; reason: string },
) {
  if (!canEditRegistries(user)) throw refuseWrite();
  const s = KINDS[kind];
  const db = deps.db.kysely;
  const before = await rowOf(db, s, id);
  if (isEnded(kind, before))
    throw conflict(
      'transition_refused',
      `Bản ghi đã chấm dứt${before.valid_to ? ` từ ngày ${dateVn(before.valid_to)}` : ''}.`,
    );
  if (input.validTo <= before.valid_from)
    throw badRequest('validation_failed', 'Ngày chấm dứt phải sau ngày bắt đầu hiệu lực.', [
      { path: 'validTo', message: `Phải sau ngày ${dateVn(before.valid_from)}` },
    ]);
  const line = `Chấm dứt từ ${dateVn(input.validTo)}: ${input.reason}`;
  const note = [String(before.note ?? ''), line].filter(Boolean).join('\n').slice(-2000);
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, s.table as VersionedTable, id, input.version, {
      valid_to: input.validTo,
      status: input.status,
      note,
      updated_at: nowIsoOf(clockOf(deps)),
    } as never);
    await appendAudit(trx, actor, 'registry.closed', s.table, id, before, input);
  });
  return getRegistry(deps, user, kind, id);
}

/**
 * A registry figure at a date, for the registry indicators (docs/statistics.md): `count`, or the sum of a
 * numeric column, over the rows valid at `asOf` that match `filter` (API keys or column names; the craft
 * villages' `traditional` takes true/false or 1/0) and lie in `unitIds` when given.
 */
export async function registryMeasure(
  db: Kysely<Database>,
  q: { kind: string; measure: string; filter: Record<string, string | number>; asOf: string; unitIds?: string[] },
): Promise<number> {
  const s = kindOf(q.kind);
  if (q.unitIds && q.unitIds.length === 0) return 0;
  let query = validAt(loose(db).selectFrom(s.table) as unknown as RowQuery, q.asOf);
  for (const [name, raw] of Object.entries(q.filter ?? {})) {
    const c = columnOf(s, name);
    if (!c || c.type === 'unit')
      throw badRequest('bad_request', `Sổ ${s.title.toLowerCase()} không có trường "${name}" để lọc.`, [
        { path: `filter.${name}`, message: 'Trường không có' },
      ]);
    const value = c.type === 'bool' ? ([true, 1, '1', 'true'].includes(raw as never) ? 1 : 0) : raw;
    query = query.where(c.column, '=', value as string);
  }
  if (q.unitIds) query = query.where('unit_id', 'in', q.unitIds);
  if (q.measure === 'count') {
    const row = (await query.clearSelect().select(countExpr().as('n')).executeTakeFirst()) as
      | { n?: unknown }
      | undefined;
    return num(row?.n);
  }
  const c = columnOf(s, q.measure);
  if (!c || (c.type !== 'int' && c.type !== 'number'))
    throw new AppError(400, 'bad_request', `Sổ ${s.title.toLowerCase()} không có cột số "${q.measure}" để cộng.`, [
      { path: 'measure', message: 'Dùng count hoặc một cột số' },
    ]);
  const row = (await query
    .clearSelect()
    .select((eb) => eb.fn.sum(c.column).as('n'))
    .executeTakeFirst()) as { n?: unknown } | undefined;
  return num(row?.n ?? 0);
}
