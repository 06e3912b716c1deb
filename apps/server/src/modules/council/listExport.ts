import { COUNCIL_ROLE_LABELS } from '@thidua/domain';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { listMembers } from './members.ts';
import { listSessions } from './sessions.ts';

/** The council's members as the Members tab lists them (chair first, by role, Vietnamese name order). */
export async function councilMembersXlsx(deps: Deps): Promise<Buffer> {
  const { items } = await listMembers(deps);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Thành viên Hội đồng', {
    title: 'DANH SÁCH THÀNH VIÊN HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    subtitle: `Tình trạng nhiệm kỳ tính đến ngày ${dateVn(todayVn(clockOf(deps)))}`,
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Họ và tên', key: 'name', width: 30 },
      { header: 'Chức danh trong Hội đồng', key: 'role', width: 24 },
      { header: 'Đơn vị', key: 'org', width: 34 },
      { header: 'Nhiệm kỳ từ', key: 'from', width: 12 },
      { header: 'Đến', key: 'to', width: 12 },
      { header: 'Tình trạng', key: 'state', width: 16 },
    ],
  });
  items.forEach((m, i) =>
    ws.addRow({
      no: i + 1,
      name: m.name,
      role: COUNCIL_ROLE_LABELS[m.role] ?? m.role,
      org: m.orgName,
      from: dateVn(m.termFrom),
      to: m.termTo ? dateVn(m.termTo) : 'Chưa hết',
      state: m.active ? 'Đang tham gia' : 'Không còn tham gia',
    }),
  );
  return toBuffer(wb);
}

/** The council's sessions as the Sessions tab lists them (newest first). */
export async function councilSessionsXlsx(deps: Deps): Promise<Buffer> {
  const { items } = await listSessions(deps);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Phiên họp Hội đồng', {
    title: 'DANH SÁCH PHIÊN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Phiên họp', key: 'title', width: 50 },
      { header: 'Ngày họp', key: 'heldOn', width: 12 },
      { header: 'Trạng thái', key: 'status', width: 16 },
      { header: 'Số hồ sơ xét', key: 'items', width: 10 },
    ],
  });
  items.forEach((s, i) =>
    ws.addRow({
      no: i + 1,
      title: s.title,
      heldOn: dateVn(s.heldOn),
      status: s.status === 'closed' ? 'Đã kết thúc' : 'Đang họp',
      items: s.itemCount,
    }),
  );
  return toBuffer(wb);
}
