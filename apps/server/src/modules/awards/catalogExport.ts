import type { z } from 'zod';
import type { Catalog, CatalogExportQuery } from '@thidua/contracts';
import {
  AWARD_AUDIENCE_LABELS,
  AWARD_GROUP_LABELS,
  AWARD_KIND_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_SUBJECT_LABELS,
  filterCatalog,
} from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { dateVn, formatNumberVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';

const vi = (table: Record<string, { vi: string }>, code: string) => table[code]?.vi ?? code;

/** The catalog in force on a day as its page filters it, in the catalog's order, with bonus and legal basis. */
export async function catalogXlsx(
  deps: Deps,
  catalog: Catalog,
  q: z.output<typeof CatalogExportQuery>,
): Promise<{ filename: string; content: Buffer }> {
  const items = filterCatalog(catalog.items, { ...q, all: q.all === 'true' });
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Danh mục khen thưởng', {
    title: 'DANH MỤC DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG',
    subtitle: [
      `Có hiệu lực ngày ${dateVn(catalog.date)} theo ${catalog.ruleSet.instrument}`,
      `mức lương cơ sở ${formatNumberVn(catalog.baseSalary.amount)} đồng (${catalog.baseSalary.instrument})`,
      q.kind ? vi(AWARD_KIND_LABELS, q.kind).toLocaleLowerCase('vi') : '',
      q.group ? `nhóm: ${vi(AWARD_GROUP_LABELS, q.group)}` : '',
      q.subject ? `đối tượng: ${vi(AWARD_SUBJECT_LABELS, q.subject)}` : '',
      q.q ? `tìm: "${q.q}"` : '',
    ]
      .filter(Boolean)
      .join('; '),
    columns: [
      { header: 'STT', key: 'no', width: 6 },
      { header: 'Danh hiệu, hình thức', key: 'name', width: 40 },
      { header: 'Loại', key: 'kind', width: 18 },
      { header: 'Nhóm', key: 'group', width: 20 },
      { header: 'Đối tượng', key: 'subjects', width: 16 },
      { header: 'Cấp', key: 'level', width: 14 },
      { header: 'Thẩm quyền', key: 'conferredBy', width: 28 },
      { header: 'Mức thưởng (đồng)', key: 'bonus', width: 20 },
      { header: 'Căn cứ', key: 'citation', width: 30 },
    ],
  });
  items.forEach((a, i) =>
    ws.addRow({
      no: i + 1,
      name: a.audience ? `${a.name} (${AWARD_AUDIENCE_LABELS[a.audience]})` : a.name,
      kind: vi(AWARD_KIND_LABELS, a.kind),
      group: vi(AWARD_GROUP_LABELS, a.group),
      subjects: a.subjects.map((s) => vi(AWARD_SUBJECT_LABELS, s)).join(', '),
      level: vi(AWARD_LEVEL_LABELS, a.level),
      conferredBy: a.conferredBy.map((c) => c.label).join('; '),
      bonus: a.bonus
        ? `${a.bonus.ceiling ? 'Tối đa ' : ''}${formatNumberVn(a.bonus.multiple)} × lương cơ sở = ${formatNumberVn(a.bonus.amount)}`
        : '',
      citation: [a.citation.instrument, a.citation.article].filter(Boolean).join(', '),
    }),
  );
  return {
    filename: `Danh mục khen thưởng ${dateVn(catalog.date).replace(/\//gu, '-')}.xlsx`,
    content: await toBuffer(wb),
  };
}
