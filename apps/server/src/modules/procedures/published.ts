import { Document, Packer, PageOrientation, convertMillimetersToTwip } from 'docx';
import type { z } from 'zod';
import type { PublishedListQuery } from '@thidua/contracts';
import { PROCEDURE_FIELD_LABELS, type ProcedureField } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { dateVn, formatNumberVn, renderBlocks } from '../../platform/documents/official.ts';
import { CONTENT_MM, FONT, PT, para, roman, rule, type Text } from '../../platform/documents/officialParts.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { contentOf, processingTime } from './rows.ts';

/**
 * The list of published procedures in the layout of the publishing decision's appendix (reference §10.1):
 * "Phụ lục — DANH MỤC THỦ TỤC HÀNH CHÍNH … (Kèm theo Quyết định số …)", a table by field with STT, code,
 * name, time limit, place, fees and legal basis. With `decisionNo` the versions that decision published;
 * otherwise every procedure's version in force.
 */

type Query = z.output<typeof PublishedListQuery>;
interface Line {
  code: string;
  name: string;
  field: string;
  time: string;
  place: string;
  fees: string;
  legalBasis: string;
}

async function publishedLines(deps: Deps, q: Query) {
  let query = deps.db.kysely
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .selectAll('v')
    .select(['p.code', 'p.name as procedureName', 'p.field', 'p.agency']);
  query = q.decisionNo
    ? query.where('v.decision_no', '=', q.decisionNo).where('v.status', '!=', 'draft')
    : query.where('p.status', '=', 'published').whereRef('v.id', '=', 'p.current_version_id');
  const rows = await query.orderBy('p.field').orderBy('p.code').execute();
  const lines: Line[] = rows.map((r) => {
    const c = contentOf(r);
    return {
      code: r.code,
      name: r.procedureName,
      field: r.field,
      time: processingTime(c.time.amount, c.time.unit).label + (c.noAppointment ? ' (trả ngay, không hẹn)' : ''),
      place: r.agency,
      fees: c.fees.length
        ? c.fees.map((f) => `${f.name}: ${formatNumberVn(f.amount, 0)} đồng${f.note ? ` (${f.note})` : ''}`).join('\n')
        : 'Không',
      legalBasis: c.legalBasis,
    };
  });
  const decisions = [...new Map(rows.map((r) => [r.decision_no, r])).values()];
  const one = decisions.length === 1 ? decisions[0]! : null;
  const source = one
    ? `(Kèm theo Quyết định số ${one.decision_no}${one.decision_date ? ` ngày ${dateVn(one.decision_date)}` : ''}${one.decision_signer ? ` của ${one.decision_signer}` : ''})`
    : '(Kèm theo Quyết định số      /QĐ-UBND ngày    tháng    năm      )';
  const byField = new Map<string, Line[]>();
  for (const l of lines) byField.set(l.field, [...(byField.get(l.field) ?? []), l]);
  const groups = [...byField.entries()]
    .map(([field, items]) => ({ label: PROCEDURE_FIELD_LABELS[field as ProcedureField] ?? field, items }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return { groups, source, count: lines.length, decisionNo: one?.decision_no ?? '' };
}

const COLUMNS = [
  // Widths in per cent of the 165 mm text width: "STT" and an 8-character code stay on one line at 12 pt.
  { header: 'STT', width: 7, align: 'center' as const },
  { header: 'Mã thủ tục', width: 13, align: 'center' as const },
  { header: 'Tên thủ tục hành chính', width: 26 },
  { header: 'Thời hạn giải quyết', width: 11 },
  { header: 'Địa điểm thực hiện', width: 13 },
  { header: 'Phí, lệ phí', width: 13 },
  { header: 'Căn cứ pháp lý', width: 17 },
];

async function titleOf(deps: Deps) {
  const heading = await departmentHeading(deps);
  return `DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA ${heading}`.trim();
}

const mm = (v: number) => Math.round(convertMillimetersToTwip(v));

export async function publishedDocx(deps: Deps, q: Query): Promise<{ filename: string; content: Buffer }> {
  const { groups, source } = await publishedLines(deps, q);
  const rows: Text[][] = [];
  let n = 0;
  groups.forEach((g, gi) => {
    rows.push([
      [{ text: roman(gi + 1), bold: true }],
      '',
      [{ text: `Lĩnh vực ${g.label}`, bold: true }],
      '',
      '',
      '',
      '',
    ]);
    for (const l of g.items) rows.push([String(++n), l.code, l.name, l.time, l.place, l.fees, l.legalBasis]);
  });
  const children = [
    para('Phụ lục', { align: 'center', bold: true }),
    para(await titleOf(deps), { align: 'center', bold: true, before: 6 }),
    para(source, { align: 'center', italic: true, before: 3 }),
    rule(CONTENT_MM, 50),
    ...renderBlocks([{ kind: 'table', columns: COLUMNS, rows }]),
  ];
  const doc = new Document({
    creator: 'thidua',
    title: 'Phụ lục danh mục thủ tục hành chính',
    styles: { default: { document: { run: { font: FONT, size: PT.body * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297), orientation: PageOrientation.PORTRAIT },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children,
      },
    ],
  });
  const suffix = q.decisionNo ? ` - Quyết định ${q.decisionNo.replace(/\//gu, '-')}` : '';
  return { filename: `Danh mục thủ tục hành chính công bố${suffix}.docx`, content: await Packer.toBuffer(doc) };
}

export async function publishedXlsx(deps: Deps, q: Query): Promise<{ filename: string; content: Buffer }> {
  const { groups, source } = await publishedLines(deps, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Phụ lục', {
    title: `Phụ lục\n${await titleOf(deps)}`,
    subtitle: source,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Mã thủ tục', width: 11 },
      { header: 'Tên thủ tục hành chính', width: 45 },
      { header: 'Thời hạn giải quyết', width: 16 },
      { header: 'Địa điểm thực hiện', width: 25 },
      { header: 'Phí, lệ phí', width: 30 },
      { header: 'Căn cứ pháp lý', width: 45 },
    ],
  });
  ws.getRow(2).height = 54;
  let n = 0;
  groups.forEach((g, gi) => {
    const head = ws.addRow([roman(gi + 1), '', `Lĩnh vực ${g.label}`]);
    head.font = { bold: true };
    for (const l of g.items) ws.addRow([++n, l.code, l.name, l.time, l.place, l.fees, l.legalBasis]);
  });
  const suffix = q.decisionNo ? ` - Quyết định ${q.decisionNo.replace(/\//gu, '-')}` : '';
  return { filename: `Danh mục thủ tục hành chính công bố${suffix}.xlsx`, content: await toBuffer(wb) };
}
