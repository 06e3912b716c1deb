import { sql, type SelectQueryBuilder } from 'kysely';
import { num } from '../db/index.ts';
import { AppError } from './errors.ts';

/** Exports take the whole view, not a page; above this many rows they refuse rather than cut silently. */
export const EXPORT_ROW_LIMIT = 20000;

type Order<DB, TB extends keyof DB, O> = (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>;

/** Rows the filtered query yields, without its select list or order (COUNT comes back as a string on PostgreSQL). */
async function countOf<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  // Kysely cannot narrow a generic builder's row type: the row is the one column selected here.
  const row = (await query
    .clearSelect()
    .clearOrderBy()
    .select(sql<number | string>`count(*)`.as('n'))
    .executeTakeFirst()) as { n?: number | string } | undefined;
  return num(row?.n);
}

/**
 * One page of a filtered query, in the shape of `paged()` in the contracts. `order` must end on a
 * unique column so that pages neither repeat nor skip rows.
 */
export async function pageOf<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  p: { page: number; pageSize: number },
  order: Order<DB, TB, O>,
): Promise<{ items: O[]; total: number; page: number; pageSize: number; totalExact: true }> {
  const [items, total] = await Promise.all([
    order(query)
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize)
      .execute(),
    countOf(query),
  ]);
  return { items, total, page: p.page, pageSize: p.pageSize, totalExact: true };
}

/** Every row of the view for an export, or a 413 when there are more than `limit`. */
export async function allOf<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: Order<DB, TB, O>,
  limit = EXPORT_ROW_LIMIT,
): Promise<O[]> {
  const total = await countOf(query);
  if (total > limit)
    throw new AppError(
      413,
      'export_too_large',
      `Danh sách có ${total.toLocaleString('vi-VN')} dòng, vượt giới hạn xuất Excel ${limit.toLocaleString('vi-VN')} dòng. Hãy lọc bớt (theo năm, trạng thái…) rồi xuất lại.`,
    );
  return order(query).execute();
}
