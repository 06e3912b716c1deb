import type { z } from 'zod';
import type { DecisionsQuery } from '@thidua/contracts';
import type { Deps } from '../../platform/context.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { decisionList, decisionRows, decisionSummaries } from './service.ts';
import { dateVn } from '../../platform/documents/official.ts';

/** The register as Excel, as the list page filters it. */
export async function decisionsXlsx(
  deps: Deps,
  q: Omit<z.output<typeof DecisionsQuery>, 'page' | 'pageSize'>,
): Promise<Buffer> {
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Sổ quyết định', {
    title: q.year ? `SỔ QUYẾT ĐỊNH KHEN THƯỞNG NĂM ${q.year}` : 'SỔ QUYẾT ĐỊNH KHEN THƯỞNG',
    columns: [
      { header: 'Số quyết định', key: 'number', width: 16 },
      { header: 'Ngày ký', key: 'signedOn', width: 12 },
      { header: 'Người ký', key: 'signer', width: 22 },
      { header: 'Cơ quan', key: 'authority', width: 28 },
      { header: 'Trích yếu', key: 'summary', width: 50 },
      { header: 'Số người nhận', key: 'recipientCount', width: 10 },
      { header: 'Tiền thưởng (đồng)', key: 'totalBonus', width: 16, numFmt: '#,##0' },
      { header: 'Tình trạng', key: 'status', width: 14 },
    ],
  });
  // The whole view, not the page on screen (a 413 above the export limit).
  const rows = await decisionList.all(decisionRows(deps), q);
  for (const d of await decisionSummaries(deps, rows))
    ws.addRow({
      ...d,
      signedOn: dateVn(d.signedOn),
      // As the register page says it: an amount, or why there is none — never a bare 0.
      totalBonus:
        d.bonusNote === 'amount'
          ? d.totalBonus
          : d.bonusNote === 'by_rules'
            ? 'Theo quy định'
            : 'Không kèm tiền thưởng',
      status: d.status === 'revoked' ? 'Đã thu hồi' : 'Có hiệu lực',
    });
  return toBuffer(wb);
}
