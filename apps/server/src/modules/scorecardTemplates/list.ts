import type { z } from 'zod';
import type { ScorecardTemplateList, ScorecardTemplatesQuery } from '@thidua/contracts';
import { SCORECARD_KIND_LABELS, templateMax, type ScorecardKind } from '@thidua/domain';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ScorecardTemplateTable } from '../../db/schema-scorecards.ts';
import type { Deps } from '../../platform/context.ts';
import { dateVn } from '../../platform/documents/official.ts';
import { departmentHeading, newWorkbook, reportSheet, toBuffer } from '../../platform/documents/xlsx.ts';
import { defineList } from '../../platform/lists.ts';
import { blocNames, itemRows } from './queries.ts';
import { treeOf } from './tree.ts';

type Query = z.output<typeof ScorecardTemplatesQuery>;
type Summary = z.infer<typeof ScorecardTemplateList>['items'][number];

/** The templates, newest year first; searched without diacritics on the name. */
export const templateList = defineList<
  Database,
  'scorecard_templates',
  ScorecardTemplateTable,
  Omit<Query, 'page' | 'pageSize'>
>({
  sorts: { year: ['year', 'search_key'], name: ['search_key'] },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    kind: (q, kind) => q.where('kind', '=', kind),
    blocId: (q, blocId) => q.where('bloc_id', '=', blocId),
    year: (q, year) => q.where('year', '=', year),
  },
});

const base = (deps: Deps) => deps.db.kysely.selectFrom('scorecard_templates').selectAll();

/** The rows with their bloc's name, maximum and item count (the trees of the rows shown only). */
async function summaries(deps: Deps, rows: Selectable<ScorecardTemplateTable>[]): Promise<Summary[]> {
  const db = deps.db.kysely;
  const items = await itemRows(
    db,
    rows.map((r) => r.id),
  );
  const blocs = await blocNames(
    db,
    rows.map((r) => r.bloc_id),
  );
  return rows.map((t) => {
    const own = items.filter((i) => i.template_id === t.id);
    return {
      id: t.id,
      kind: t.kind as ScorecardKind,
      blocId: t.bloc_id,
      blocName: t.bloc_id ? (blocs.get(t.bloc_id) ?? null) : null,
      year: t.year,
      name: t.name,
      status: t.status === 'frozen' ? 'frozen' : 'draft',
      maxTotal: templateMax(treeOf(own)),
      itemCount: own.length,
      updatedAt: t.updated_at,
    };
  });
}

export async function listTemplates(deps: Deps, q: Query): Promise<z.infer<typeof ScorecardTemplateList>> {
  const page = await templateList.page(base(deps), q);
  return { ...page, items: await summaries(deps, page.items) };
}

/** The list as the page filters it, every row (a 413 above the export limit). */
export async function templatesXlsx(
  deps: Deps,
  q: Omit<Query, 'page' | 'pageSize'>,
): Promise<{ filename: string; content: Buffer }> {
  const rows = await summaries(deps, await templateList.all(base(deps), q));
  const wb = await newWorkbook(await departmentHeading(deps));
  const ws = reportSheet(wb, 'Bảng điểm', {
    title: q.year ? `DANH SÁCH BẢNG ĐIỂM THI ĐUA NĂM ${q.year}` : 'DANH SÁCH BẢNG ĐIỂM THI ĐUA',
    columns: [
      { header: 'Năm', key: 'year', width: 8 },
      { header: 'Loại', key: 'kind', width: 24 },
      { header: 'Khối thi đua', key: 'bloc', width: 30 },
      { header: 'Tên bảng điểm', key: 'name', width: 45 },
      { header: 'Điểm tối đa', key: 'maxTotal', width: 10, numFmt: '#,##0.##' },
      { header: 'Số mục', key: 'itemCount', width: 8 },
      { header: 'Trạng thái', key: 'status', width: 16 },
      { header: 'Cập nhật', key: 'updatedAt', width: 12 },
    ],
  });
  for (const t of rows)
    ws.addRow({
      ...t,
      kind: SCORECARD_KIND_LABELS[t.kind],
      bloc: t.blocName ?? '',
      status: t.status === 'frozen' ? 'Đang dùng (khóa)' : 'Dự thảo',
      updatedAt: dateVn(t.updatedAt.slice(0, 10)),
    });
  return { filename: `Danh sách bảng điểm${q.year ? ` năm ${q.year}` : ''}.xlsx`, content: await toBuffer(wb) };
}
