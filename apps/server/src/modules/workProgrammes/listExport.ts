import type { z } from 'zod';
import type { WorkProgrammesQuery } from '@thidua/contracts';
import { PROGRAMME_STATUS_LABELS } from '@thidua/domain';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { programmeList, programmesQuery, summaryOf } from './list.ts';

const KIND_TITLES = { year: 'NĂM', quarter: 'QUÝ', month: 'THÁNG' } as const;

/** The programmes as the list page filters and sorts them, every row of the view (413 above the export limit). */
export async function workProgrammesXlsx(
  deps: Deps,
  q: Omit<z.output<typeof WorkProgrammesQuery>, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const today = todayVn(clockOf(deps));
  const rows = (await programmeList.all(programmesQuery(deps.db.kysely, today), q)).map(summaryOf);
  const wb = await newWorkbook(await departmentHeading(deps));
  const title = ['DANH SÁCH CHƯƠNG TRÌNH CÔNG TÁC', q.kind ? KIND_TITLES[q.kind] : '', q.year ? `NĂM ${q.year}` : '']
    .filter(Boolean)
    .join(' ');
  const ws = reportSheet(wb, 'Chương trình công tác', {
    title,
    subtitle: `Số nhiệm vụ quá hạn tính đến ngày ${dateVn(today)}`,
    columns: [
      { header: 'Tên chương trình', key: 'title', width: 45 },
      { header: 'Kỳ', key: 'period', width: 14 },
      { header: 'Cơ quan', key: 'org', width: 28 },
      { header: 'Trạng thái', key: 'status', width: 15 },
      { header: 'Quyết định ban hành', key: 'decision', width: 24 },
      { header: 'Điều chỉnh lần', key: 'amendment', width: 10 },
      { header: 'Số nhiệm vụ', key: 'tasks', width: 10 },
      { header: 'Đã hoàn thành', key: 'done', width: 10 },
      { header: 'Quá hạn', key: 'overdue', width: 10 },
    ],
  });
  for (const p of rows)
    ws.addRow({
      title: p.title,
      period: p.periodLabel,
      org: p.orgName,
      status: PROGRAMME_STATUS_LABELS[p.status] ?? p.status,
      decision: p.decision
        ? [p.decision.number, p.decision.date ? `ngày ${dateVn(p.decision.date)}` : ''].filter(Boolean).join(' ')
        : '',
      amendment: p.amendment || '',
      tasks: p.taskCount,
      done: p.doneCount,
      overdue: p.overdueCount,
    });
  return toBuffer(wb);
}
