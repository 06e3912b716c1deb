import { useState } from 'react';
import { Alert, Card, Col, Empty, Row, Select, Spin, Statistic, Table, Tag } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { DashboardView, MovementView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDashboard } from './api.ts';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../../components/EChart.tsx';

type Unit = DashboardView['units'][number];
const CHART_HEIGHT = 320;
const axisTooltip = { trigger: 'axis' as const, valueFormatter: (v: unknown) => formatNumber(Number(v)) };

function Chart({ option, testId, label }: { option: EChartsCoreOption; testId: string; label: string }) {
  return (
    <div data-testid={testId} role="img" aria-label={label}>
      <EChart option={option} style={{ height: CHART_HEIGHT }} />
    </div>
  );
}

/** "Bảng theo dõi": totals, achievement per unit, the trend per period and the titles registered. */
export default function DashboardTab({ movement }: { movement: MovementView }) {
  const t = useT();
  const { data, isPending, error } = useDashboard(movement.id);
  const [trendTarget, setTrendTarget] = useState<string | undefined>();
  if (isPending) return <Spin />;
  if (!data) return <Alert type="error" showIcon title={problemText(error, t)} />;

  const { totals, targets, units, series, titles } = data;
  const unitNames = units.map((u) => u.orgName);
  const ratioOption = {
    tooltip: { ...axisTooltip, valueFormatter: (v: unknown) => (v == null ? '—' : `${formatNumber(Number(v))}%`) },
    legend: { type: 'scroll' as const, top: 0 },
    grid: { left: 48, right: 16, bottom: 80, top: 48 },
    xAxis: {
      type: 'category' as const,
      data: unitNames,
      axisLabel: { rotate: 30, interval: 0, width: 140, overflow: 'truncate' },
    },
    yAxis: { type: 'value' as const, axisLabel: { formatter: '{value}%' } },
    series: targets.map((tg) => ({
      type: 'bar' as const,
      name: tg.name,
      data: units.map((u) => u.results.find((r) => r.targetId === tg.id)?.ratio ?? null),
    })),
  };
  const periods = [...new Map(series.map((s) => [s.period, s.label])).entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // One target at a time: targets have different units (%, sáng kiến, triệu đồng) and cannot share an axis.
  const shown = targets.find((tg) => tg.id === trendTarget) ?? targets[0];
  const trendOption = {
    tooltip: {
      ...axisTooltip,
      valueFormatter: (v: unknown) => (v == null ? '—' : `${formatNumber(Number(v))} ${shown?.unit ?? ''}`),
    },
    grid: { left: 64, right: 16, bottom: 40, top: 32 },
    xAxis: { type: 'category' as const, data: periods.map(([, label]) => label) },
    yAxis: { type: 'value' as const, name: shown?.unit ?? '' },
    series: shown
      ? [
          {
            type: 'line' as const,
            name: shown.name,
            data: periods.map(
              ([key]) => series.find((s) => s.period === key && s.targetId === shown.id)?.total ?? null,
            ),
          },
        ]
      : [],
  };
  const titlesOption = {
    tooltip: axisTooltip,
    grid: { left: 220, right: 24, bottom: 24, top: 16 },
    xAxis: { type: 'value' as const, minInterval: 1 },
    yAxis: {
      type: 'category' as const,
      data: titles.map((x) => x.awardName),
      axisLabel: { width: 200, overflow: 'truncate' },
    },
    series: [{ type: 'bar' as const, name: t('movements.titlesRegistered'), data: titles.map((x) => x.registered) }],
  };

  const stats = [
    { key: 'registered', title: t('movements.statRegistered'), value: `${totals.registered}/${totals.participants}` },
    { key: 'reporting', title: t('movements.statReporting'), value: `${totals.reporting}/${totals.participants}` },
    { key: 'people', title: t('movements.statPeople'), value: formatNumber(totals.registeredPeople) },
    { key: 'exemplars', title: t('movements.statExemplars'), value: formatNumber(totals.exemplars) },
    { key: 'met', title: t('movements.statMet'), value: `${totals.targetsMet}/${totals.targetsTracked}` },
  ];

  const columns = [
    { key: 'org', title: t('movements.unit'), dataIndex: 'orgName', fixed: 'left' as const },
    ...targets.map((tg) => ({
      key: tg.id,
      title: `${tg.name} (${tg.unit})`,
      render: (_: unknown, u: Unit) => {
        const r = u.results.find((x) => x.targetId === tg.id);
        if (!r || (r.committed === null && r.achieved === null)) return t('common.none');
        return (
          <span>
            {formatNumber(r.achieved) || '—'} / {formatNumber(r.committed) || '—'}
            {r.ratio !== null && ` (${formatNumber(r.ratio)}%)`}{' '}
            {r.met !== null && (
              <Tag color={r.met ? 'green' : 'red'}>{r.met ? t('movements.met') : t('movements.notMet')}</Tag>
            )}
          </span>
        );
      },
    })),
  ];

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={s.title} value={s.value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('movements.chartRatio')}>
            <Chart option={ratioOption} testId="chart-ratio" label={t('movements.chartRatio')} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('movements.chartTrend')}
            extra={
              targets.length > 1 && (
                <Select
                  size="small"
                  style={{ width: 240 }}
                  aria-label={t('movements.trendTarget')}
                  value={shown?.id}
                  onChange={setTrendTarget}
                  options={targets.map((tg) => ({ value: tg.id, label: `${tg.name} (${tg.unit})` }))}
                />
              )
            }
          >
            <Chart option={trendOption} testId="chart-trend" label={t('movements.chartTrend')} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('movements.chartTitles')}>
            {titles.length ? (
              <Chart option={titlesOption} testId="chart-titles" label={t('movements.chartTitles')} />
            ) : (
              <Empty description={t('movements.noTitlesRegistered')} />
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('movements.resultsTable')}>
        <Table<Unit>
          rowKey="orgId"
          size="small"
          pagination={false}
          dataSource={units}
          columns={columns}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
