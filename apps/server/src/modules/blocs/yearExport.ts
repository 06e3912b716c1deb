import { BLOC_ROLE_LABELS } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import type { RequestUser } from '../../platform/access.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { notFound } from '../../platform/errors.ts';
import { getBloc } from './service.ts';

/**
 * One year of a bloc as its panel shows it: the members in the bloc's order for that year (leader and deputies
 * where the office placed them), their role and whether each is a unit of the department or an outside agency,
 * the covenant under the title.
 */
export async function blocYearXlsx(
  deps: Deps,
  user: RequestUser,
  id: string,
  year: number,
): Promise<{ filename: string; content: Buffer }> {
  const bloc = await getBloc(deps, user, id);
  const y = bloc.years.find((x) => x.year === year);
  if (!y) throw notFound(`năm ${year} của khối`);
  const covenant = [
    y.covenantNumber ? `Giao ước số ${y.covenantNumber}` : 'Giao ước',
    y.covenantSignedOn ? `ký ngày ${dateVn(y.covenantSignedOn)}` : 'chưa ghi ngày ký',
  ].join(', ');
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, `Năm ${year}`, {
    title: `THÀNH VIÊN ${bloc.name.toLocaleUpperCase('vi')} NĂM ${year}`,
    subtitle: covenant,
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Thành viên', key: 'name', width: 50 },
      { header: 'Vai trò', key: 'role', width: 14 },
      { header: 'Loại thành viên', key: 'source', width: 20 },
    ],
  });
  y.members.forEach((m, i) =>
    ws.addRow({
      no: i + 1,
      name: m.name,
      role: BLOC_ROLE_LABELS[m.role] ?? m.role,
      source: m.orgId ? 'Đơn vị thuộc Sở' : 'Cơ quan khác',
    }),
  );
  return { filename: `Thành viên ${bloc.name} năm ${year}.xlsx`, content: await toBuffer(wb) };
}
