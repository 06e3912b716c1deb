import type { ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { api } from '../api/client.ts';
import { problemText } from '../api/problems.ts';
import { useT } from '../i18n/index.tsx';
import { EmptyText } from './EmptyText.tsx';
import { ExportButton } from './ExportButton.tsx';
import { formatNumber } from '../lib/format.ts';
import { SearchOutlined } from '../lib/icons.tsx';
import { PAGE_SIZES, type ListState } from './useListState.ts';

export { useListState } from './useListState.ts';
export type { ListState } from './useListState.ts';

interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** False when the server stopped counting at a cap (a very long list): the total is "more than". */
  totalExact?: boolean;
}

export interface ListPageProps<T> {
  title: ReactNode;
  /** Buttons beside the title (create, record…). */
  actions?: ReactNode;
  /** The API path of the list (`/movements`) and the query key prefix its mutations invalidate. */
  path: string;
  queryKey: readonly unknown[];
  state: ListState;
  /** Sort names the server accepts; columns with one of these keys sort on the server. */
  sorts: readonly string[];
  searchLabel: string;
  /** The list's own filters, shown after the search box (given the list's total, e.g. for a badge). */
  filters?: ReactNode | ((total: number | undefined) => ReactNode);
  columns: TableColumnsType<T>;
  emptyText: ReactNode;
  /** Whether the view is narrowed by a search or filter (default: any of them set); a list whose filter is a mode of its own says otherwise. */
  narrowed?: boolean;
  /** The Excel export of the view on screen (every row of it, not the page): its path and file name. */
  exportTo?: { path: string; filename: string; query?: Record<string, string | number | undefined> };
  /** The total under the table (default "Tổng số n"); `exact` is false when the server counted only up to a cap. */
  totalText?: (total: number, exact: boolean) => ReactNode;
  /** Opens a row when it is clicked anywhere (its first column should still hold a link, for the keyboard). */
  onRowClick?: (row: T) => void;
  /** A row's class (a colour for an overdue record…). */
  rowClassName?: (row: T) => string;
  children?: ReactNode;
}

/**
 * The one list page: title and actions, a filter bar with the search box, a table paged and sorted
 * on the server, the view kept in the URL (see `useListState`) and exported to Excel as shown.
 */
export function ListPage<T extends { id: string }>(props: ListPageProps<T>) {
  const t = useT();
  const { state } = props;
  const params = { ...state.view, page: state.page, pageSize: state.pageSize };
  const { data, isFetching, error } = useQuery<Paged<T>>({
    queryKey: [...props.queryKey, 'list', params],
    queryFn: ({ signal }) => api.get<Paged<T>>(props.path, params, signal),
    placeholderData: keepPreviousData,
  });

  const desc = state.sort.startsWith('-');
  const sortKey = desc ? state.sort.slice(1) : state.sort;
  const columns = props.columns.map((c) =>
    typeof c.key === 'string' && props.sorts.includes(c.key)
      ? {
          ...c,
          sorter: true,
          sortDirections: ['ascend', 'descend'] as const,
          sortOrder: c.key === sortKey ? (desc ? ('descend' as const) : ('ascend' as const)) : null,
        }
      : c,
  ) as TableColumnsType<T>;

  const onChange: TableProps<T>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter)) return;
    const next = sorter.order ? `${sorter.order === 'descend' ? '-' : ''}${String(sorter.columnKey)}` : null;
    props.state.set({ sort: next && next !== state.defaultSort ? next : null });
  };

  // A search or filter that finds nothing must not read as an empty register: say so, and offer the way back.
  const narrowed = props.narrowed ?? (!!state.q || Object.values(state.filters).some((v) => v != null && v !== ''));
  const emptyText =
    narrowed && !isFetching ? (
      <Space direction="vertical" size={4}>
        <span>{t('list.noMatch')}</span>
        <Button
          size="small"
          onClick={() =>
            state.set({ q: null, ...Object.fromEntries(Object.keys(state.filters).map((k) => [k, null])) })
          }
        >
          {t('list.clearFilters')}
        </Button>
      </Space>
    ) : (
      <EmptyText loading={isFetching}>{props.emptyText}</EmptyText>
    );

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{props.title}</Typography.Title>
        <Space wrap>
          {props.exportTo && (
            <ExportButton
              path={props.exportTo.path}
              filename={props.exportTo.filename}
              query={{ ...state.view, ...props.exportTo.query }}
            />
          )}
          {props.actions}
        </Space>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Input
            aria-label={props.searchLabel}
            placeholder={props.searchLabel}
            prefix={<SearchOutlined />}
            allowClear
            value={state.q}
            onChange={(e) => state.set({ q: e.target.value || null })}
            style={{ width: 280 }}
          />
          {typeof props.filters === 'function' ? props.filters(data?.total) : props.filters}
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<T>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        columns={columns}
        size="middle"
        locale={{ emptyText }}
        onChange={onChange}
        showSorterTooltip={false}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: (data?.total ?? 0) > PAGE_SIZES[0]!,
          hideOnSinglePage: (data?.total ?? 0) <= PAGE_SIZES[0]!,
          showTotal: (n) =>
            props.totalText
              ? props.totalText(n, data?.totalExact !== false)
              : t('common.total', { count: formatNumber(n) }),
          onChange: state.setPage,
        }}
        scroll={{ x: 'max-content' }}
        {...(props.rowClassName ? { rowClassName: props.rowClassName } : {})}
        {...(props.onRowClick
          ? { onRow: (row: T) => ({ onClick: () => props.onRowClick?.(row), className: 'clickable-row' }) }
          : {})}
      />
      {props.children}
    </>
  );
}
