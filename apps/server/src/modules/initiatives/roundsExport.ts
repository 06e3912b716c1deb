import { ROUND_STATUS_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { listRounds } from './rounds.ts';

/** The review rounds as their page lists them (newest first), with their phase and the sheets filed. */
export async function roundsXlsx(deps: Deps, user: RequestUser): Promise<Buffer> {
  const { items } = await listRounds(deps, user);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Đợt xét sáng kiến', {
    title: 'DANH SÁCH ĐỢT XÉT CÔNG NHẬN SÁNG KIẾN',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Đợt xét', key: 'title', width: 40 },
      { header: 'Trạng thái', key: 'status', width: 16 },
      { header: 'Giai đoạn', key: 'phase', width: 18 },
      { header: 'Từ ngày', key: 'opens', width: 12 },
      { header: 'Đến ngày', key: 'closes', width: 12 },
      { header: 'Số sáng kiến', key: 'items', width: 10 },
      { header: 'Thành viên chấm', key: 'reviewers', width: 10 },
      { header: 'Phiếu đã chấm', key: 'sheets', width: 12 },
    ],
  });
  items.forEach((r, i) =>
    ws.addRow({
      no: i + 1,
      title: r.title,
      status: ROUND_STATUS_LABELS[r.status] ?? r.status,
      phase: r.phases[r.currentPhase]?.label ?? '',
      opens: dateVn(r.opensOn),
      closes: dateVn(r.closesOn),
      items: r.itemCount,
      reviewers: r.reviewerCount,
      sheets: `${r.sheetsDone}/${r.sheetsExpected}`,
    }),
  );
  return toBuffer(wb);
}
