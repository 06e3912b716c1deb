import { collationKey, periodLabel, type PeriodKind } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { formatNumberVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { progressView } from './progress.ts';
import { movementRow, targetsOf } from './queries.ts';

/** A moment as read in Vietnam: dd/mm/yyyy hh:mm (UTC+7). */
const momentVn = (iso: string) => {
  const t = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 16)}`;
};

/**
 * The figures reported under a movement, as its Progress tab lists them (one unit's, or every unit's): by period,
 * then unit in Vietnamese name order, then the targets in the movement's order.
 */
export async function progressXlsx(
  deps: Deps,
  movementId: string,
  orgId?: string,
): Promise<{ filename: string; content: Buffer }> {
  const db = deps.db.kysely;
  const m = await movementRow(db, movementId);
  const [view, targets] = await Promise.all([progressView(deps, movementId, orgId), targetsOf(db, movementId)]);
  const orgIds = [...new Set(view.items.map((e) => e.orgId))];
  const orgs = new Map(
    (orgIds.length
      ? await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute()
      : []
    ).map((o) => [o.id, o.name]),
  );
  const target = new Map(targets.map((t, i) => [t.id, { ...t, at: i }]));
  const orgKey = new Map(orgIds.map((id) => [id, collationKey(orgs.get(id) ?? '')]));
  const items = [...view.items].sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      orgKey.get(a.orgId)!.localeCompare(orgKey.get(b.orgId)!) ||
      a.orgId.localeCompare(b.orgId) ||
      (target.get(a.targetId)?.at ?? 0) - (target.get(b.targetId)?.at ?? 0),
  );
  const kind = m.report_every as PeriodKind;
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Tiến độ', {
    title: `TIẾN ĐỘ THỰC HIỆN – ${m.name.toLocaleUpperCase('vi')}`,
    subtitle: orgId ? `Đơn vị: ${orgs.get(orgId) ?? ''}` : 'Mọi đơn vị đã báo cáo',
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Kỳ báo cáo', key: 'period', width: 14 },
      { header: 'Đơn vị', key: 'org', width: 32 },
      { header: 'Chỉ tiêu', key: 'target', width: 36 },
      { header: 'Kết quả đạt được', key: 'value', width: 14 },
      { header: 'Đơn vị tính', key: 'unit', width: 12 },
      { header: 'Ghi chú', key: 'note', width: 28 },
      { header: 'Người báo cáo', key: 'by', width: 24 },
    ],
  });
  items.forEach((e, i) =>
    ws.addRow({
      no: i + 1,
      period: periodLabel(kind, e.period),
      org: orgs.get(e.orgId) ?? '',
      target: target.get(e.targetId)?.name ?? '',
      value: formatNumberVn(e.value),
      unit: target.get(e.targetId)?.unit ?? '',
      note: e.note,
      by: `${e.reportedBy}, ${momentVn(e.reportedAt)}`,
    }),
  );
  return { filename: `Tiến độ ${m.name}.xlsx`, content: await toBuffer(wb) };
}
