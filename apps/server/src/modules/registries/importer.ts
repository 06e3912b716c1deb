import { createHash } from 'node:crypto';
import { REGISTRY_STATUSES, namedDate, registryCreateRequest, type RegistryKind } from '@thidua/contracts';
import { bool, num } from '../../db/index.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { eachSheetRow, type SheetRow } from '../../platform/documents/xlsxReader.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { KINDS, type RegistryKindSpec } from './kinds.ts';
import { canEditRegistries } from './policy.ts';
import { loose, valuesOf, type Row } from './rows.ts';
import { ID_COLUMN, boolOf, codeOf, dateOf, numberOf, sheetColumns, textOf } from './sheet.ts';

/** A province's registries hold some 11,000 facilities; a file far beyond that is a mistake. */
const MAX_ROWS = 20_000;
const HEADER_WITHIN = 5;
const VALID_TO = namedDate('Hiệu lực đến ngày');
type RowError = { row: number; column: string; message: string };

async function readSheet(s: RegistryKindSpec, buffer: Buffer) {
  const rows: SheetRow[] = [];
  await eachSheetRow(buffer, { maxRows: MAX_ROWS, headerRows: HEADER_WITHIN }, (r) => rows.push(r));
  const nameHeader = s.columns.find((c) => c.key === 'name')!.header;
  const headerRow = rows.find((r) => r.number <= HEADER_WITHIN && r.cells.some((c) => textOf(c) === nameHeader));
  const index = new Map<string, number>();
  headerRow?.cells.forEach((c, i) => {
    const col = sheetColumns(s).find((x) => x.header === textOf(c));
    if (col) index.set(col.key, i);
  });
  // Every column of the layout must be there by its exact name: a renamed one would silently import as empty.
  const missing = s.columns.filter((c) => !index.has(c.key)).map((c) => c.header);
  if (missing.length)
    throw new AppError(
      400,
      'missing_columns',
      `Tệp thiếu cột: ${missing.join(', ')}. Hãy dùng tệp xuất từ sổ ${s.title.toLowerCase()} (không đổi tên cột).`,
      missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột (hoặc đã bị đổi tên)' })),
    );
  const data = rows.filter((r) => r.number > headerRow!.number && r.cells.some((c) => textOf(c) !== ''));
  return { data, index };
}

/** Reads and checks every row; nothing is written unless every row is valid (all-or-nothing). */
export async function importRegistry(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  kind: RegistryKind,
  buffer: Buffer,
  opts: { dryRun: boolean; fileName?: string },
) {
  if (!canEditRegistries(user)) throw forbidden('Chỉ Phòng Kế hoạch – Tổng hợp cập nhật cơ sở dữ liệu ngành.');
  const s = KINDS[kind];
  const { data, index } = await readSheet(s, buffer);
  if (!data.length)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);
  const db = deps.db.kysely;
  const units = await db.selectFrom('stat_units').select(['id', 'code']).execute();
  const unitByCode = new Map(units.map((u) => [u.code, u.id]));
  const existing = new Map(
    ((await loose(db).selectFrom(s.table).selectAll().execute()) as Row[]).map((r) => [r.id, r]),
  );
  const schema = registryCreateRequest(kind);
  const closing = REGISTRY_STATUSES[kind].closing as readonly string[];
  const headerOf = (key: string) => s.columns.find((c) => c.key === key)?.header ?? ID_COLUMN.header;
  const errors: RowError[] = [];
  const inserts: Record<string, unknown>[] = [];
  const updates: { id: string; values: Record<string, unknown> }[] = [];
  const seen = new Map<string, number>();
  for (const row of data) {
    const cell = (key: string) => (index.has(key) ? (row.cells[index.get(key)!] ?? null) : null);
    const push = (key: string, message: string) => errors.push({ row: row.number, column: headerOf(key), message });
    const candidate: Record<string, unknown> = {};
    for (const c of s.columns) {
      const v = cell(c.key);
      const t = textOf(v);
      if (c.key === 'validTo') continue;
      if (c.type === 'enum') {
        const code = codeOf(c.labels ?? {}, t);
        if (t && !code) push(c.key, `"${t}" không có trong danh mục: dùng ${Object.values(c.labels ?? {}).join(', ')}`);
        candidate[c.key] = code ?? t;
      } else if (c.type === 'unit') {
        candidate[c.key] = t ? (unitByCode.get(t) ?? null) : null;
        if (t && !unitByCode.has(t)) push(c.key, `Mã đơn vị ${t} không có trong danh mục đơn vị báo cáo`);
      } else if (c.type === 'bool') {
        const b = boolOf(v);
        if (b === undefined) push(c.key, `"${t}": ghi Có hoặc Không`);
        candidate[c.key] = b ?? false;
      } else if (c.type === 'int' || c.type === 'number') {
        const n = numberOf(v);
        if (n !== undefined) candidate[c.key] = n;
        else if (c.key === 'score') candidate[c.key] = null;
      } else if (c.type === 'date') candidate[c.key] = dateOf(v);
      else candidate[c.key] = t;
    }
    const checked = schema.safeParse(candidate);
    if (!checked.success) for (const i of checked.error.issues) push(String(i.path[0] ?? 'name'), i.message);
    const validTo = dateOf(cell('validTo'));
    const status = String(candidate.status);
    const validToCheck = validTo === null ? null : VALID_TO.safeParse(validTo);
    if (validToCheck && !validToCheck.success) push('validTo', validToCheck.error.issues[0]!.message);
    else if (validTo !== null && validTo <= String(candidate.validFrom))
      push('validTo', 'Phải sau ngày bắt đầu hiệu lực');
    if (validTo === null && closing.includes(status)) push('validTo', 'Trạng thái đã chấm dứt: ghi ngày hết hiệu lực');
    const id = textOf(cell('id'));
    if (id && !existing.has(id)) push('id', `Mã hệ thống ${id} không có trong sổ (để trống khi thêm mới)`);
    if (id && seen.has(id)) push('id', `Mã hệ thống ${id} trùng với dòng ${seen.get(id)} của tệp`);
    if (id) seen.set(id, row.number);
    if (!checked.success) continue;
    const values = { ...valuesOf(s, checked.data), valid_to: validTo };
    const before = id ? existing.get(id) : undefined;
    if (!before) inserts.push(values);
    else if (changed(s, before, values)) updates.push({ id, values });
  }
  errors.sort((a, b) => a.row - b.row);
  const result = {
    ok: errors.length === 0,
    dryRun: opts.dryRun,
    totalRows: data.length,
    created: 0,
    updated: 0,
    errors,
  };
  if (errors.length || opts.dryRun) return { ...result, created: inserts.length, updated: updates.length };
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    const k = loose(trx);
    const rows = inserts.map((v) => ({ id: newId(), ...v, created_at: now, updated_at: now, version: 1 }));
    for (let i = 0; i < rows.length; i += 200)
      await k
        .insertInto(s.table)
        .values(rows.slice(i, i + 200) as never)
        .execute();
    for (const u of updates)
      await k
        .updateTable(s.table)
        .set({ ...u.values, updated_at: now, version: existing.get(u.id)!.version + 1 } as never)
        .where('id', '=', u.id)
        .execute();
    await appendAudit(trx, actor, 'registry.imported', s.table, newId(), null, {
      fileName: opts.fileName ?? '',
      fileBytes: buffer.length,
      fileSha256: createHash('sha256').update(buffer).digest('hex'),
      created: rows.length,
      updated: updates.map((u) => u.id),
    });
  });
  return { ...result, created: inserts.length, updated: updates.length };
}

/** Whether an imported row differs from the stored one (a re-imported export changes nothing). */
function changed(s: RegistryKindSpec, before: Row, values: Record<string, unknown>): boolean {
  return s.columns.some((c) => {
    const a = before[c.column];
    const b = values[c.column];
    if (c.type === 'bool') return bool(a) !== bool(b);
    if (c.type === 'int' || c.type === 'number') return (a === null ? null : num(a)) !== (b ?? null);
    return (a ?? null) !== (b ?? null);
  });
}
