import { useMemo, useState } from 'react';
import { Alert, Button, Card, Segmented, Space, Tabs, Typography } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { EChart } from '../../components/EChart.tsx';
import { useT } from '../../i18n/index.tsx';
import { FileExcelOutlined } from '../../lib/icons.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { downloadReport, useReport } from './api.ts';
import { PeriodPicker, defaultPeriod, resolveSpan, type Span } from './PeriodPicker.tsx';
import { Report06Table } from './Report06Table.tsx';
import { LatenessTab, SatisfactionTab } from './ReportTabs.tsx';

const TABS = ['bieu06', 'lateness', 'satisfaction'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Thống kê một cửa": Biểu 06 for a month, quarter, six months, year or any span (in the URL), grouped by
 * field or procedure, with the on-time chart and its Excel; lateness and satisfaction in tabs.
 */
export default function ReportPage() {
  const t = useT();
  const onError = useProblemHandler();
  const [url, setUrl] = useUrlState((p) => ({
    period: p.get('period') ?? (p.get('from') || p.get('to') ? null : defaultPeriod()),
    from: p.get('from'),
    to: p.get('to'),
    groupBy: p.get('groupBy'),
    tab: p.get('tab'),
    by: p.get('by'),
  }));
  const span = resolveSpan(url);
  const groupBy = url.groupBy === 'procedure' ? 'procedure' : 'field';
  const tab: Tab = TABS.find((k) => k === url.tab) ?? 'bieu06';
  const query = { from: span?.from ?? '', to: span?.to ?? '', groupBy } as const;
  const { data, error, isFetching } = useReport(query, Boolean(span) && tab === 'bieu06');
  const [exporting, setExporting] = useState(false);

  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadReport(query);
    } catch (e) {
      onError(e);
    } finally {
      setExporting(false);
    }
  };

  const chart = useMemo(() => {
    const rows = (data?.rows ?? []).filter((r) => r.finished + r.inProcess > 0);
    const labels = rows.map((r) => r.label).reverse();
    const series = (name: string, values: number[], color: string) => ({
      name,
      type: 'bar',
      stack: 'all',
      color,
      data: values.reverse(),
    });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 260, right: 24, top: 8, bottom: 48 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels, axisLabel: { width: 240, overflow: 'truncate' } },
      series: [
        series(
          t('osReport.chartOnTime'),
          rows.map((r) => r.finishedEarly + r.finishedOnTime),
          '#52c41a',
        ),
        series(
          t('osReport.chartLate'),
          rows.map((r) => r.finishedLate),
          '#ff4d4f',
        ),
        series(
          t('osReport.chartWithin'),
          rows.map((r) => r.inProcessWithinTime),
          '#1677ff',
        ),
        series(
          t('osReport.chartOverdue'),
          rows.map((r) => r.inProcessOverdue),
          '#fa8c16',
        ),
      ],
    };
  }, [data, t]);
  const chartRows = (data?.rows ?? []).filter((r) => r.finished + r.inProcess > 0).length;

  const setSpan = (next: Span) => setUrl({ period: next.period, from: next.from, to: next.to });
  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('osReport.title')}
          </Typography.Title>
          {span && <Typography.Text type="secondary">{span.label}</Typography.Text>}
        </Space>
        <Space wrap>
          <PeriodPicker span={url} onChange={setSpan} />
        </Space>
      </div>
      {!span && <Alert type="info" showIcon title={t('osReport.pickSpan')} style={{ marginBottom: 16 }} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setUrl({ tab: key === 'bieu06' ? null : key, by: null })}
          items={[
            {
              key: 'bieu06',
              label: t('osReport.tab06'),
              children: (
                <>
                  <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
                    <Segmented
                      aria-label={t('procedures.groupBy')}
                      value={groupBy}
                      onChange={(v) => setUrl({ groupBy: v === 'field' ? null : String(v) })}
                      options={[
                        { value: 'field', label: t('osReport.byField') },
                        { value: 'procedure', label: t('osReport.byProcedure') },
                      ]}
                    />
                    <Button
                      icon={<FileExcelOutlined />}
                      loading={exporting}
                      disabled={!span}
                      onClick={() => void exportExcel()}
                    >
                      {t('osReport.exportExcel')}
                    </Button>
                  </Space>
                  {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
                  <Report06Table
                    data={span ? data : undefined}
                    loading={isFetching}
                    groupLabel={groupBy === 'field' ? t('procedures.field') : t('osReport.procedure')}
                  />
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                    {t('osReport.hint')}
                  </Typography.Paragraph>
                  {span && chartRows > 0 && (
                    <Card size="small" title={t('osReport.chartTitle')} style={{ marginTop: 16 }}>
                      <EChart option={chart} style={{ height: Math.max(220, chartRows * 40 + 80) }} />
                    </Card>
                  )}
                </>
              ),
            },
            {
              key: 'lateness',
              label: t('osReport.tabLateness'),
              children: span ? (
                <LatenessTab
                  from={span.from}
                  to={span.to}
                  by={url.by === 'officer' ? 'officer' : 'unit'}
                  onBy={(by) => setUrl({ by: by === 'unit' ? null : by })}
                />
              ) : null,
            },
            {
              key: 'satisfaction',
              label: t('osReport.tabSatisfaction'),
              children: span ? (
                <SatisfactionTab
                  from={span.from}
                  to={span.to}
                  by={url.by === 'officer' ? 'officer' : 'procedure'}
                  onBy={(by) => setUrl({ by: by === 'procedure' ? null : by })}
                />
              ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
