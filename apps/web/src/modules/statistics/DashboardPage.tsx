import { useMemo } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Col, Empty, Row, Space, Statistic, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import type { DashboardResponse } from '@thidua/contracts';
import { problemText } from '../../api/problems.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { useDashboard } from './apiAnalytics.ts';
import { formatChange, formatStat } from './numbers.ts';
import { PeriodSelect } from './PeriodSelect.tsx';
import { periodLabel } from './periods.ts';
import './statistics.css';

type Item = DashboardResponse['items'][number];

function Growth({ value, label }: { value: number | null; label: string }) {
  const { t, lang } = useI18n();
  if (value === null)
    return (
      <Typography.Text type="secondary">
        {label}: {t('stat.pivot.noData')}
      </Typography.Text>
    );
  return (
    <Typography.Text style={{ color: value >= 0 ? '#389e0d' : '#cf1322' }}>
      {value >= 0 ? '▲' : '▼'} {formatChange(value, lang)} {label}
    </Typography.Text>
  );
}

function trendOption(item: Item, lang: string): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 4, right: 4, top: 8, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatStat(v, item.indicator.decimals, lang) : '—'),
    },
    xAxis: {
      type: 'category',
      data: item.trend.map((p) => periodLabel(p.period, lang).replace(/^Tháng /u, '')),
      axisLabel: { fontSize: 10 },
    },
    yAxis: { type: 'value', axisLabel: { fontSize: 10, formatter: (v: number) => formatStat(v, 0, lang) } },
    series: [
      {
        type: 'line',
        smooth: true,
        symbolSize: 4,
        connectNulls: false,
        data: item.trend.map((p) => p.value),
        areaStyle: { opacity: 0.08 },
      },
    ],
  };
}

function Tile({ item, period }: { item: Item; period: string }) {
  const { t, lang } = useI18n();
  const option = useMemo(() => trendOption(item, lang), [item, lang]);
  const ind = item.indicator;
  return (
    <Card
      size="small"
      title={ind.name}
      extra={
        <Link
          to={`/statistics/analysis?ind=${encodeURIComponent(ind.code)}&per=${period}&cmp=prevYear,growth,ytd,ytdGrowth,target&chart=line`}
        >
          {t('stat.dashboard.analyse')}
        </Link>
      }
    >
      <Statistic
        value={item.value === null ? t('stat.pivot.noData') : formatStat(item.value, ind.decimals, lang)}
        suffix={item.value === null ? undefined : ind.unit}
        styles={{ content: { fontSize: item.value === null ? 16 : 26 } }}
      />
      <Space direction="vertical" size={0}>
        <Growth value={item.growth} label={t('stat.dashboard.vsLastYear')} />
        <Typography.Text>
          {t('stat.pivot.ytd')}:{' '}
          {item.ytd === null ? t('stat.pivot.noData') : `${formatStat(item.ytd, ind.decimals, lang)} ${ind.unit}`}
        </Typography.Text>
        <Growth value={item.ytdGrowth} label={t('stat.dashboard.ytdVsLastYear')} />
      </Space>
      <EChart option={option} style={{ height: 140, marginTop: 8 }} />
    </Card>
  );
}

/**
 * "Bảng điều khiển ngành": the leader's headline figures for a month — the value, its growth against the
 * same month last year, the year to date — each with its 13-month trend.
 */
export default function DashboardPage() {
  const { t } = useI18n();
  const [sel, set] = useUrlState((p) => ({ period: p.get('period') }));
  const data = useDashboard(sel.period);
  const period = sel.period ?? data.data?.period ?? null;
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>
          {t('stat.dashboard.title')}
          {data.data ? ` — ${data.data.label}` : ''}
        </Typography.Title>
        <PeriodSelect type="month" value={period} onChange={(p) => set({ period: p })} />
      </div>
      {data.error ? (
        <Alert type="error" showIcon title={problemText(data.error, t)} />
      ) : !data.data ? (
        <EmptyText loading>{t('stat.loading')}</EmptyText>
      ) : data.data.items.length === 0 ? (
        <Empty description={t('stat.dashboard.empty')} />
      ) : (
        <>
          {data.data.notes.map((n) => (
            <Alert key={n} type="info" showIcon title={n} style={{ marginBottom: 12 }} />
          ))}
          <Row gutter={[16, 16]}>
            {data.data.items.map((item) => (
              <Col key={item.indicator.code} xs={24} md={12} xl={8}>
                <Tile item={item} period={data.data.period} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </>
  );
}
