import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { parHistory } from './service.ts';

/** An agency's PAR index over the years as its page lists them (latest year first), with the publishing decisions. */
export async function parHistoryXlsx(
  deps: Deps,
  user: RequestUser,
  orgId: string | undefined,
): Promise<{ filename: string; content: Buffer }> {
  const history = await parHistory(deps, user, orgId);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Chỉ số CCHC', {
    title: `CHỈ SỐ CẢI CÁCH HÀNH CHÍNH QUA CÁC NĂM – ${history.orgName.toLocaleUpperCase('vi')}`,
    columns: [
      { header: 'Năm', key: 'year', width: 7 },
      { header: 'Tự đánh giá', key: 'self', width: 10 },
      { header: 'Thẩm định', key: 'appraised', width: 10 },
      { header: 'Điều tra xã hội học', key: 'survey', width: 11 },
      { header: 'Tổng điểm', key: 'score', width: 10 },
      { header: 'Thứ hạng', key: 'rank', width: 10 },
      { header: 'Xếp loại', key: 'classification', width: 14 },
      { header: 'Quyết định công bố', key: 'decision', width: 30 },
    ],
  });
  for (const r of [...history.items].sort((a, b) => b.year - a.year))
    ws.addRow({
      year: r.year,
      self: r.selfScore,
      appraised: r.appraisedScore,
      survey: r.surveyScore,
      score: r.score,
      rank: r.rank === null ? '' : r.of ? `${r.rank}/${r.of}` : String(r.rank),
      classification: r.classification,
      decision: r.decision
        ? [r.decision.number, r.decision.date ? `ngày ${dateVn(r.decision.date)}` : ''].filter(Boolean).join(' ')
        : '',
    });
  return { filename: `Chỉ số CCHC - ${history.orgName}.xlsx`, content: await toBuffer(wb) };
}
