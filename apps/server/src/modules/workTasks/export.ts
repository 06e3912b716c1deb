import { TASK_STATUS_LABELS, formatVnDate, type TaskStatus } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { asTaskRow, taskListView, type TasksQuery } from './list.ts';
import { summaryNames, taskSummary } from './taskView.ts';

const RESULT_LABELS: Record<string, string> = {
  on_time: 'Đúng hạn',
  extended: 'Đúng hạn đã gia hạn',
  late: 'Trễ hạn',
  not_done: 'Chưa hoàn thành (quá hạn)',
  pending: 'Đang trong hạn',
  dropped: 'Không thực hiện',
};
const PRIORITY_LABELS: Record<string, string> = { high: 'Cao', normal: 'Bình thường', low: 'Thấp' };

/** The task list as filtered and ordered on screen, every row of it, as a workbook with Vietnamese headers. */
export async function tasksXlsx(
  deps: Deps,
  user: RequestUser,
  q: Omit<TasksQuery, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const { list, query, tree, today } = await taskListView(deps, user, q);
  const rows = (await list.all(query, q)).map(asTaskRow);
  const names = await summaryNames(deps.db.kysely, tree, rows);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Nhiệm vụ', {
    title: 'DANH SÁCH NHIỆM VỤ CHƯƠNG TRÌNH CÔNG TÁC',
    subtitle: `Tình hình đến ngày ${formatVnDate(today)}`,
    columns: [
      { header: 'STT', key: 'n', width: 6 },
      { header: 'Số', key: 'code', width: 6 },
      { header: 'Nhiệm vụ', key: 'title', width: 48 },
      { header: 'Chương trình', key: 'programme', width: 30 },
      { header: 'Đơn vị chủ trì', key: 'org', width: 26 },
      { header: 'Đơn vị phối hợp', key: 'partners', width: 26 },
      { header: 'Lãnh đạo phụ trách', key: 'leader', width: 22 },
      { header: 'Sản phẩm', key: 'product', width: 26 },
      { header: 'Ngày bắt đầu', key: 'start', width: 12 },
      { header: 'Hạn hoàn thành', key: 'deadline', width: 12 },
      { header: 'Hạn ban đầu', key: 'original', width: 12 },
      { header: 'Mức ưu tiên', key: 'priority', width: 12 },
      { header: 'Trạng thái', key: 'status', width: 18 },
      { header: 'Tiến độ (%)', key: 'percent', width: 9 },
      { header: 'Ngày hoàn thành', key: 'completed', width: 12 },
      { header: 'Kết quả', key: 'result', width: 20 },
      { header: 'Quá hạn', key: 'overdue', width: 9 },
    ],
  });
  rows.forEach((r, i) => {
    const t = taskSummary(r, tree, names, today);
    ws.addRow({
      n: i + 1,
      code: t.code,
      title: t.title,
      programme: t.programmeTitle,
      org: t.orgName,
      partners: t.partnerNames.join('; '),
      leader: t.leaderName ?? '',
      product: t.product,
      start: formatVnDate(t.startDate),
      deadline: formatVnDate(t.deadline),
      original: t.originalDeadline === t.deadline ? '' : formatVnDate(t.originalDeadline),
      priority: PRIORITY_LABELS[t.priority] ?? t.priority,
      status: TASK_STATUS_LABELS[t.status as TaskStatus] ?? t.status,
      percent: t.percent,
      completed: formatVnDate(t.completedOn),
      result: RESULT_LABELS[t.result] ?? t.result,
      overdue: t.overdue ? 'Quá hạn' : '',
    });
  });
  return toBuffer(wb);
}
