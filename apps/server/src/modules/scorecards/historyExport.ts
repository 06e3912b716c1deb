import type { z } from 'zod';
import type { ScorecardHistoryQuery } from '@thidua/contracts';
import { SCORECARD_KIND_LABELS } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { getHistory } from './ranking.ts';

/**
 * The results year on year of one bloc (or of the PAR index) as the cycle's results section shows them: one row per
 * member in the section's order, a rank and a final score per published year (blank where the member was not scored).
 */
export async function historyXlsx(
  deps: Deps,
  q: z.output<typeof ScorecardHistoryQuery>,
): Promise<{ filename: string; content: Buffer }> {
  const history = await getHistory(deps, q);
  const bloc = q.blocId
    ? await deps.db.kysely.selectFrom('blocs').select('name').where('id', '=', q.blocId).executeTakeFirst()
    : undefined;
  const what = bloc?.name ?? SCORECARD_KIND_LABELS[q.kind] ?? q.kind;
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Qua các năm', {
    title: `KẾT QUẢ CHẤM ĐIỂM QUA CÁC NĂM – ${what.toLocaleUpperCase('vi')}`,
    subtitle: history.years.length
      ? `Các kỳ đã công bố: ${history.years.join(', ')}`
      : 'Chưa có kỳ chấm điểm nào được công bố',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: q.kind === 'par' ? 'Cơ quan, đơn vị' : 'Thành viên khối', key: 'name', width: 40 },
      ...history.years.flatMap((y) => [
        { header: `Hạng ${y}`, key: `rank${y}`, width: 8 },
        { header: `Tổng điểm ${y}`, key: `score${y}`, width: 11 },
      ]),
    ],
  });
  history.members.forEach((m, i) => {
    const row: Record<string, string | number | null> = { no: i + 1, name: m.name };
    for (const r of m.results) {
      row[`rank${r.year}`] = r.rank;
      row[`score${r.year}`] = r.finalScore;
    }
    ws.addRow(row);
  });
  return { filename: `Kết quả chấm điểm qua các năm - ${what}.xlsx`, content: await toBuffer(wb) };
}
