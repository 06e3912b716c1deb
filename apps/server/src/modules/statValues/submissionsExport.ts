import type { z } from 'zod';
import type { StatSubmissionsQuery } from '@thidua/contracts';
import { STAT_SUBMISSION_STATUS_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { dayVn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { allSubmissions } from './submissions.ts';

/** The reporting units' submissions of one data set and period, as the page filters and sorts them. */
export async function submissionsXlsx(
  deps: Deps,
  user: RequestUser,
  q: Omit<z.output<typeof StatSubmissionsQuery>, 'page' | 'pageSize'>,
): Promise<{ filename: string; content: Buffer }> {
  const { dataset, period, dueDate, items } = await allSubmissions(deps, user, q);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Tình hình báo cáo', {
    title: `TÌNH HÌNH BÁO CÁO THỐNG KÊ – ${dataset.name.toLocaleUpperCase('vi')} – ${period.label.toLocaleUpperCase('vi')}`,
    subtitle: [
      dueDate ? `Hạn nộp ${dateVn(dueDate)}` : '',
      q.status ? `trạng thái: ${STAT_SUBMISSION_STATUS_LABELS[q.status]}` : '',
      q.mine === 'true' ? 'các đơn vị tôi báo cáo' : '',
    ]
      .filter(Boolean)
      .join('; '),
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Mã đơn vị', key: 'code', width: 12 },
      { header: 'Đơn vị báo cáo', key: 'name', width: 40 },
      { header: 'Trạng thái', key: 'status', width: 16 },
      { header: 'Số ô đã nhập / phải nhập', key: 'present', width: 12 },
      { header: 'Ngày gửi', key: 'submitted', width: 12 },
      { header: 'Trễ hạn', key: 'late', width: 9 },
    ],
  });
  items.forEach((s, i) =>
    ws.addRow({
      no: i + 1,
      code: s.unitCode,
      name: s.unitName,
      status: STAT_SUBMISSION_STATUS_LABELS[s.status] ?? s.status,
      present: `${s.present}/${s.expected}`,
      submitted: s.submittedAt ? dateVn(dayVn(s.submittedAt)) : '',
      late: s.late ? 'Trễ hạn' : '',
    }),
  );
  return {
    filename: `Tình hình báo cáo ${dataset.code} ${period.short.replace(/\//gu, '-')}.xlsx`,
    content: await toBuffer(wb),
  };
}
