import type { z } from 'zod';
import type { StatTemplateQuery } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, helpSheet, inputSheet, newWorkbook, toBuffer } from '../../platform/documents/xlsx.ts';
import { forbidden } from '../../platform/errors.ts';
import { periodInfo, unitValidIn } from './period.ts';
import { canEnterFor } from './policy.ts';
import { datasetRow, datasetUnits, gridCells, gridIndicators, unitRow, valuesIn } from './queries.ts';

/** The template's columns, fixed: the import finds them by these headers (renamed → refused, naming them). */
export const VALUE_COLUMNS = [
  { key: 'period', header: 'Kỳ', width: 10 },
  { key: 'unitCode', header: 'Mã đơn vị', width: 12 },
  { key: 'unitName', header: 'Tên đơn vị', width: 30 },
  { key: 'indicatorCode', header: 'Mã chỉ tiêu', width: 14 },
  { key: 'indicatorName', header: 'Tên chỉ tiêu', width: 40 },
  { key: 'measure', header: 'Đơn vị tính', width: 12 },
  { key: 'categoryCode', header: 'Mã phân tổ', width: 12 },
  { key: 'categoryName', header: 'Phân tổ', width: 24 },
  { key: 'value', header: 'Giá trị', width: 16 },
  { key: 'revision', header: 'Trạng thái số liệu', width: 14 },
  { key: 'comment', header: 'Ghi chú', width: 30 },
] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number]['key'];
export const VALUE_HEADER = Object.fromEntries(VALUE_COLUMNS.map((c) => [c.key, c.header])) as Record<
  ValueColumn,
  string
>;
/** Columns the import cannot do without; the names beside the codes are for the reader only. */
export const VALUE_REQUIRED: readonly ValueColumn[] = ['period', 'unitCode', 'indicatorCode', 'categoryCode', 'value'];
export const REVISION_LABELS = { estimate: 'Ước tính', preliminary: 'Sơ bộ', official: 'Chính thức' } as const;

/**
 * A data set's template for a period: one row per unit × indicator × option (the total first), with the values
 * already entered; the units are those the user enters for (or the one asked), valid in the period.
 */
export async function templateXlsx(deps: Deps, user: RequestUser, q: z.output<typeof StatTemplateQuery>) {
  const db = deps.db.kysely;
  const dataset = await datasetRow(db, q.dataset);
  const period = periodInfo(q.period, dataset.period_type);
  const tree = await deps.tree.fresh();
  const all = q.unit ? [await unitRow(db, q.unit)] : await datasetUnits(db, dataset.id);
  if (q.unit && !canEnterFor(user, tree, all[0]!)) throw forbidden('Bạn không nhập số liệu cho đơn vị báo cáo này.');
  const units = all.filter((u) => unitValidIn(u, period) && canEnterFor(user, tree, u));
  const indicators = await gridIndicators(db, dataset.id);
  const values = await valuesIn(
    db,
    units.map((u) => u.id),
    indicators.map((i) => i.id),
    [period.id],
  );
  const byKey = new Map(values.map((v) => [`${v.unit_id}|${v.indicator_id}|${v.category}`, v]));
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, 'Số liệu', VALUE_COLUMNS, ['period', 'unitCode', 'indicatorCode', 'categoryCode']);
  let no = 0;
  for (const u of units)
    for (const c of gridCells(indicators)) {
      const v = byKey.get(`${u.id}|${c.indicator.id}|${c.category}`);
      ws.addRow({
        no: ++no,
        period: period.id,
        unitCode: u.code,
        unitName: u.name,
        indicatorCode: c.indicator.code,
        indicatorName: c.indicator.name,
        measure: c.indicator.unit,
        categoryCode: c.category,
        categoryName: c.categoryName,
        value: v?.value ?? null,
        revision: v ? REVISION_LABELS[v.revision] : '',
        comment: v?.comment ?? '',
      });
    }
  helpSheet(wb, [
    `Hướng dẫn nhập số liệu: ${dataset.name} (${dataset.code}), ${period.label}`,
    'Mỗi dòng một giá trị: kỳ, mã đơn vị, mã chỉ tiêu, mã phân tổ (để trống là số tổng) và giá trị. Không đổi tên cột.',
    'Kỳ ghi 2026-03 (tháng), 2026Q1 (quý), 2026S1 (6 tháng) hoặc 2026 (năm). Một tệp có thể chứa nhiều kỳ (nhập chuỗi số liệu lịch sử từ 2015).',
    'Giá trị là số (dấu phẩy hoặc dấu chấm thập phân đều được); để trống là chưa có số liệu.',
    'Trạng thái số liệu: Ước tính, Sơ bộ hoặc Chính thức (để trống: giữ như đã có, mặc định Ước tính).',
    'Tệp có lỗi ở bất kỳ dòng nào (chữ trong ô số, kỳ đã gửi duyệt hoặc đã khóa, mã không có) thì không dòng nào được ghi.',
  ]);
  return { filename: `Mẫu nhập ${dataset.code} ${period.id}.xlsx`, content: await toBuffer(wb) };
}
