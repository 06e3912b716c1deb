import { AWARD_ORIGIN_LABELS, COMMENDATION_TYPE_LABELS, PERIOD_CATEGORY_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/context.ts';
import { dateVn } from '../../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../../platform/documents/xlsx.ts';
import { getHistory } from './view.ts';

/**
 * A subject's award history as its panel shows it: the awards by year, newest first (as the timeline), then
 * the periods of discipline, review and leave. The reader's reach is the panel's (403/404 alike).
 */
export async function historyXlsx(
  deps: Deps,
  user: RequestUser,
  subjectId: string,
): Promise<{ filename: string; content: Buffer }> {
  const history = await getHistory(deps, user, subjectId);
  const name = history.subject.name;
  const wb = await newWorkbook(await departmentHeading(deps));
  const awards = reportSheet(wb, 'Khen thưởng', {
    title: `QUÁ TRÌNH KHEN THƯỞNG – ${name.toLocaleUpperCase('vi')}`,
    subtitle: `${history.awards.length} danh hiệu, hình thức khen thưởng`,
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Năm', key: 'year', width: 8 },
      { header: 'Danh hiệu, hình thức', key: 'award', width: 36 },
      { header: 'Loại khen thưởng', key: 'type', width: 18 },
      { header: 'Số quyết định', key: 'number', width: 18 },
      { header: 'Ngày quyết định', key: 'date', width: 12 },
      { header: 'Cấp quyết định', key: 'authority', width: 24 },
      { header: 'Nguồn', key: 'origin', width: 18 },
      { header: 'Ghi chú', key: 'note', width: 28 },
    ],
  });
  // Newest year first, as the timeline; a year's awards in the order they were decided.
  const byYear = history.awards.map((a, i) => ({ a, i })).sort((x, y) => y.a.year - x.a.year || x.i - y.i);
  byYear.forEach(({ a }, n) =>
    awards.addRow({
      no: n + 1,
      year: a.fromYear !== a.year ? `${a.fromYear}–${a.year}` : a.year,
      award: a.awardName,
      type: COMMENDATION_TYPE_LABELS[a.commendationType] ?? a.commendationType,
      number: a.decisionNumber,
      date: a.decisionDate ? dateVn(a.decisionDate) : '',
      authority: a.decisionAuthority,
      origin: AWARD_ORIGIN_LABELS[a.origin] ?? a.origin,
      note: [a.note, a.flag].filter(Boolean).join('; '),
    }),
  );
  const periods = reportSheet(wb, 'Kỷ luật, xem xét, nghỉ', {
    title: `KỶ LUẬT, XEM XÉT, NGHỈ CHẾ ĐỘ – ${name.toLocaleUpperCase('vi')}`,
    subtitle: '',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Nhóm', key: 'category', width: 18 },
      { header: 'Hình thức', key: 'kind', width: 28 },
      { header: 'Từ ngày', key: 'from', width: 12 },
      { header: 'Đến ngày', key: 'to', width: 12 },
      { header: 'Số quyết định', key: 'number', width: 18 },
      { header: 'Ghi chú', key: 'note', width: 30 },
    ],
  });
  history.periods.forEach((p, n) =>
    periods.addRow({
      no: n + 1,
      category: PERIOD_CATEGORY_LABELS[p.category]?.vi ?? p.category,
      kind: p.kindLabel,
      from: dateVn(p.from),
      to: p.to ? dateVn(p.to) : 'đến nay',
      number: p.decisionNumber,
      note: p.note,
    }),
  );
  return { filename: `Quá trình khen thưởng ${name}.xlsx`, content: await toBuffer(wb) };
}
