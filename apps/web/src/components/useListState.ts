import { useDebounced } from '../lib/useDebounced.ts';
import { useUrlState } from '../lib/useUrlState.ts';

export const PAGE_SIZES = [20, 50, 100];

/** What `ListPage` needs of a list's view. */
export interface ListState {
  filters: Record<string, string | null>;
  /** The search box as typed; the request waits for a pause in typing. */
  q: string;
  sort: string;
  defaultSort: string;
  page: number;
  pageSize: number;
  /** Sets filters (or `q`, `sort`) and returns to the first page. */
  set(patch: Partial<Record<string, string | null>>): void;
  setPage(page: number, size: number): void;
  /** What the server is asked: the filters, the settled search, the sort (page and size apart). */
  view: Record<string, string | null | undefined>;
}

/**
 * A list's view — its own filters, the search text, the sort, the page and its size — kept in the
 * query string, so that Back, a reload or a shared link shows the same rows. Changing a filter,
 * the search or the sort goes back to the first page.
 */
export function useListState<K extends string>(
  filterKeys: readonly K[],
  defaultSort: string,
): ListState & {
  filters: Record<K, string | null>;
  set(patch: Partial<Record<K | 'q' | 'sort', string | null>>): void;
} {
  const [values, setUrl] = useUrlState((params) => {
    const out: Record<string, string | null> = {};
    for (const key of [...filterKeys, 'q', 'sort', 'page', 'pageSize']) out[key] = params.get(key);
    return out;
  });
  const search = useDebounced(values.q ?? '', 300);
  const pageSize = PAGE_SIZES.includes(Number(values.pageSize)) ? Number(values.pageSize) : 50;
  const page = Math.max(1, Math.floor(Number(values.page)) || 1);
  const sort = values.sort || defaultSort;
  const filters = Object.fromEntries(filterKeys.map((k) => [k, values[k] ?? null])) as Record<K, string | null>;
  return {
    filters,
    q: values.q ?? '',
    sort,
    defaultSort,
    page,
    pageSize,
    set: (patch: Partial<Record<string, string | null>>) => setUrl({ ...patch, page: null }),
    setPage: (p: number, size: number) =>
      setUrl({ page: p > 1 && size === pageSize ? String(p) : null, pageSize: size === 50 ? null : String(size) }),
    view: { ...filters, q: search.trim() || undefined, sort },
  };
}
