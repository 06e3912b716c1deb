import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { searchKey } from '@thidua/domain';
import { num } from '../db/index.ts';
import { AppError, badRequest } from './errors.ts';

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

/** A column (or expression) a list orders by; `nullable` ones put empty values last on both databases. */
export type SortColumn = string | Expression<unknown> | { ref: string | Expression<unknown>; nullable: true };

/**
 * What a module declares about one of its lists; `defineList` turns it into validated filtering,
 * ordering, paging and exports. The query's own fields (`q`, `sort`, `page`, `pageSize`) come from
 * `listQuery` in the contracts, whose sort names must be the keys of `sorts`.
 */
export interface ListSpec<DB, TB extends keyof DB, O, Q extends ListParams> {
  /** Sort name → the columns it orders by, most significant first (the direction applies to all). */
  sorts: Record<Exclude<Q['sort'], `-${string}`>, SortColumn[]>;
  /** A unique column ending every order, so that rows tied on the sort neither repeat nor skip between pages. */
  tieBreaker: string;
  /** Diacritics-free, lower-case key columns the search box matches: each word of `q` must appear in one of them. */
  search?: string[];
  /** Filters by query field, applied when the field has a value (other fields need their own code). */
  filters?: {
    [K in keyof Q]?: (query: SelectQueryBuilder<DB, TB, O>, value: NonNullable<Q[K]>) => SelectQueryBuilder<DB, TB, O>;
  };
}

export interface ListParams {
  q?: string | undefined;
  sort: string;
}

const refOf = (c: string | Expression<unknown>) => (typeof c === 'string' ? sql.ref(c) : c);

/** Filtering, ordering and paging of one list, declared once; see `ListSpec`. */
export function defineList<DB, TB extends keyof DB, O, Q extends ListParams>(spec: ListSpec<DB, TB, O, Q>) {
  const sorts = spec.sorts as Record<string, SortColumn[]>;
  /** The filters and the search, without order or page. */
  const filter = (query: SelectQueryBuilder<DB, TB, O>, q: Omit<Q, 'page' | 'pageSize'>) => {
    let out = query;
    for (const [field, apply] of Object.entries(spec.filters ?? {}) as [
      string,
      (x: typeof out, v: unknown) => typeof out,
    ][]) {
      const value = (q as Record<string, unknown>)[field];
      if (value !== undefined && value !== null && value !== '') out = apply(out, value);
    }
    const words = q.q && spec.search?.length ? searchKey(q.q).split(' ').filter(Boolean) : [];
    for (const word of words) {
      const columns = spec.search ?? [];
      // searchKey leaves neither % nor _ in a word: it is a literal inside the pattern.
      const match = sql<SqlBool>`(${sql.join(
        columns.map((c) => sql`${sql.ref(c)} like ${`%${word}%`}`),
        sql` or `,
      )})`;
      out = out.where(match as never) as typeof out;
    }
    return out;
  };
  /** The order a sort parameter asks for, refused in Vietnamese (400, naming `sort`) when unknown. */
  const order = (sort: string) => {
    const desc = sort.startsWith('-');
    const columns = sorts[desc ? sort.slice(1) : sort];
    if (!columns)
      throw badRequest('invalid_sort', `Không sắp xếp được theo "${sort}".`, [
        { path: 'sort', message: `Chọn một trong: ${Object.keys(sorts).join(', ')} (thêm "-" để giảm dần)` },
      ]);
    const dir = desc ? 'desc' : 'asc';
    return (query: SelectQueryBuilder<DB, TB, O>) => {
      let out = query;
      for (const c of columns) {
        if (typeof c === 'string' || !('nullable' in c)) {
          out = out.orderBy(refOf(c) as never, dir);
          continue;
        }
        // Empty values last in both directions and on both databases (their NULL orders differ).
        out = out
          .orderBy(sql`case when ${refOf(c.ref)} is null then 1 else 0 end` as never)
          .orderBy(refOf(c.ref) as never, dir);
      }
      return out.orderBy(sql.ref(spec.tieBreaker) as never, dir);
    };
  };
  return {
    filter,
    order,
    /** One page of the filtered, ordered list in the `paged()` shape. */
    page: (query: SelectQueryBuilder<DB, TB, O>, q: Q & { page: number; pageSize: number }) =>
      pageOf(filter(query, q), q, order(q.sort)),
    /** The whole filtered, ordered view for an export (413 above the limit). */
    all: (query: SelectQueryBuilder<DB, TB, O>, q: Omit<Q, 'page' | 'pageSize'>, limit = EXPORT_ROW_LIMIT) =>
      allOf(filter(query, q), order(q.sort), limit),
  };
}
