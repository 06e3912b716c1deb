import type { z } from 'zod';
import {
  STAT_PERIOD_TYPE_LABELS,
  STAT_RULE_KIND_LABELS,
  STAT_UNIT_KIND_LABELS,
  type StatDatasetsQuery,
  type StatRulesQuery,
  type StatUnitTreeQuery,
} from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { allDatasets } from './datasets.ts';
import { unitTree } from './units.ts';
import { allRules } from './validationRules.ts';

type Doc = { filename: string; content: Buffer };
type Filters<T extends z.ZodType> = Omit<z.output<T>, 'page' | 'pageSize'>;

/** The report forms as their tab lists them (by code unless sorted otherwise), with their counts. */
export async function datasetsXlsx(deps: Deps, q: Filters<typeof StatDatasetsQuery>): Promise<Doc> {
  const items = await allDatasets(deps, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Biểu mẫu báo cáo', {
    title: 'DANH MỤC BIỂU MẪU BÁO CÁO THỐNG KÊ',
    subtitle: q.periodType ? `Kỳ báo cáo: ${STAT_PERIOD_TYPE_LABELS[q.periodType]}` : '',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Mã', key: 'code', width: 14 },
      { header: 'Tên biểu mẫu', key: 'name', width: 42 },
      { header: 'Kỳ báo cáo', key: 'period', width: 10 },
      { header: 'Loại đơn vị báo cáo', key: 'unitKind', width: 22 },
      { header: 'Hạn nộp (ngày làm việc sau kỳ)', key: 'due', width: 12 },
      { header: 'Số chỉ tiêu', key: 'indicators', width: 9 },
      { header: 'Số đơn vị', key: 'units', width: 9 },
      { header: 'Đang dùng', key: 'active', width: 9 },
    ],
  });
  items.forEach((d, i) =>
    ws.addRow({
      no: i + 1,
      code: d.code,
      name: d.name,
      period: STAT_PERIOD_TYPE_LABELS[d.periodType],
      unitKind: STAT_UNIT_KIND_LABELS[d.unitKind as keyof typeof STAT_UNIT_KIND_LABELS] ?? d.unitKind,
      due: d.dueDay,
      indicators: d.indicatorCount,
      units: d.unitCount,
      active: d.active ? 'Có' : 'Không',
    }),
  );
  return { filename: 'Biểu mẫu báo cáo thống kê.xlsx', content: await toBuffer(wb) };
}

/** The reporting units valid on a day as their tab shows them: a tree, each parent before its children. */
export async function unitsXlsx(deps: Deps, q: z.output<typeof StatUnitTreeQuery>): Promise<Doc> {
  const { items } = await unitTree(deps, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Đơn vị báo cáo', {
    title: 'DANH SÁCH ĐƠN VỊ BÁO CÁO THỐNG KÊ',
    subtitle: [`Còn hiệu lực ngày ${dateVn(q.asOf)}`, q.kind ? `loại: ${STAT_UNIT_KIND_LABELS[q.kind]}` : '']
      .filter(Boolean)
      .join('; '),
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Mã', key: 'code', width: 14 },
      { header: 'Tên đơn vị', key: 'name', width: 44 },
      { header: 'Loại', key: 'kind', width: 22 },
      { header: 'Hiệu lực từ', key: 'from', width: 12 },
      { header: 'Đến', key: 'to', width: 12 },
    ],
  });
  items.forEach((u, i) =>
    ws.addRow({
      no: i + 1,
      code: u.code,
      // The tree's depth as an indent, so the print keeps who belongs to whom.
      name: `${'    '.repeat(u.depth)}${u.name}`,
      kind: STAT_UNIT_KIND_LABELS[u.kind],
      from: dateVn(u.validFrom),
      to: u.validTo ? dateVn(u.validTo) : '',
    }),
  );
  return { filename: `Đơn vị báo cáo ${dateVn(q.asOf).replace(/\//gu, '-')}.xlsx`, content: await toBuffer(wb) };
}

/** The validation rules as their tab lists them, with the condition each checks. */
export async function rulesXlsx(deps: Deps, q: Filters<typeof StatRulesQuery>): Promise<Doc> {
  const items = await allRules(deps, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Quy tắc kiểm tra', {
    title: 'QUY TẮC KIỂM TRA SỐ LIỆU THỐNG KÊ',
    subtitle: q.kind ? `Loại: ${STAT_RULE_KIND_LABELS[q.kind]}` : '',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Mã', key: 'code', width: 14 },
      { header: 'Tên quy tắc', key: 'name', width: 36 },
      { header: 'Loại', key: 'kind', width: 26 },
      { header: 'Điều kiện', key: 'expr', width: 40 },
      { header: 'Mức độ', key: 'severity', width: 10 },
      { header: 'Biểu mẫu', key: 'dataset', width: 28 },
      { header: 'Đang dùng', key: 'active', width: 9 },
    ],
  });
  items.forEach((r, i) =>
    ws.addRow({
      no: i + 1,
      code: r.code,
      name: r.name,
      kind: STAT_RULE_KIND_LABELS[r.kind],
      expr:
        r.kind === 'expression'
          ? `${r.leftExpr ?? ''} ${r.operator ?? ''} ${r.rightExpr ?? ''}`.trim()
          : [r.indicator?.code, r.threshold !== null ? String(r.threshold).replace('.', ',') : null]
              .filter(Boolean)
              .join(' · '),
      severity: r.severity === 'error' ? 'Lỗi' : 'Cảnh báo',
      dataset: r.dataset?.name ?? 'Mọi biểu mẫu',
      active: r.active ? 'Có' : 'Không',
    }),
  );
  return { filename: 'Quy tắc kiểm tra số liệu.xlsx', content: await toBuffer(wb) };
}
