import { createHash } from 'node:crypto';
import {
  CreateStatIndicatorRequest,
  STAT_AGGREGATION_LABELS,
  STAT_INDICATOR_KIND_LABELS,
  STAT_PERIOD_TYPE_LABELS,
  STAT_REGISTRY_KIND_LABELS,
  STAT_VALUE_TYPE_LABELS,
  type ImportRowError,
} from '@thidua/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { eachSheetRow, type SheetRow } from '../../platform/documents/xlsxReader.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { loadCatalog, optionCodes } from './formulas.ts';
import { indicatorProblems, type IndicatorInput } from './indicatorChecks.ts';
import { indicatorColumns, insertIndicator } from './indicators.ts';
import { assertCatalogWriter } from './policy.ts';
import { COLUMNS, HEADER_OF, REQUIRED, boolOf, codeOf, textOf, type ColumnKey } from './sheet.ts';

type RowError = z.infer<typeof ImportRowError>;
/** A catalog is a few hundred indicators; a file far beyond it is a mistake. */
const MAX_ROWS = 5_000;
const HEADER_WITHIN = 5;

async function readSheet(buffer: Buffer) {
  const rows: SheetRow[] = [];
  await eachSheetRow(buffer, { maxRows: MAX_ROWS, headerRows: HEADER_WITHIN }, (r) => rows.push(r));
  const headerRow = rows.find((r) => r.number <= HEADER_WITHIN && r.cells.some((c) => textOf(c) === HEADER_OF.code));
  const index = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  headerRow?.cells.forEach((c, i) => {
    const h = textOf(c);
    const col = COLUMNS.find((x) => x.header === h);
    if (col) index.set(col.key, i);
    else if (h && h !== 'STT') unknown.push(h);
  });
  const missing = REQUIRED.filter((k) => !index.has(k)).map((k) => HEADER_OF[k]);
  if (missing.length || unknown.length) {
    const detail = [
      missing.length ? `Tệp thiếu cột bắt buộc: ${missing.join(', ')}.` : '',
      unknown.length ? `Cột không có trong mẫu: ${unknown.map((u) => `"${u}"`).join(', ')}.` : '',
      `Các cột của mẫu: ${COLUMNS.map((c) => c.header).join(', ')}. Hãy dùng tệp xuất từ danh mục (không đổi tên cột).`,
    ]
      .filter(Boolean)
      .join(' ');
    throw new AppError(400, 'missing_columns', detail, [
      ...missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột' })),
      ...unknown.map((u) => ({ path: `columns.${u}`, message: 'Cột không có trong mẫu' })),
    ]);
  }
  const data = rows.filter((r) => r.number > headerRow!.number && r.cells.some((c) => textOf(c) !== ''));
  return { data, index };
}

const columnOfPath = (path: readonly PropertyKey[]): ColumnKey => {
  const head = String(path[0] ?? 'code');
  if (head === 'disaggregationId') return 'disaggregation';
  return (head as ColumnKey) in HEADER_OF ? (head as ColumnKey) : 'code';
};

interface Parsed {
  row: number;
  input: IndicatorInput;
  active: boolean;
  options: string | null;
}

/**
 * Reads the catalog workbook: a known code updates that indicator, a new one is added. Every row is checked against
 * the catalog as it will be after the import (so a formula may name an indicator added by another row, and a cycle
 * across rows is found); nothing is written unless every row holds.
 */
export async function importIndicators(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  buffer: Buffer,
  opts: { dryRun: boolean; fileName?: string },
) {
  assertCatalogWriter(user);
  const { data, index } = await readSheet(buffer);
  if (!data.length)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);
  const db = deps.db.kysely;
  const ds = await db.selectFrom('stat_disaggregations').selectAll().execute();
  const dByCode = new Map(ds.map((d) => [d.code, d]));
  const dById = new Map(ds.map((d) => [d.id, d]));
  const existing = new Map(
    (await db.selectFrom('stat_indicators').select(['id', 'code']).execute()).map((r) => [r.code, r.id]),
  );
  const errors: RowError[] = [];
  const parsed: Parsed[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of data) {
    const cell = (k: ColumnKey) => (index.has(k) ? (row.cells[index.get(k)!] ?? null) : null);
    const t = (k: ColumnKey) => textOf(cell(k));
    const push = (column: ColumnKey, message: string) =>
      errors.push({ row: row.number, column: HEADER_OF[column], message });
    const coded = <K extends string>(k: ColumnKey, labels: Record<K, string>, fallback?: K): K => {
      const v = codeOf(labels, t(k));
      if (!v && t(k)) push(k, `"${t(k)}" không hợp lệ: dùng một trong ${Object.values(labels).join(', ')}`);
      return v ?? fallback ?? (t(k) as K);
    };
    const dCode = t('disaggregation');
    const d = dCode ? dByCode.get(dCode) : undefined;
    if (dCode && !d) push('disaggregation', `Nhóm phân tổ ${dCode} không có trong danh mục`);
    let filter: unknown = {};
    if (t('registryFilter'))
      try {
        filter = JSON.parse(t('registryFilter'));
      } catch {
        push('registryFilter', 'Bộ lọc không đúng dạng JSON, ví dụ {"zone_type": "park"}');
      }
    const decimals = t('decimals') === '' ? undefined : Number(t('decimals').replace(',', '.'));
    const candidate = {
      code: t('code'),
      name: t('name'),
      kind: coded('kind', STAT_INDICATOR_KIND_LABELS, 'element'),
      unit: t('unit'),
      valueType: coded('valueType', STAT_VALUE_TYPE_LABELS, 'number'),
      aggregation: coded('aggregation', STAT_AGGREGATION_LABELS),
      periodType: coded('periodType', STAT_PERIOD_TYPE_LABELS),
      disaggregationId: d?.id ?? null,
      formula: t('formula'),
      registryKind: t('registryKind') ? coded('registryKind', STAT_REGISTRY_KIND_LABELS) : null,
      registryMeasure: t('registryMeasure') || null,
      registryFilter: filter,
      ...(decimals === undefined ? {} : { decimals }),
      source: t('source'),
      description: t('description'),
    };
    const checked = CreateStatIndicatorRequest.safeParse(candidate);
    if (!checked.success) for (const i of checked.error.issues) push(columnOfPath(i.path), i.message);
    const code = candidate.code;
    const first = firstRowOf.get(code);
    if (code && first) push('code', `Mã chỉ tiêu ${code} trùng với dòng ${first} của tệp`);
    else if (code) firstRowOf.set(code, row.number);
    if (checked.success)
      parsed.push({
        row: row.number,
        input: checked.data,
        active: boolOf(cell('active'), true),
        options: d?.options ?? null,
      });
  }
  // The catalog after the import: every row's indicator in place of the stored one of the same code.
  const catalog = await loadCatalog(db);
  for (const p of parsed)
    catalog.set(p.input.code, {
      code: p.input.code,
      kind: p.input.kind,
      formula: p.input.formula,
      options: optionCodes(p.options),
    });
  for (const p of parsed)
    for (const e of indicatorProblems(
      p.input,
      catalog,
      p.input.disaggregationId ? dById.get(p.input.disaggregationId) : null,
    ))
      errors.push({ row: p.row, column: HEADER_OF[columnOfPath([e.path.split('.')[0]!])], message: e.message });
  errors.sort((a, b) => a.row - b.row);
  const updates = parsed.filter((p) => existing.has(p.input.code)).length;
  const result = {
    ok: errors.length === 0,
    dryRun: opts.dryRun,
    totalRows: data.length,
    created: 0,
    updated: 0,
    errors,
  };
  if (errors.length || opts.dryRun) return result;
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    for (const p of parsed) {
      const id = existing.get(p.input.code);
      if (!id) {
        const made = await insertIndicator(trx, actor, p.input, now);
        if (!p.active) await trx.updateTable('stat_indicators').set({ active: 0 }).where('id', '=', made).execute();
        continue;
      }
      const before = await trx.selectFrom('stat_indicators').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      await trx
        .updateTable('stat_indicators')
        .set({
          ...indicatorColumns(p.input),
          active: p.active ? 1 : 0,
          updated_at: now,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', id)
        .execute();
      await appendAudit(trx, actor, 'stat_indicator.updated', 'stat_indicator', id, before, {
        ...p.input,
        active: p.active,
      });
    }
    await appendAudit(trx, actor, 'stat_indicators.imported', 'stat_indicators_import', newId(), null, {
      fileName: opts.fileName ?? '',
      fileBytes: buffer.length,
      fileSha256: createHash('sha256').update(buffer).digest('hex'),
      rows: parsed.length,
      updated: updates,
    });
  });
  return { ...result, created: parsed.length - updates, updated: updates };
}
