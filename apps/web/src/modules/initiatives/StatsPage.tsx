import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, InputNumber, Row, Space, Statistic, Table, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { FileExcelOutlined } from '../../lib/icons.tsx';
import { EChart } from '../../components/EChart.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { downloadRegistry, useInitiativeStats, type Stats } from './api.ts';

/** "Thống kê sáng kiến": how many initiatives over any span of years, and how many recognised province-wide. */
export default function StatsPage() {
  const t = useT();
  const labels = useLabels();
  const year = new Date().getFullYear();
  const [from, setFrom] = useState(year - 4);
  const [to, setTo] = useState(year);
  const { data, error, isFetching } = useInitiativeStats(from, to);

  const byYear = useMemo(() => {
    if (!data) return {};
    const series = (['grassroots', 'provincial', 'national', 'unrecognised'] as const).map((k) => ({
      name: k === 'unrecognised' ? t('initiatives.unrecognised') : labels.recognition[k],
      type: 'bar',
      stack: 'total',
      data: data.byYear.map((y) => y[k]),
    }));
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: data.byYear.map((y) => String(y.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    };
  }, [data, labels, t]);
  const byField = useMemo(
    () =>
      data
        ? {
            tooltip: { trigger: 'axis' },
            grid: { left: 180, right: 24, top: 8, bottom: 24 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: data.byField.map((f) => f.field).reverse() },
            series: [{ type: 'bar', data: data.byField.map((f) => f.total).reverse() }],
          }
        : {},
    [data],
  );

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('nav.initiativeStats')}</Typography.Title>
        <Space wrap>
          <Typography.Text>{t('initiatives.fromYear')}</Typography.Text>
          <InputNumber
            aria-label={t('initiatives.fromYear')}
            min={1945}
            max={2100}
            value={from}
            onChange={(v) => v && setFrom(v)}
          />
          <Typography.Text>{t('initiatives.toYear')}</Typography.Text>
          <InputNumber
            aria-label={t('initiatives.toYear')}
            min={1945}
            max={2100}
            value={to}
            onChange={(v) => v && setTo(v)}
          />
          <Button icon={<FileExcelOutlined />} onClick={() => void downloadRegistry(from, to)}>
            {t('initiatives.exportExcel')}
          </Button>
          <ExportButton
            path="/initiatives/stats/export.xlsx"
            filename={`thong-ke-sang-kien-${from}-${to}.xlsx`}
            query={{ from, to }}
            label={t('initiatives.exportStats')}
          />
        </Space>
      </div>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      {data && <Totals data={data} loading={isFetching} />}
      {data && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} lg={14}>
            <Card title={t('initiatives.byYear')}>
              <EChart option={byYear} style={{ height: 320 }} />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('initiatives.byField')}>
              <EChart option={byField} style={{ height: 320 }} />
            </Card>
          </Col>
          <Col span={24}>
            <Card title={t('initiatives.byUnit')}>
              <Table
                rowKey="orgId"
                size="small"
                pagination={false}
                dataSource={data.byUnit}
                columns={[
                  { key: 'name', title: t('people.org'), dataIndex: 'name' },
                  { key: 'total', title: t('initiatives.count'), dataIndex: 'total', align: 'right' },
                  {
                    key: 'wide',
                    title: t('initiatives.provincialOrWider'),
                    dataIndex: 'provincialOrWider',
                    align: 'right',
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

function Totals({ data, loading }: { data: Stats; loading: boolean }) {
  const t = useT();
  const labels = useLabels();
  const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  const cards = [
    { key: 'total', title: t('initiatives.totalIn', { from: data.from, to: data.to }), value: data.total },
    { key: 'wide', title: t('initiatives.provincialOrWider'), value: data.provincialOrWider },
    { key: 'grassroots', title: cap(labels.recognition.grassroots), value: data.byLevel.grassroots },
    { key: 'national', title: cap(labels.recognition.national), value: data.byLevel.national },
    { key: 'unrecognised', title: t('initiatives.unrecognised'), value: data.byLevel.unrecognised },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={4}>
          <Card loading={loading && !data}>
            <div data-testid={`stat-${c.key}`}>
              <Statistic title={c.title} value={c.value} groupSeparator="." />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
