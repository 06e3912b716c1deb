import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { ImportRowError } from '@thidua/contracts';
import type { StatRevision, StatUnitTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { eachSheetRow, type CellValue, type SheetRow } from '../../platform/documents/xlsxReader.ts';
import { REVISION_LABELS, VALUE_COLUMNS, VALUE_HEADER, VALUE_REQUIRED, type ValueColumn } from './excel.ts';
import { periodInfo, unitValidIn, type PeriodInfo } from './period.ts';
import { canEnterFor } from './policy.ts';
import { datasetRow, datasetUnits, gridIndicators } from './queries.ts';
import { writeImported } from './importWrite.ts';
import { lockedError, type ValueWrite } from './save.ts';

type RowError = z.infer<typeof ImportRowError>;
/** Ten years of monthly values of a data set for a province's units fit well within it. */
const MAX_ROWS = 300_000;
const HEADER_WITHIN = 5;
/** Rows named in the report at most: past it the clerk has enough to fix. */
const MAX_ERRORS = 1000;

export interface StatImportOptions {
  datasetId: string;
  dryRun: boolean;
  fileName?: string;
}

const textOf = (v: CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();

/** The cell at a column position (-1: the column is absent). */
function pick(cells: CellValue[], i: number): CellValue {
  return i < 0 ? null : (cells[i] ?? null);
}

/** A number cell: a number, or text written the Vietnamese way (1.234,5) or the plain way (1234.5); '' is empty. */
function numberOf(v: CellValue): number | null | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const s = textOf(v).replace(/\s/gu, '');
  if (!s) return null;
  const t = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/u.test(s) ? s.replace(/\./gu, '').replace(',', '.') : s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/u.test(t)) return undefined;
  return Number(t);
}

/** A period cell: text as written, an Excel number (2026) or a date Excel made of "2026-03". */
function periodText(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 7);
  return textOf(v);
}

const REVISION_OF = new Map<string, StatRevision>(
  Object.entries(REVISION_LABELS).flatMap(([k, l]) => [
    [k, k as StatRevision],
    [l.toLowerCase(), k as StatRevision],
  ]),
);

/**
 * Hands each data row to `onRow` as the reader streams it (the rows are never all held): the header is the first
 * row within the first few holding "Mã chỉ tiêu"; a header missing a required column is refused, naming it.
 */
async function eachDataRow(
  buffer: Buffer,
  onRow: (row: SheetRow, index: Map<ValueColumn, number>) => void,
): Promise<number> {
  let index: Map<ValueColumn, number> | null = null;
  let missing: string[] = [];
  let rows = 0;
  await eachSheetRow(buffer, { maxRows: MAX_ROWS, headerRows: HEADER_WITHIN }, (r) => {
    if (!index) {
      if (r.number > HEADER_WITHIN || !r.cells.some((c) => textOf(c) === VALUE_HEADER.indicatorCode)) return;
      const found = new Map<ValueColumn, number>();
      r.cells.forEach((c, i) => {
        const col = VALUE_COLUMNS.find((x) => x.header === textOf(c));
        if (col) found.set(col.key, i);
      });
      index = found;
      missing = VALUE_REQUIRED.filter((k) => !found.has(k)).map((k) => VALUE_HEADER[k]);
      return;
    }
    if (missing.length || !r.cells.some((c) => textOf(c) !== '')) return;
    rows++;
    onRow(r, index);
  });
  if (!index) missing = VALUE_REQUIRED.map((k) => VALUE_HEADER[k]);
  if (missing.length)
    throw new AppError(
      400,
      'missing_columns',
      `Tệp thiếu cột bắt buộc: ${missing.join(', ')}. Hãy dùng mẫu tải về từ hệ thống (không đổi tên cột).`,
      missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột' })),
    );
  return rows;
}

/**
 * Values of a data set from Excel, for one or several periods (the historical series from 2015 too): every row
 * is checked first — a text in a number cell, an unknown unit, indicator or option, a unit outside the user's
 * reach or not existing in the period, a period sent for approval or locked — and nothing is written unless
 * every row is right (all-or-nothing, with the row and the column named).
 */
export async function importValues(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  buffer: Buffer,
  opts: StatImportOptions,
) {
  const db = deps.db.kysely;
  const dataset = await datasetRow(db, opts.datasetId);
  const tree = await deps.tree.fresh();
  const units = new Map((await datasetUnits(db, dataset.id)).map((u) => [u.code, u]));
  const indicators = new Map((await gridIndicators(db, dataset.id)).map((i) => [i.code, i]));
  const periods = new Map<string, PeriodInfo | null>();
  const errors: RowError[] = [];
  const writes: ValueWrite[] = [];
  const firstRow = new Map<string, number>();
  const pairRow = new Map<string, { row: number; unit: StatUnitTable; period: PeriodInfo }>();
  const reachable = new Map<string, boolean>();
  const push = (row: number, k: ValueColumn, message: string) => errors.push({ row, column: VALUE_HEADER[k], message });
  // Column positions, taken once from the header (-1: the column is absent).
  let at: Record<ValueColumn, number> | null = null;
  const total = await eachDataRow(buffer, (row, index) => {
    if (errors.length >= MAX_ERRORS) return;
    at ??= Object.fromEntries(VALUE_COLUMNS.map((c) => [c.key, index.get(c.key) ?? -1])) as Record<ValueColumn, number>;
    const cells = row.cells;
    const n = row.number;
    const pid = periodText(pick(cells, at.period));
    let period = periods.get(pid);
    if (period === undefined) {
      try {
        period = periodInfo(pid, dataset.period_type);
      } catch (e) {
        period = null;
        void e;
      }
      periods.set(pid, period);
    }
    if (!period)
      push(n, 'period', `Kỳ "${pid}" không hợp lệ hoặc không đúng loại kỳ của bộ biểu (${dataset.period_type})`);
    const unitCode = textOf(pick(cells, at.unitCode));
    const unit = units.get(unitCode);
    let reach = unit ? reachable.get(unit.id) : undefined;
    if (unit && reach === undefined) reachable.set(unit.id, (reach = canEnterFor(user, tree, unit)));
    if (!unit) push(n, 'unitCode', `Đơn vị "${unitCode}" không báo cáo bộ biểu ${dataset.code}`);
    else if (!reach) push(n, 'unitCode', `Bạn không nhập số liệu cho đơn vị "${unit.name}"`);
    else if (period && !unitValidIn(unit, period))
      push(n, 'unitCode', `Đơn vị "${unit.name}" không tồn tại trong kỳ ${period.short}`);
    const code = textOf(pick(cells, at.indicatorCode));
    const indicator = indicators.get(code);
    if (!indicator) push(n, 'indicatorCode', `Chỉ tiêu "${code}" không thuộc bộ biểu ${dataset.code}`);
    const category = textOf(pick(cells, at.categoryCode));
    if (indicator && category && !indicator.options.some((o) => o.code === category))
      push(n, 'categoryCode', `"${category}" không phải phân tổ của chỉ tiêu ${indicator.code}`);
    const raw = pick(cells, at.value);
    const value = numberOf(raw);
    if (value === undefined) push(n, 'value', `"${textOf(raw)}" không phải một số`);
    else if (value !== null && indicator?.valueType === 'integer' && !Number.isInteger(value))
      push(n, 'value', `${indicator.name}: phải là số nguyên`);
    const revText = textOf(pick(cells, at.revision)).toLowerCase();
    const revision = revText ? REVISION_OF.get(revText) : undefined;
    if (revText && !revision) push(n, 'revision', 'Dùng Ước tính, Sơ bộ hoặc Chính thức');
    if (!period || !unit || !indicator || value === undefined) return;
    const k = `${unit.id}|${indicator.id}|${category}|${period.id}`;
    const first = firstRow.get(k);
    if (first) push(n, 'value', `Trùng với dòng ${first} (cùng kỳ, đơn vị, chỉ tiêu, phân tổ)`);
    else firstRow.set(k, n);
    const pair = `${unit.id}|${period.id}`;
    if (!pairRow.has(pair)) pairRow.set(pair, { row: n, unit, period });
    const comment = at.comment >= 0 ? textOf(pick(cells, at.comment)).slice(0, 1000) : undefined;
    writes.push({ unitId: unit.id, period, indicatorId: indicator.id, category, value, revision, comment });
  });
  if (!total)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);
  // Periods no longer open (sent for approval, approved or locked) refuse at the first row of each.
  const pids = [...new Set([...pairRow.values()].map((p) => p.period.id))];
  const closed = pids.length
    ? await db
        .selectFrom('stat_submissions')
        .select(['unit_id', 'period', 'status'])
        .where('dataset_id', '=', dataset.id)
        .where('status', '!=', 'open')
        .where('period', 'in', pids)
        .execute()
    : [];
  for (const s of closed) {
    const p = pairRow.get(`${s.unit_id}|${s.period}`);
    if (!p) continue;
    const e = lockedError({ ...s, status: s.status } as never, p.unit, p.period);
    errors.push({ row: p.row, column: VALUE_HEADER.period, message: e.detail });
  }
  errors.sort((a, b) => a.row - b.row);
  const result = {
    ok: errors.length === 0,
    dryRun: opts.dryRun,
    totalRows: total,
    imported: 0,
    periods: pids.sort(),
    errors,
  };
  if (errors.length || opts.dryRun) return result;
  const now = nowIsoOf(clockOf(deps));
  const imported = await db.transaction().execute(async (trx) => {
    // Checked again under the write: a submit may have landed since the rows were read.
    const late = await trx
      .selectFrom('stat_submissions')
      .select(['unit_id', 'period'])
      .where('dataset_id', '=', dataset.id)
      .where('status', '!=', 'open')
      .where('period', 'in', pids)
      .execute();
    const hit = late.map((s) => pairRow.get(`${s.unit_id}|${s.period}`)).find(Boolean);
    if (hit) throw lockedError({ status: 'submitted' } as never, hit.unit, hit.period);
    const n = await writeImported(trx, writes, user.id, now);
    await appendAudit(trx, actor, 'stat_values.imported', 'stat_import', newId(), null, {
      dataset: dataset.code,
      fileName: opts.fileName ?? '',
      fileBytes: buffer.length,
      fileSha256: createHash('sha256').update(buffer).digest('hex'),
      rows: total,
      written: n,
      periods: pids.length,
    });
    return n;
  });
  return { ...result, imported };
}
