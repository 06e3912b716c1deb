import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { PivotResponse } from '@thidua/contracts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatChange, formatStat } from './numbers.ts';

type Cell = PivotResponse['cells'][number];
type Line = { key: number; labels: string[]; decimals: number };

/** What each comparison adds under a column: the cell's field, its heading, and whether it is a percent. */
const EXTRA: Record<string, { field: keyof Cell; label: MessageKey; percent?: boolean }[]> = {
  prevYear: [{ field: 'prevYear', label: 'stat.pivot.prevYear' }],
  growth: [{ field: 'growth', label: 'stat.pivot.growth', percent: true }],
  ytd: [{ field: 'ytd', label: 'stat.pivot.ytd' }],
  ytdGrowth: [{ field: 'ytdGrowth', label: 'stat.pivot.ytdGrowth', percent: true }],
  target: [
    { field: 'target', label: 'stat.pivot.target' },
    { field: 'targetShare', label: 'stat.pivot.targetShare', percent: true },
  ],
};

/**
 * The pivot as the department's monthly report prints it: a row per combination of the row dimensions, a
 * column per combination of the column dimensions, each followed by the chosen comparisons ("cùng kỳ",
 * "tăng trưởng", "lũy kế", "kế hoạch năm"). A figure that cannot be computed says so, never 0.
 */
export function PivotTable({ data, rowDims }: { data: PivotResponse; rowDims: string[] }) {
  const { t, lang } = useI18n();
  const cells = new Map<string, Cell>();
  for (const c of data.cells) cells.set(`${c.row}:${c.column}`, c);
  const decimalsOf = new Map(data.indicators.map((i) => [i.code, i.decimals]));
  const fallback = data.indicators.length === 1 ? data.indicators[0]!.decimals : undefined;
  const lines: Line[] = data.rows.map((r, i) => ({
    key: i,
    labels: r.labels,
    decimals: (r.indicator ? decimalsOf.get(r.indicator) : undefined) ?? fallback ?? 1,
  }));

  const shown = (value: number | null | undefined, percent: boolean, decimals: number) =>
    value === null || value === undefined ? (
      <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
        {t('stat.pivot.noData')}
      </Typography.Text>
    ) : percent ? (
      formatChange(value, lang).replace(/^\+/u, '')
    ) : (
      formatStat(value, decimals, lang)
    );

  const columnDecimals = (col: PivotResponse['columns'][number], line: Line) =>
    (col.indicator ? decimalsOf.get(col.indicator) : undefined) ?? line.decimals;

  const columns: TableColumnsType<Line> = [
    ...(rowDims.length ? rowDims : ['']).map((dim, d) => ({
      key: `row-${d}`,
      title: dim ? t(`stat.dim.${dim}` as MessageKey) : '',
      fixed: 'left' as const,
      render: (_: unknown, line: Line) => line.labels[d] ?? '',
    })),
    ...data.columns.map((col, c) => {
      const title = col.labels.join(' — ');
      const extras = data.compare.flatMap((k) => EXTRA[k] ?? []);
      const valueColumn = {
        key: `c${c}-value`,
        title: extras.length ? t('stat.pivot.value') : title,
        align: 'right' as const,
        render: (_: unknown, line: Line) =>
          shown(cells.get(`${line.key}:${c}`)?.value, false, columnDecimals(col, line)),
      };
      if (!extras.length) return valueColumn;
      return {
        key: `c${c}`,
        title,
        children: [
          valueColumn,
          ...extras.map((x) => ({
            key: `c${c}-${String(x.field)}`,
            title: t(x.label),
            align: 'right' as const,
            render: (_: unknown, line: Line) =>
              shown(
                cells.get(`${line.key}:${c}`)?.[x.field] as number | null | undefined,
                Boolean(x.percent),
                columnDecimals(col, line),
              ),
          })),
        ],
      };
    }),
  ];

  return (
    <Table<Line>
      className="stat-pivot"
      aria-label={t('stat.pivot.table')}
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={lines}
      pagination={lines.length > 100 ? { pageSize: 100 } : false}
      scroll={{ x: 'max-content' }}
    />
  );
}
