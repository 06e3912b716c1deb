import { auditActionLabel, auditEntityLabel } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { allOf } from '../../platform/lists.ts';
import { describeEntries } from './describe.ts';
import { auditView, type AuditFilters } from './list.ts';

/** A moment as a clerk reads it in Vietnam: dd/mm/yyyy hh:mm:ss (UTC+7). */
const momentVn = (iso: string) => {
  const t = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 19)}`;
};

/** The log as its page filters it, newest first, every entry (413 above the export limit), in the page's words. */
export async function auditXlsx(deps: Deps, q: AuditFilters): Promise<Buffer> {
  const rows = await allOf(auditView(deps, q).selectAll(), (b) => b.orderBy('seq', 'desc'));
  const entries = await describeEntries(deps.db.kysely, rows);
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Nhật ký hệ thống', {
    title: 'NHẬT KÝ HỆ THỐNG',
    subtitle: [
      q.from || q.to ? `Từ ngày ${q.from ?? '…'} đến ngày ${q.to ?? '…'}` : '',
      q.entityType ? `loại đối tượng: ${auditEntityLabel(q.entityType)}` : '',
    ]
      .filter(Boolean)
      .join('; '),
    columns: [
      { header: 'STT nhật ký', key: 'seq', width: 10 },
      { header: 'Thời gian', key: 'at', width: 20 },
      { header: 'Người thực hiện', key: 'actor', width: 28 },
      { header: 'Hành động', key: 'action', width: 36 },
      { header: 'Loại đối tượng', key: 'entity', width: 24 },
      { header: 'Đối tượng', key: 'label', width: 40 },
    ],
  });
  for (const e of entries)
    ws.addRow({
      seq: e.seq,
      at: momentVn(e.at),
      actor: e.actorId ? (e.actorDisplayName ?? e.actorName ?? '') : 'Hệ thống',
      action: auditActionLabel(e.action),
      entity: auditEntityLabel(e.entityType),
      label: e.entityLabel ?? e.entityId,
    });
  return toBuffer(wb);
}
