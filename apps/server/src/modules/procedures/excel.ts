import { PROCEDURE_STATUS_LABELS, type OnlineLevel } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { clockOf } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import type { z } from 'zod';
import type { ProceduresQuery } from '@thidua/contracts';
import { departmentHeading, helpSheet, inputSheet, newWorkbook, toBuffer } from '../../platform/documents/xlsx.ts';
import { procedureList } from './list.ts';
import { contentOf, shownVersion } from './rows.ts';
import { COLUMNS, cellsOf } from './sheet.ts';

/**
 * The procedures of the catalog as the list page filters and sorts them (by default every one, by code), each with
 * its version in force (or its draft), in the layout the import reads.
 */
export async function catalogXlsx(
  deps: Deps,
  q: Omit<z.output<typeof ProceduresQuery>, 'page' | 'pageSize'>,
): Promise<{ filename: string; content: Buffer }> {
  const db = deps.db.kysely;
  const procedures = await procedureList.all(db.selectFrom('procedures').selectAll(), q);
  const versions = await db
    .selectFrom('procedure_versions')
    .selectAll()
    .where('status', 'in', ['draft', 'published', 'abolished'])
    .execute();
  const byProcedure = new Map<string, typeof versions>();
  for (const v of versions) byProcedure.set(v.procedure_id, [...(byProcedure.get(v.procedure_id) ?? []), v]);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = inputSheet(wb, 'Danh mục TTHC', COLUMNS, ['code', 'decisionDate', 'effectiveFrom']);
  procedures.forEach((p, i) => {
    const v = shownVersion(p, byProcedure.get(p.id) ?? []);
    if (!v) return;
    const row = ws.addRow({
      no: i + 1,
      ...cellsOf({
        code: p.code,
        name: p.name,
        field: p.field,
        level: p.level,
        agency: p.agency,
        interAgency: !!p.inter_agency,
        onlineLevel: p.online_level as OnlineLevel,
        statusLabel: PROCEDURE_STATUS_LABELS[p.status],
        content: contentOf(v),
        decision: { no: v.decision_no, date: v.decision_date, signer: v.decision_signer },
      }),
    });
    row.alignment = { vertical: 'top', wrapText: true };
  });
  helpSheet(wb, [
    'Hướng dẫn nhập danh mục thủ tục hành chính',
    'Mỗi dòng một thủ tục; mã thủ tục dạng n.nnnnnn (ví dụ 1.003349), không trùng trong tệp và với danh mục đã có.',
    'Phí, lệ phí: mỗi khoản một dòng trong ô, "Tên | số tiền (đồng) | ghi chú".',
    'Thành phần hồ sơ: mỗi giấy tờ một dòng, "Tên | Bản chính / Bản sao / Bản chính hoặc bản sao | số bộ | Bắt buộc / Không bắt buộc".',
    'Quy trình nội bộ: mỗi bước một dòng, "Tên bước | bộ phận | người thực hiện | thời gian | ngày làm việc / ngày / giờ làm việc".',
    'Cơ quan phối hợp: mỗi cơ quan một dòng, "Cơ quan | nội dung | thời gian | đơn vị thời gian".',
    'Có số và ngày quyết định công bố: thủ tục được nhập ở trạng thái đã công bố; để trống cả hai: nhập là dự thảo.',
    'Cột "Trạng thái" chỉ để xem, không được đọc khi nhập. Tệp có lỗi ở bất kỳ dòng nào thì không dòng nào được ghi.',
  ]);
  return { filename: `Danh mục thủ tục hành chính ${todayVn(clockOf(deps))}.xlsx`, content: await toBuffer(wb) };
}
