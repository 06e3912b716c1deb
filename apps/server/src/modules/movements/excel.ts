import type { z } from 'zod';
import type { MovementsQuery } from '@thidua/contracts';
import { MOVEMENT_KIND_LABELS, MOVEMENT_STATUS_LABELS, type MovementKind, type MovementStatus } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { participantCounts, registeredCounts } from './queries.ts';
import { movementList, movementRows } from './service.ts';

/** The movements as the list page filters and sorts them, every row of the view (413 above the export limit). */
export async function movementsXlsx(
  deps: Deps,
  q: Omit<z.output<typeof MovementsQuery>, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const rows = await movementList.all(movementRows(deps), q);
  const ids = rows.map((r) => r.id);
  const [parts, regs] = await Promise.all([
    participantCounts(deps.db.kysely, ids),
    registeredCounts(deps.db.kysely, ids),
  ]);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Phong trào thi đua', {
    title: q.year ? `DANH SÁCH PHONG TRÀO THI ĐUA NĂM ${q.year}` : 'DANH SÁCH PHONG TRÀO THI ĐUA',
    columns: [
      { header: 'Tên phong trào', key: 'name', width: 45 },
      { header: 'Hình thức', key: 'kind', width: 16 },
      { header: 'Năm', key: 'year', width: 7 },
      { header: 'Giai đoạn', key: 'status', width: 18 },
      { header: 'Từ ngày', key: 'startsOn', width: 12 },
      { header: 'Đến ngày', key: 'endsOn', width: 12 },
      { header: 'Hạn đăng ký', key: 'deadline', width: 12 },
      { header: 'Đơn vị đã đăng ký', key: 'registered', width: 12 },
      { header: 'Đơn vị tham gia', key: 'participants', width: 12 },
    ],
  });
  for (const m of rows)
    ws.addRow({
      name: m.name,
      kind: MOVEMENT_KIND_LABELS[m.kind as MovementKind] ?? m.kind,
      year: m.year,
      status: MOVEMENT_STATUS_LABELS[m.status as MovementStatus] ?? m.status,
      startsOn: dateVn(m.starts_on),
      endsOn: dateVn(m.ends_on),
      deadline: m.registration_deadline ? dateVn(m.registration_deadline) : '',
      registered: regs.get(m.id) ?? 0,
      participants: parts.get(m.id) ?? 0,
    });
  return toBuffer(wb);
}
