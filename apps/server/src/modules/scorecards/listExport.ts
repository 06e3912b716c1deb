import type { z } from 'zod';
import type { ScorecardsQuery } from '@thidua/contracts';
import { SCORECARD_KIND_LABELS, SCORECARD_STATUS_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { cycleList, summaries, visibleCycles } from './list.ts';

type Query = Omit<z.output<typeof ScorecardsQuery>, 'page' | 'pageSize'>;

/**
 * The scoring cycles as the list page filters and sorts them, every row of the view the user may
 * see (a unit's officer: the published cycles and those his units are scored in), with the leading
 * member and his score once ranked.
 */
export async function scorecardsXlsx(deps: Deps, user: RequestUser, q: Query): Promise<Buffer> {
  const rows = await summaries(deps.db.kysely, await cycleList.all(await visibleCycles(deps, user), q));
  const wb = await newWorkbook(await departmentHeading(deps));
  const title = ['DANH SÁCH KỲ CHẤM ĐIỂM', q.kind ? SCORECARD_KIND_LABELS[q.kind].toLocaleUpperCase('vi') : '']
    .filter(Boolean)
    .join(' – ');
  const ws = reportSheet(wb, 'Kỳ chấm điểm', {
    title: q.year ? `${title} NĂM ${q.year}` : title,
    subtitle: q.status ? `Trạng thái: ${SCORECARD_STATUS_LABELS[q.status]}` : '',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Năm', key: 'year', width: 7 },
      { header: 'Kỳ chấm điểm', key: 'name', width: 40 },
      { header: 'Loại', key: 'kind', width: 18 },
      { header: 'Khối, cụm', key: 'bloc', width: 30 },
      { header: 'Trạng thái', key: 'status', width: 14 },
      { header: 'Đã nộp / thành viên', key: 'members', width: 12 },
      { header: 'Hạn tự chấm', key: 'selfDue', width: 12 },
      { header: 'Hạn thẩm định', key: 'appraisalDue', width: 12 },
      { header: 'Dẫn đầu', key: 'leader', width: 30 },
      { header: 'Điểm', key: 'total', width: 9 },
    ],
  });
  rows.forEach((c, i) =>
    ws.addRow({
      no: i + 1,
      year: c.year,
      name: c.name,
      kind: SCORECARD_KIND_LABELS[c.kind] ?? c.kind,
      bloc: c.blocName ?? '',
      status: SCORECARD_STATUS_LABELS[c.status] ?? c.status,
      members: `${c.submittedCount}/${c.memberCount}`,
      selfDue: c.selfDue ? dateVn(c.selfDue) : '',
      appraisalDue: c.appraisalDue ? dateVn(c.appraisalDue) : '',
      leader: c.leader?.name ?? '',
      total: c.leader?.total ?? null,
    }),
  );
  return toBuffer(wb);
}
