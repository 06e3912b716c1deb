import type ExcelJS from 'exceljs';
import {
  EMPLOYMENT_TYPE_LABELS,
  GENDER_LABELS,
  PERSON_STATUS_LABELS,
  formatVnDate,
  maskCitizenId,
  type EmploymentType,
  type Gender,
  type PersonStatus,
} from '@thidua/domain';
import type { PeopleQuery } from '@thidua/contracts';
import {
  departmentHeading,
  helpSheet,
  inputSheet,
  leadingRows,
  listValidation,
  loadWorkbook,
  newWorkbook,
  setLayout,
  styleHeader,
  toBuffer,
} from '../../platform/documents/xlsx.ts';
import { addUnitCodesSheet } from '../org/service.ts';
import type { RequestUser } from '../../platform/access.ts';
import { writableOrgs } from './policy.ts';
import type { Deps } from '../../platform/context.ts';
import { COLUMNS, HEADER_WITHIN, locateHeader } from './sheet.ts';
import { findPeople } from './queries.ts';
import { filterFor } from './service.ts';
import type { CellError } from './sheet.ts';

function staffSheet(wb: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  return inputSheet(wb, title, COLUMNS, ['dateOfBirth', 'startDate', 'citizenId']);
}

export async function templateWorkbook(deps: Deps): Promise<Buffer> {
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = staffSheet(wb, 'Danh sách cán bộ');
  listValidation(ws, 'gender', Object.values(GENDER_LABELS), { rows: 5000 });
  listValidation(ws, 'employmentType', Object.values(EMPLOYMENT_TYPE_LABELS), { rows: 5000 });
  listValidation(ws, 'status', Object.values(PERSON_STATUS_LABELS), { rows: 5000 });

  await addUnitCodesSheet(deps, wb);
  helpSheet(
    wb,
    [
      'Hướng dẫn nhập danh sách cán bộ',
      '1. Điền mỗi người một dòng ở trang "Danh sách cán bộ", bắt đầu từ dòng 2.',
      '   Ví dụ: 1 | Nguyễn | Thị | Lan | Nữ | 05/09/1985 | Chuyên viên | VP | Công chức | 01/03/2010 | Đang công tác | 019185000123',
      '2. Cột bắt buộc: Họ, Tên, Giới tính, Mã đơn vị, Loại cán bộ. Không đổi tên hay xoá cột.',
      '3. Ngày ghi theo dạng dd/mm/yyyy (ví dụ 05/09/1985). Số CCCD gồm đúng 12 chữ số.',
      '4. Mã đơn vị lấy ở trang "Mã đơn vị".',
      '5. Hệ thống chỉ nhập khi mọi dòng đều hợp lệ; nếu có lỗi, tải báo cáo lỗi, sửa trong Excel rồi nhập lại.',
    ],
    110,
  );
  return toBuffer(wb);
}

/** The clerk's own file back, with a "Lỗi" column on each faulty row, to fix in Excel. */
export async function errorReport(buffer: Buffer, errors: CellError[], heading = ''): Promise<Buffer> {
  const wb = await loadWorkbook(buffer, heading);
  const ws = wb.worksheets[0]!;
  const { headerRow } = locateHeader(leadingRows(ws, HEADER_WITHIN));
  const header = ws.getRow(Math.max(1, headerRow));
  setLayout(ws, { headerRow: Math.max(1, headerRow), title: 'BÁO CÁO LỖI NHẬP DANH SÁCH CÁN BỘ' });
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
  const writable = writableOrgs(user, tree);
  // Personal data: the full CCCD only for those who may edit the person.
  const cid = (orgId: string, v: string | null) => (writable === 'all' || writable.has(orgId) ? v : maskCitizenId(v));
  const wb = await newWorkbook(await departmentHeading(deps));
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
