import type { z } from 'zod';
import type { RegistryExportQuery } from '@thidua/contracts';
import {
  INITIATIVE_KIND_LABELS,
  INITIATIVE_STATUS_LABELS,
  RECOGNITION_LABELS,
  type InitiativeStatus,
  type RecognitionLevel,
} from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { aggregateOf, assignmentOf, roundOf } from './assignments.ts';
import { mustManage } from './rounds.ts';
import { hiddenFor, initiativeList, initiativeViews, registryRows } from './service.ts';
import { initiativeStats } from './stats.ts';
import { yearLevelSheet } from './statsExport.ts';
import { dateVn } from '../../platform/documents/official.ts';

/**
 * A round in Excel: the summary per initiative with its aggregates and
 * outcome, and every sheet with each criterion's score and the comment.
 * The chair's export: reviewers never reach it.
 */
export async function roundWorkbook(deps: Deps, user: RequestUser, id: string) {
  const tree = await mustManage(deps, user);
  const db = deps.db.kysely;
  const round = await roundOf(db, id);
  const a = await assignmentOf(db, tree, id);
  const authors = a.items.length
    ? await db
        .selectFrom('initiative_authors as au')
        .innerJoin('people as p', 'p.id', 'au.person_id')
        .select(['au.initiative_id', 'au.share', 'p.full_name'])
        .where(
          'au.initiative_id',
          'in',
          a.items.map((i) => i.initiativeId),
        )
        .orderBy('au.share', 'desc')
        .execute()
    : [];
  const wb = await newWorkbook(await departmentHeading(deps));
  const sum = reportSheet(wb, 'Tổng hợp', {
    title: 'KẾT QUẢ CHẤM SÁNG KIẾN',
    subtitle: round.title,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Tên sáng kiến', width: 45 },
      { header: 'Lĩnh vực', width: 18 },
      { header: 'Đơn vị', width: 26 },
      { header: 'Tác giả (tỷ lệ đóng góp)', width: 32 },
      { header: 'Số phiếu chấm', width: 9 },
      { header: 'Điểm trung bình', width: 10 },
      { header: 'Trung vị', width: 9 },
      { header: 'Độ lệch chuẩn', width: 9 },
      { header: 'Chênh lệch lớn', width: 10 },
      { header: 'Kết quả', width: 16 },
    ],
  });
  const OUTCOME: Record<string, string> = {
    pending: 'Chưa quyết định',
    recognised: 'Công nhận',
    not_recognised: 'Không công nhận',
  };
  a.items.forEach((i, k) => {
    const g = aggregateOf(a, i, round.contestedStdev);
    sum.addRow([
      k + 1,
      i.title,
      i.field,
      tree.name(i.orgId),
      authors
        .filter((x) => x.initiative_id === i.initiativeId)
        .map((x) => `${x.full_name} (${x.share}%)`)
        .join('; '),
      g.count,
      g.mean,
      g.median,
      g.stdev,
      g.contested ? 'Có' : '',
      OUTCOME[i.outcome] ?? i.outcome,
    ]);
  });
  const sheets = reportSheet(wb, 'Phiếu chấm', {
    title: 'PHIẾU CHẤM SÁNG KIẾN CỦA THÀNH VIÊN HỘI ĐỒNG',
    subtitle: round.title,
    columns: [
      { header: 'Sáng kiến', width: 40 },
      { header: 'Thành viên chấm', width: 24 },
      { header: 'Trạng thái', width: 14 },
      ...round.rubric.map((c) => ({ header: `${c.label} (${c.min}–${c.max}, trọng số ${c.weight})`, width: 16 })),
      { header: 'Điểm quy đổi (/100)', width: 11 },
      { header: 'Nhận xét / lý do', width: 45 },
      { header: 'Cập nhật', width: 17 },
    ],
  });
  const STATUS: Record<string, string> = { scored: 'Đã chấm', abstained: 'Không chấm', recused: 'Xin miễn chấm' };
  for (const i of a.items)
    for (const r of a.reviewers) {
      if (!a.assigned(r, i)) continue;
      const s = a.sheetOf(r, i);
      const cause = a.recusal(r, i);
      sheets.addRow([
        i.title,
        r.name,
        cause ? 'Tự động miễn chấm' : s ? STATUS[s.status] : 'Chưa chấm',
        ...round.rubric.map((c) => s?.scores[c.key] ?? null),
        s?.total ?? null,
        s ? s.comment || s.reason : '',
        s ? s.updatedAt.slice(0, 16).replace('T', ' ') : '',
      ]);
    }
  return { filename: `Ket qua cham sang kien - ${round.title.slice(0, 60)}.xlsx`, content: await toBuffer(wb) };
}

/** The registry over a span of years, with the counts by year and level on a second sheet. */
export async function registryWorkbook(deps: Deps, user: RequestUser, q: z.output<typeof RegistryExportQuery>) {
  const { from, to } = q;
  const stats = await initiativeStats(deps, user, from, to);
  const tree = await deps.tree.fresh();
  const hidden = await hiddenFor(deps.db.kysely, user.id);
  const ids = (await initiativeList.all(registryRows(deps, user, tree, hidden, q), q)).map((r) => r.id);
  const views = await initiativeViews(deps, tree, ids, { user, hidden });
  const order = new Map(ids.map((id, i) => [id, i]));
  const items = views.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const wb = await newWorkbook(await departmentHeading(deps));
  const span = from === to ? `NĂM ${from}` : `TỪ NĂM ${from} ĐẾN NĂM ${to}`;
  const ws = reportSheet(wb, 'Sổ sáng kiến', {
    title: `SỔ THEO DÕI SÁNG KIẾN ${span}`,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Tên', width: 45 },
      { header: 'Loại', width: 16 },
      { header: 'Lĩnh vực', width: 18 },
      { header: 'Đơn vị', width: 26 },
      { header: 'Tác giả (tỷ lệ)', width: 32 },
      { header: 'Trạng thái', width: 16 },
      { header: 'Cấp công nhận', width: 12 },
      { header: 'Ngày công nhận', width: 12 },
      { header: 'Số quyết định', width: 14 },
      { header: 'Số tiền làm lợi (đồng)', width: 14, numFmt: '#,##0' },
      { header: 'Đã dùng làm căn cứ cho', width: 32 },
    ],
  });
  items.forEach((v, k) =>
    ws.addRow([
      k + 1,
      v.title,
      INITIATIVE_KIND_LABELS[v.kind],
      v.field,
      v.orgName,
      v.authors.map((x) => `${x.name} (${x.share}%)`).join('; '),
      INITIATIVE_STATUS_LABELS[v.status as InitiativeStatus],
      v.level ? RECOGNITION_LABELS[v.level as RecognitionLevel] : '',
      v.recognisedOn ? dateVn(v.recognisedOn) : '',
      v.decisionNumber,
      v.benefitAmount,
      v.usedBy ? `${v.usedBy.awardName} ${v.usedBy.year} — ${v.usedBy.subjectName}` : '',
    ]),
  );
  yearLevelSheet(wb, 'Thống kê theo năm', span, stats);
  return { filename: `So sang kien ${from}-${to}.xlsx`, content: await toBuffer(wb) };
}
