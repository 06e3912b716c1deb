import { z } from 'zod';
import { Page, PageSize, searchText } from './common.ts';

/** `name` orders ascending, `-name` descending. */
export type SortParam<S extends string> = S | `-${S}`;

/**
 * The query of a paged list: its own filters, then `q` (a diacritics-free search), `sort` (one of
 * the columns the list declares, `-` for descending), `page` and `pageSize`. An unknown sort
 * column is refused with a message naming the ones allowed, not ignored.
 */
export function listQuery<S extends string, F extends z.ZodRawShape>(
  sorts: readonly [S, ...S[]],
  defaultSort: SortParam<S>,
  filters: F,
) {
  const allowed = sorts.flatMap((s) => [s, `-${s}`]) as [SortParam<S>, ...SortParam<S>[]];
  const sort = z
    .enum(allowed, {
      error: () => `Không sắp xếp được theo cột này. Chọn một trong: ${sorts.join(', ')} (thêm "-" để giảm dần)`,
    })
    .default(defaultSort as never);
  return z.object({ ...filters, q: searchText(200).optional(), sort, page: Page, pageSize: PageSize });
}
