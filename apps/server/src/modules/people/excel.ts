import type ExcelJS from 'exceljs';
import {
  EMPLOYMENT_TYPE_LABELS,
  GENDER_LABELS,
  ORG_KIND_LABELS,
  PERSON_STATUS_LABELS,
  formatVnDate,
  maskCitizenId,
  type EmploymentType,
  type Gender,
  type OrgKind,
  type PersonStatus,
} from '@thidua/domain';
import type { PeopleQuery } from '@thidua/contracts';
import { loadWorkbook, newWorkbook, styleHeader, toBuffer } from '../../platform/documents/xlsx.ts';
import { WRITERS_OF_PEOPLE, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { COLUMNS, locateHeader } from './sheet.ts';
import { findPeople } from './queries.ts';
import { filterFor } from './service.ts';
import type { CellError } from './sheet.ts';

function staffSheet(wb: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'STT', key: 'no', width: 6 },
    ...COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
  ];
  styleHeader(ws.getRow(1));
  // Dates and CCCD as text so Excel neither reformats them nor drops leading zeros.
  for (const k of ['dateOfBirth', 'startDate', 'citizenId']) ws.getColumn(k).numFmt = '@';
  return ws;
}

function listValidation(ws: ExcelJS.Worksheet, key: string, values: string[]): void {
  const col = ws.getColumn(key).letter;
  // Excel list validations take at most 255 characters inline.
  // The range form exists at run time but is missing from the typings.
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${col}2:${col}5000`,
    {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Giá trị không hợp lệ',
      error: `Chọn một trong: ${values.join(', ')}`,
    },
  );
}

export async function templateWorkbook(deps: Deps): Promise<Buffer> {
  const wb = await newWorkbook();
  const ws = staffSheet(wb, 'Danh sách cán bộ');
  listValidation(ws, 'gender', Object.values(GENDER_LABELS));
  listValidation(ws, 'employmentType', Object.values(EMPLOYMENT_TYPE_LABELS));
  listValidation(ws, 'status', Object.values(PERSON_STATUS_LABELS));

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

  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  [
    'Hướng dẫn nhập danh sách cán bộ',
    '1. Điền mỗi người một dòng ở trang "Danh sách cán bộ", bắt đầu từ dòng 2.',
    '   Ví dụ: 1 | Nguyễn | Thị | Lan | Nữ | 05/09/1985 | Chuyên viên | VP | Công chức | 01/03/2010 | Đang công tác | 019185000123',
    '2. Cột bắt buộc: Họ, Tên, Giới tính, Mã đơn vị, Loại cán bộ. Không đổi tên hay xoá cột.',
    '3. Ngày ghi theo dạng dd/mm/yyyy (ví dụ 05/09/1985). Số CCCD gồm đúng 12 chữ số.',
    '4. Mã đơn vị lấy ở trang "Mã đơn vị".',
    '5. Hệ thống chỉ nhập khi mọi dòng đều hợp lệ; nếu có lỗi, tải báo cáo lỗi, sửa trong Excel rồi nhập lại.',
  ].forEach((line, i) => {
    const row = help.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
  });
  return toBuffer(wb);
}

/** The clerk's own file back, with a "Lỗi" column on each faulty row, to fix in Excel. */
export async function errorReport(buffer: Buffer, errors: CellError[]): Promise<Buffer> {
  const wb = await loadWorkbook(buffer);
  const ws = wb.worksheets[0]!;
  const { headerRow } = locateHeader(ws);
  const header = ws.getRow(Math.max(1, headerRow));
  const col = Math.max(header.cellCount, ws.columnCount) + 1;
  header.getCell(col).value = 'Lỗi';
  header.getCell(col).font = { bold: true, color: { argb: 'FFC00000' } };
  ws.getColumn(col).width = 60;
  const byRow = new Map<number, string[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), `${e.column}: ${e.message}`]);
  for (const [r, messages] of byRow) {
    const cell = ws.getRow(r).getCell(col);
    cell.value = messages.join('; ');
    cell.font = { color: { argb: 'FFC00000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9E9' } };
  }
  return toBuffer(wb);
}

export const EXPORT_LIMIT = 200_000;

/** Export of the current filtered view, same columns as the template plus the unit's name. */
export async function exportPeople(deps: Deps, user: RequestUser, query: PeopleQuery): Promise<Buffer> {
  const tree = await deps.tree.fresh();
  const rows = await findPeople(deps.db.kysely, await filterFor(deps, user, tree, query), query.sort, EXPORT_LIMIT, 0);
  const orgs = await deps.db.kysely.selectFrom('organisations').select(['id', 'code']).execute();
  const codeOf = new Map(orgs.map((o) => [o.id, o.code]));
  const writable = scopeOf(user, WRITERS_OF_PEOPLE, tree);
  // Personal data: the full CCCD only for those who may edit the person.
  const cid = (orgId: string, v: string | null) => (writable === 'all' || writable.has(orgId) ? v : maskCitizenId(v));
  const wb = await newWorkbook();
  const ws = staffSheet(wb, 'Danh sách cán bộ');
  ws.columns = [...ws.columns, { header: 'Tên đơn vị', key: 'orgName', width: 40 }];
  styleHeader(ws.getRow(1));
  rows.forEach((r, i) =>
    ws.addRow({
      no: i + 1,
      familyName: r.family_name,
      middleName: r.middle_name,
      givenName: r.given_name,
      gender: GENDER_LABELS[r.gender as Gender],
      dateOfBirth: formatVnDate(r.date_of_birth),
      position: r.position,
      orgCode: codeOf.get(r.org_id) ?? '',
      employmentType: EMPLOYMENT_TYPE_LABELS[r.employment_type as EmploymentType],
      startDate: formatVnDate(r.start_date),
      status: PERSON_STATUS_LABELS[r.status as PersonStatus],
      citizenId: cid(r.org_id, r.citizen_id) ?? '',
      orgName: tree.name(r.org_id),
    }),
  );
  ws.autoFilter = { from: 'A1', to: { row: 1, column: ws.columnCount } };
  return toBuffer(wb);
}
