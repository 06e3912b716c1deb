import { ROLE_LABELS } from '@thidua/domain';
import { dayVn } from '../../platform/clock.ts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { listUsers } from './service.ts';

/** The accounts as the users page lists them (by user name), with their roles and the unit of each. */
export async function usersXlsx(deps: Deps): Promise<Buffer> {
  const users = await listUsers(deps);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Người dùng', {
    title: 'DANH SÁCH TÀI KHOẢN NGƯỜI DÙNG',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Tên đăng nhập', key: 'username', width: 20 },
      { header: 'Họ và tên', key: 'name', width: 28 },
      { header: 'Vai trò · đơn vị', key: 'roles', width: 50 },
      { header: 'Trạng thái', key: 'active', width: 12 },
      { header: 'Đăng nhập gần nhất', key: 'login', width: 14 },
    ],
  });
  users.forEach((u, i) =>
    ws.addRow({
      no: i + 1,
      username: u.username,
      name: u.displayName,
      roles: u.roles.map((g) => `${ROLE_LABELS[g.role] ?? g.role} · ${g.orgName}`).join('\n'),
      active: u.active ? 'Đang hoạt động' : 'Đã khoá',
      login: u.lastLoginAt ? dateVn(dayVn(u.lastLoginAt)) : 'Chưa đăng nhập',
    }),
  );
  return toBuffer(wb);
}
