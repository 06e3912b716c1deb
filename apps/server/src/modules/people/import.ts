import type { ImportResult } from '@thidua/contracts';
import { personDateProblems, searchKey } from '@thidua/domain';
import type { PersonTable } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { bulkInsert } from '../../db/bulk.ts';
import { appendAuditMany, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { canReadPeopleOf, canWritePeopleOf } from './policy.ts';
import { AppError } from '../../platform/errors.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { todayVn } from '../../platform/clock.ts';
import { readFirstSheet, tooManyRows } from '../../platform/documents/xlsxReader.ts';
import { auditView, derivedNameColumns } from './service.ts';
import { indexNames } from './nameIndex.ts';
import { HEADER_WITHIN, locateHeader, parseRow, type CellError, type ParsedRow } from './sheet.ts';

export const MAX_IMPORT_ROWS = 200_000;
const IMPORT_SLICE = 2_000;

export interface ImportOptions {
  dryRun: boolean;
  /** Likely duplicates block the import until the clerk confirms them. */
  allowDuplicates: boolean;
}

const nameKey = (r: { familyName: string; middleName: string; givenName: string }) =>
  searchKey(`${r.familyName} ${r.middleName} ${r.givenName}`);

/**
 * The sheet's rows parsed, read as a stream with the row limit enforced while reading. Its own
 * function so that the raw rows are garbage once parsed.
 */
async function readRows(buffer: Buffer): Promise<{ rows: ParsedRow[]; errors: CellError[]; missing: string[] }> {
  const sheet = await readFirstSheet(buffer, { maxRows: MAX_IMPORT_ROWS, headerRows: HEADER_WITHIN });
  const header = locateHeader(sheet);
  const errors: CellError[] = [];
  const rows: ParsedRow[] = [];
  if (!header.missing.length) {
    const data = sheet.filter((r) => r.number > header.headerRow);
    if (data.length > MAX_IMPORT_ROWS) throw tooManyRows(MAX_IMPORT_ROWS);
    for (const row of data) {
      const parsed = parseRow(row, header.index, errors);
      if (parsed) rows.push(parsed);
    }
  }
  return { rows, errors, missing: header.missing };
}

/** Reads and checks every row; nothing is written unless every row is valid (all-or-nothing). */
export async function importPeople(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  buffer: Buffer,
  opts: ImportOptions,
): Promise<ImportResult> {
  const { rows, errors, missing } = await readRows(buffer);
  if (missing.length)
    throw new AppError(
      400,
      'missing_columns',
      `Tệp thiếu cột bắt buộc: ${missing.join(', ')}. Hãy dùng mẫu tải về từ hệ thống (không đổi tên cột).`,
      missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột' })),
    );
  if (!rows.length && !errors.length)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);

  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const orgs = await db.selectFrom('organisations').select(['id', 'code']).execute();
  const orgByCode = new Map(orgs.map((o) => [o.code.toLowerCase(), o.id]));
  const cids = new Map<string, number>();
  const existingCids = new Set<string>();
  const wanted = rows.map((r) => r.citizenId).filter((c): c is string => !!c);
  for (let i = 0; i < wanted.length; i += 500) {
    const found = await db
      .selectFrom('people')
      .select('citizen_id')
      .where('citizen_id', 'in', wanted.slice(i, i + 500))
      .execute();
    for (const f of found) if (f.citizen_id) existingCids.add(f.citizen_id);
  }
  const orgIds: string[] = [];
  const today = todayVn(clockOf(deps));
  for (const r of rows) {
    const orgId = orgByCode.get(r.orgCode.toLowerCase());
    if (r.orgCode && !orgId)
      errors.push({ row: r.row, column: 'Mã đơn vị', message: `Không có đơn vị mã "${r.orgCode}"` });
    else if (orgId && !canWritePeopleOf(user, tree, orgId))
      errors.push({
        row: r.row,
        column: 'Mã đơn vị',
        message: `Bạn không có quyền nhập cán bộ cho đơn vị "${r.orgCode}"`,
      });
    orgIds.push(orgId ?? '');
    // The same plausibility rule as the form (domain), so an import cannot bring a birth in 1800.
    for (const p of personDateProblems(r, today))
      errors.push({
        row: r.row,
        column: p.path === 'dateOfBirth' ? 'Ngày sinh' : 'Ngày bắt đầu công tác',
        message: p.message,
      });
    if (r.citizenId) {
      const first = cids.get(r.citizenId);
      if (first) errors.push({ row: r.row, column: 'Số CCCD', message: `Trùng số CCCD với dòng ${first}` });
      else cids.set(r.citizenId, r.row);
      if (existingCids.has(r.citizenId))
        errors.push({ row: r.row, column: 'Số CCCD', message: 'Số CCCD đã có trong hệ thống' });
    }
  }

  const duplicates = await findLikelyDuplicates(deps, user, rows);
  errors.sort((a, b) => a.row - b.row);
  const result: ImportResult = {
    ok: errors.length === 0,
    dryRun: opts.dryRun,
    totalRows: rows.length,
    imported: 0,
    errors,
    duplicates,
  };
  if (errors.length || opts.dryRun) return result;
  if (duplicates.length && !opts.allowDuplicates) return { ...result, ok: false };

  const now = nowIso();
  const record = (r: ParsedRow, i: number): PersonTable => ({
    id: newId(),
    family_name: r.familyName,
    middle_name: r.middleName,
    given_name: r.givenName,
    ...derivedNameColumns(r),
    gender: r.gender!,
    date_of_birth: r.dateOfBirth,
    position: r.position,
    org_id: orgIds[i]!,
    employment_type: r.employmentType!,
    start_date: r.startDate,
    status: r.status ?? 'working',
    citizen_id: r.citizenId,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  await db.transaction().execute(async (trx) => {
    // In slices, one transaction: the records and audit entries of a whole sheet are never in
    // memory at once, and small slices die young (a 100,000-row import peaked at ~570 MB RSS
    // with slices of 10,000, ~330 MB with 2,000).
    for (let i = 0; i < rows.length; i += IMPORT_SLICE) {
      const records = rows.slice(i, i + IMPORT_SLICE).map((r, j) => record(r, i + j));
      await bulkInsert(trx, 'people', records);
      await indexNames(trx, records, { fresh: true });
      await appendAuditMany(
        trx,
        actor,
        records.map((p) => ({
          action: 'person.imported',
          entityType: 'person',
          entityId: p.id,
          before: null,
          after: auditView(p),
        })),
      );
    }
  });
  return { ...result, imported: rows.length };
}

/** Same name and date of birth, within the sheet or against people already recorded. */
async function findLikelyDuplicates(
  deps: Deps,
  user: RequestUser,
  rows: ParsedRow[],
): Promise<ImportResult['duplicates']> {
  const tree = await deps.tree.fresh();
  const out: ImportResult['duplicates'] = [];
  const seen = new Map<string, number>();
  // One search key per row, for the lookup and the comparison within the sheet.
  const rowKeys = rows.map(nameKey);
  const keys = [...new Set(rowKeys)];
  const existing = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 500) {
    const found = await deps.db.kysely
      .selectFrom('people')
      .select(['id', 'search_key', 'date_of_birth', 'org_id'])
      .where('search_key', 'in', keys.slice(i, i + 500))
      .execute();
    // A likely duplicate in another unit is still flagged, but not pointed at: its id would lead to someone the importer may not read.
    for (const f of found) {
      const key = `${f.search_key}|${f.date_of_birth ?? ''}`;
      existing.set(key, existing.get(key) || (canReadPeopleOf(user, tree, f.org_id) ? f.id : ''));
    }
  }
  for (const [i, r] of rows.entries()) {
    const key = `${rowKeys[i]}|${r.dateOfBirth ?? ''}`;
    const full = `${r.familyName} ${r.middleName} ${r.givenName}`.replace(/\s+/gu, ' ');
    const other = seen.get(key);
    const existingId = existing.get(key);
    if (other || existingId !== undefined)
      out.push({
        row: r.row,
        fullName: full,
        dateOfBirth: r.dateOfBirth,
        existingPersonId: existingId || null,
        otherRow: other ?? null,
      });
    if (!other) seen.set(key, r.row);
  }
  return out;
}
