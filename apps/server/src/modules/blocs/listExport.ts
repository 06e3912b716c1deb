import { BLOC_KIND_LABELS, BLOC_ORGANISER_LABELS } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { listBlocs } from './service.ts';

/** The blocs and clusters as their page lists them (Vietnamese order of the names), with their latest year. */
export async function blocsXlsx(deps: Deps): Promise<Buffer> {
  const { items } = await listBlocs(deps);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Khối, cụm thi đua', {
    title: 'DANH SÁCH KHỐI, CỤM THI ĐUA',
    subtitle: 'Khối trưởng và số thành viên theo năm gần nhất đã lập',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Tên khối, cụm', key: 'name', width: 45 },
      { header: 'Loại', key: 'kind', width: 14 },
      { header: 'Cấp tổ chức', key: 'organiser', width: 22 },
      { header: 'Năm gần nhất', key: 'year', width: 10 },
      { header: 'Khối trưởng', key: 'leader', width: 34 },
      { header: 'Số thành viên', key: 'members', width: 10 },
    ],
  });
  items.forEach((b, i) =>
    ws.addRow({
      no: i + 1,
      name: b.name,
      kind: BLOC_KIND_LABELS[b.kind] ?? b.kind,
      organiser: BLOC_ORGANISER_LABELS[b.organiser] ?? b.organiser,
      year: b.latestYear ?? '',
      leader: b.leaderName ?? '',
      members: b.memberCount,
    }),
  );
  return toBuffer(wb);
}
