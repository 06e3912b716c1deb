import type { z } from 'zod';
import type { DossiersQuery } from '@thidua/contracts';
import { DOSSIER_PORTAL_CODES, DOSSIER_STATUS_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { timeFlags } from './due.ts';
import { dossierView } from './list.ts';

/** "dd/mm/yyyy HH:mm" in Vietnam time, as the desk shows it. */
const vnTime = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)} ${d.slice(11, 16)}`;
};

/** The desk's view on screen (its queue, filters and order), every row of it, as a workbook. */
export async function dossiersXlsx(
  deps: Deps,
  user: RequestUser,
  q: Omit<z.output<typeof DossiersQuery>, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const { chosen, query, now, soon } = await dossierView(deps, user, q);
  const rows = await chosen.all(query, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Hồ sơ TTHC', {
    title: 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH',
    subtitle: `Xuất lúc ${vnTime(now)}`,
    columns: [
      { header: 'STT', key: 'n', width: 6 },
      { header: 'Mã hồ sơ', key: 'code', width: 26 },
      { header: 'Thủ tục', key: 'procedure', width: 48 },
      { header: 'Người nộp', key: 'applicant', width: 28 },
      { header: 'Tiếp nhận', key: 'received', width: 17 },
      { header: 'Hẹn trả', key: 'due', width: 17 },
      { header: 'Hoàn thành', key: 'finished', width: 17 },
      { header: 'Trạng thái', key: 'status', width: 30 },
      { header: 'Mã trạng thái (Cổng DVC)', key: 'portal', width: 10 },
      { header: 'Cán bộ đang xử lý', key: 'assignee', width: 24 },
      { header: 'Hạn', key: 'flag', width: 14 },
    ],
  });
  rows.forEach((r, i) => {
    const f = timeFlags(r, now, soon);
    ws.addRow({
      n: i + 1,
      code: r.code,
      procedure: r.procedure_name ?? '',
      applicant: r.applicant_name,
      received: vnTime(r.received_at),
      due: vnTime(r.due_at),
      finished: vnTime(r.finished_at),
      status: DOSSIER_STATUS_LABELS[r.status],
      portal: DOSSIER_PORTAL_CODES[r.status],
      assignee: r.assignee_name ?? '',
      flag: f.overdue ? 'Quá hạn' : f.dueSoon ? 'Sắp đến hạn' : '',
    });
  });
  return toBuffer(wb);
}
