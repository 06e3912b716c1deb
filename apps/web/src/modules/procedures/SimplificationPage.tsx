import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Col, InputNumber, Row, Segmented, Space, Table, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatMoney, formatNumber } from '../../lib/format.ts';
import { ArrowLeftOutlined } from '../../lib/icons.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { useSimplification } from './api.ts';
import { SimplificationItems } from './SimplificationItems.tsx';
import type { SimplificationRow } from './types.ts';

/**
 * "Kết quả đơn giản hóa thủ tục": how many days and how many đồng of compliance cost the amendments cut,
 * by year or by field, over a span of years kept in the URL.
 */
export default function SimplificationPage() {
  const t = useT();
  const thisYear = new Date().getFullYear();
  const [url, setUrl] = useUrlState((p) => ({ by: p.get('by'), from: p.get('from'), to: p.get('to') }));
  const by = url.by === 'field' ? 'field' : 'year';
  const fromYear = Number(url.from) || thisYear - 4;
  const toYear = Number(url.to) || thisYear;
  const { data, error, isFetching } = useSimplification({ by, from: `${fromYear}-01-01`, to: `${toYear}-12-31` });

  const chart = useMemo(() => {
    const rows = data?.rows ?? [];
    const horizontal = by === 'field';
    const categories = rows.map((r) => r.label);
    const axis = { type: 'category', data: horizontal ? [...categories].reverse() : categories };
    const series = (values: number[]) => (horizontal ? [...values].reverse() : values);
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: horizontal ? { left: 220, right: 60, top: 8, bottom: 56 } : { left: 48, right: 60, top: 16, bottom: 56 },
      [horizontal ? 'yAxis' : 'xAxis']: axis,
      [horizontal ? 'xAxis' : 'yAxis']: [
        { type: 'value', name: t('procedures.daysAxis'), minInterval: 1 },
        { type: 'value', name: t('procedures.millionAxis'), position: horizontal ? 'top' : 'right' },
      ],
      series: [
        { name: t('procedures.workingDaysCut'), type: 'bar', data: series(rows.map((r) => r.workingDaysCut)) },
        { name: t('procedures.calendarDaysCut'), type: 'bar', data: series(rows.map((r) => r.calendarDaysCut)) },
        {
          name: t('procedures.costCutMillion'),
          type: 'bar',
          [horizontal ? 'xAxisIndex' : 'yAxisIndex']: 1,
          data: series(rows.map((r) => Math.round(r.costCut / 100_000) / 10)),
        },
      ],
    };
  }, [data, by, t]);

  const money = (n: number) => formatMoney(n);
  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('procedures.simplificationTitle')}
          </Typography.Title>
          <Link to="/procedures">
            <ArrowLeftOutlined /> {t('procedures.toCatalog')}
          </Link>
        </Space>
        <Space wrap>
          <Segmented
            aria-label={t('procedures.groupBy')}
            value={by}
            onChange={(v) => setUrl({ by: v === 'year' ? null : String(v) })}
            options={[
              { value: 'year', label: t('procedures.byYear') },
              { value: 'field', label: t('procedures.byField') },
            ]}
          />
          <Typography.Text>{t('procedures.fromYear')}</Typography.Text>
          <InputNumber
            aria-label={t('procedures.fromYear')}
            min={2000}
            max={2100}
            value={fromYear}
            onChange={(v) => v && setUrl({ from: String(v) })}
          />
          <Typography.Text>{t('procedures.toYear')}</Typography.Text>
          <InputNumber
            aria-label={t('procedures.toYear')}
            min={2000}
            max={2100}
            value={toYear}
            onChange={(v) => v && setUrl({ to: String(v) })}
          />
          <ExportButton
            path="/procedures/simplification/export.xlsx"
            filename="ket-qua-don-gian-hoa.xlsx"
            query={{ by, from: `${fromYear}-01-01`, to: `${toYear}-12-31` }}
          />
        </Space>
      </div>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card>
            <Table<SimplificationRow>
              size="small"
              rowKey="key"
              loading={isFetching}
              pagination={false}
              dataSource={data?.rows ?? []}
              locale={{ emptyText: <EmptyText loading={isFetching}>{t('procedures.simplificationEmpty')}</EmptyText> }}
              columns={[
                {
                  key: 'label',
                  title: by === 'year' ? t('procedures.year') : t('procedures.field'),
                  dataIndex: 'label',
                },
                {
                  key: 'amendments',
                  title: t('procedures.amendments'),
                  align: 'right',
                  render: (_, r) => formatNumber(r.amendments),
                },
                {
                  key: 'working',
                  title: t('procedures.workingDaysCut'),
                  align: 'right',
                  render: (_, r) => formatNumber(r.workingDaysCut),
                },
                {
                  key: 'calendar',
                  title: t('procedures.calendarDaysCut'),
                  align: 'right',
                  render: (_, r) => formatNumber(r.calendarDaysCut),
                },
                {
                  key: 'perDossier',
                  title: t('procedures.costCutPerDossier'),
                  align: 'right',
                  render: (_, r) => money(r.costCutPerDossier),
                },
                {
                  key: 'costCut',
                  title: t('procedures.costCutYear'),
                  align: 'right',
                  render: (_, r) => money(r.costCut),
                },
                {
                  key: 'notComparable',
                  title: t('procedures.notComparable'),
                  align: 'right',
                  render: (_, r) => formatNumber(r.notComparable),
                },
              ]}
              summary={() =>
                data && data.rows.length > 1 ? (
                  <Table.Summary.Row style={{ fontWeight: 600 }}>
                    <Table.Summary.Cell index={0}>{t('procedures.total')}</Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="right">
                      {formatNumber(data.total.amendments)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {formatNumber(data.total.workingDaysCut)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      {formatNumber(data.total.calendarDaysCut)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      {money(data.total.costCutPerDossier)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">
                      {money(data.total.costCut)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={6} align="right">
                      {formatNumber(data.total.notComparable)}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                ) : null
              }
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('procedures.simplificationHint')}
            </Typography.Paragraph>
          </Card>
        </Col>
        {data && data.rows.length > 0 && (
          <Col span={24}>
            <Card title={t('procedures.simplificationChart')}>
              <EChart
                option={chart}
                style={{ height: by === 'field' ? Math.max(260, data.rows.length * 56 + 90) : 320 }}
              />
            </Card>
          </Col>
        )}
        {data && data.items.length > 0 && (
          <Col span={24}>
            <Card title={t('procedures.simplificationItems')}>
              <SimplificationItems items={data.items} />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
