import { Card, Table, Tag, Typography } from 'antd';
import type { SummaryData, SummaryTable } from '@thidua/contracts';
import { useT } from '../../i18n/index.tsx';
import { figureText } from './summaryApi.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

function DataTable({ table, noData }: { table: SummaryTable; noData: string }) {
  const cell = (v: string | number | null) => (typeof v === 'string' ? v : figureText(v, '', table.decimals, noData));
  return (
    <>
      <Typography.Text strong>
        {table.title} <Tag>{table.sourceId}</Tag>
      </Typography.Text>
      <Table
        size="small"
        bordered
        pagination={false}
        style={{ margin: '8px 0 16px' }}
        rowKey={(_, i) => String(i)}
        scroll={{ x: 'max-content' }}
        columns={table.columns.map((c, i) => ({
          key: String(i),
          title: c,
          align: i === 0 ? 'left' : 'right',
          render: (_: unknown, row: (string | number | null)[]) => cell(row[i] ?? null),
        }))}
        dataSource={table.rows}
      />
    </>
  );
}

/** The report's chapters as computed: each figure with its value in its unit and the source it comes from. */
export function SummaryFigures({ data }: { data: SummaryData }) {
  const t = useT();
  const noData = t('summary.noData');
  return (
    <>
      {data.chapters.map((c, n) => (
        <Card key={c.key} title={`${ROMAN[n]}. ${c.title}`} size="small" style={{ marginBottom: 16 }}>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            style={{ marginBottom: c.tables.length ? 16 : 0 }}
            columns={[
              { key: 'label', title: t('summary.figure'), dataIndex: 'label' },
              {
                key: 'value',
                title: t('summary.value'),
                align: 'right',
                render: (_, f) =>
                  f.value === null ? (
                    <Typography.Text type="secondary">{noData}</Typography.Text>
                  ) : (
                    <strong>{figureText(f.value, f.unit, f.decimals, noData)}</strong>
                  ),
              },
              { key: 'source', title: t('summary.source'), width: 80, render: (_, f) => <Tag>{f.sourceId}</Tag> },
            ]}
            dataSource={c.figures}
          />
          {c.tables.map((tb) => (
            <DataTable key={tb.key} table={tb} noData={noData} />
          ))}
        </Card>
      ))}
      <Card title={t('summary.sources')} size="small" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          columns={[
            { key: 'id', title: '', dataIndex: 'id', width: 60 },
            { key: 'module', title: t('summary.source.module'), dataIndex: 'module', width: 200 },
            { key: 'what', title: t('summary.source.what'), dataIndex: 'what' },
            { key: 'filters', title: t('summary.source.filters'), dataIndex: 'filters', width: 220 },
            { key: 'period', title: t('summary.source.period'), dataIndex: 'period', width: 120 },
          ]}
          dataSource={data.sources}
        />
      </Card>
    </>
  );
}
