import type { z } from 'zod';
import type { ProcedureList, ProceduresQuery } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import type { Database, ProcedureTable } from '../../db/schema.ts';
import type { Deps } from '../../platform/context.ts';
import { defineList } from '../../platform/lists.ts';
import { shownVersion, summaryOf } from './rows.ts';

/** The catalog as a paged list: by code or name, searched without diacritics on code and name. */
export const procedureList = defineList<
  Database,
  'procedures',
  ProcedureTable,
  Omit<z.output<typeof ProceduresQuery>, 'page' | 'pageSize'>
>({
  sorts: { code: ['code'], name: ['search_key'] },
  tieBreaker: 'id',
  // The key holds the code and the name without diacritics: "giay phep ban le ruou" or "2.000635".
  search: ['search_key'],
  filters: {
    field: (q, field) => q.where('field', '=', field),
    status: (q, status) => q.where('status', '=', status),
  },
});

export const procedureSearchKey = (code: string, name: string) => searchKey(`${code} ${name}`);

export async function listProcedures(
  deps: Deps,
  q: z.output<typeof ProceduresQuery>,
): Promise<z.infer<typeof ProcedureList>> {
  const db = deps.db.kysely;
  const page = await procedureList.page(db.selectFrom('procedures').selectAll(), q);
  const ids = page.items.map((p) => p.id);
  const versions = ids.length
    ? await db
        .selectFrom('procedure_versions')
        .selectAll()
        .where('procedure_id', 'in', ids)
        .where('status', 'in', ['draft', 'published', 'abolished'])
        .execute()
    : [];
  return {
    ...page,
    items: page.items.map((p) =>
      summaryOf(
        p,
        shownVersion(
          p,
          versions.filter((v) => v.procedure_id === p.id),
        ),
      ),
    ),
  };
}
