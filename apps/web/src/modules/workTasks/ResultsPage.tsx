import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { FileExcelOutlined } from '../../lib/icons.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { exportTasks, useTaskResults } from './api.ts';
import { useTaskLabels } from './labels.ts';
import { tasksLink } from './links.ts';
import { chartHeight, formatRate, resultsChartOption } from './results.ts';
import type { TaskResult, TaskResultCounts } from './types.ts';
import './workTasks.css';

type Line = TaskResultCounts & { key: string; orgId: string | null; orgName: string };

/**
 * "Kết quả thực hiện nhiệm vụ": per unit in charge and year, its tasks done on time, after an approved extension,
 * late, not done (deadline passed) and still pending, the on-time rate, a stacked bar per unit; year and unit in
 * the URL; a count opens the list of those tasks.
 */
export default function ResultsPage() {
  const t = useT();
  const labels = useTaskLabels();
  const onError = useProblemHandler();
  const [filter, setFilter] = useUrlState((p) => ({
    year: p.get('year') ?? String(new Date().getFullYear()),
    orgId: p.get('orgId'),
  }));
  const year = Number(filter.year) || new Date().getFullYear();
  const results = useTaskResults(year, filter.orgId);
  const [exporting, setExporting] = useState(false);
  const items = results.data?.items ?? [];
  const lines: Line[] = items.map((r) => ({ ...r, key: r.orgId }));
  if (results.data && items.length > 1)
    lines.push({ ...results.data.totals, key: 'totals', orgId: null, orgName: t('wt.totals') });
  const option = useMemo(
    () => resultsChartOption(results.data?.items ?? [], labels.result),
    [results.data, labels.result],
  );

  const count = (l: Line, n: number, result?: TaskResult) => {
    if (n === 0) return <span style={{ color: '#bfbfbf' }}>0</span>;
    const orgId = l.orgId ?? filter.orgId;
    return <Link to={tasksLink({ year, orgId, result })}>{n}</Link>;
  };
  const num = (key: keyof TaskResultCounts, title: string, result?: TaskResult) => ({
    key,
    title,
    align: 'right' as const,
    width: 88,
    render: (_: unknown, l: Line) => count(l, l[key] as number, result),
  });

  const columns: TableColumnsType<Line> = [
    {
      key: 'org',
      title: t('wt.col.org'),
      render: (_, l) => <div style={{ minWidth: 140, maxWidth: 220 }}>{l.orgName}</div>,
    },
    num('total', t('wt.results.total')),
    {
      key: 'done',
      title: t('wt.results.done'),
      align: 'right',
      width: 88,
      // "Done" is three results: its link would need three filters; the parts next to it link one each.
      render: (_, l) => l.done,
    },
    num('onTime', labels.result('on_time'), 'on_time'),
    num('extended', labels.result('extended'), 'extended'),
    num('late', labels.result('late'), 'late'),
    num('notDone', labels.result('not_done'), 'not_done'),
    num('pending', labels.result('pending'), 'pending'),
    {
      key: 'rate',
      title: t('wt.results.rate'),
      align: 'right',
      width: 88,
      render: (_, l) => <strong>{formatRate(l.onTimeRate)}</strong>,
    },
  ];

  const onExport = async () => {
    setExporting(true);
    try {
      await exportTasks({ year, orgId: filter.orgId ?? undefined }, `ket-qua-thuc-hien-nhiem-vu-${year}.xlsx`);
    } catch (e) {
      onError(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('wt.results')}</Typography.Title>
        <Tooltip title={t('wt.exportHint')}>
          <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void onExport()}>
            {t('list.exportExcel')}
          </Button>
        </Tooltip>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Select
            aria-label={t('wt.year')}
            value={year}
            options={yearOptions()}
            onChange={(v: number) => setFilter({ year: String(v) })}
            style={{ width: 110 }}
          />
          <OrgTreeSelect
            aria-label={t('wt.orgInCharge')}
            placeholder={t('wt.allUnits')}
            allowClear
            value={filter.orgId}
            onChange={(v) => setFilter({ orgId: v })}
            style={{ width: 320 }}
          />
          {results.data && (
            <Typography.Text type="secondary">{t('wt.asOf', { date: formatDate(results.data.asOf) })}</Typography.Text>
          )}
        </Space>
      </Card>
      {results.error && (
        <Alert type="error" showIcon title={problemText(results.error, t)} style={{ marginBottom: 16 }} />
      )}
      <Typography.Paragraph type="secondary">{t('wt.results.hint')}</Typography.Paragraph>
      <Table<Line>
        rowKey="key"
        size="middle"
        bordered
        loading={results.isFetching}
        columns={columns}
        dataSource={lines}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(l) => (l.orgId ? '' : 'board-totals')}
        locale={{ emptyText: <EmptyText loading={results.isFetching}>{t('wt.results.empty', { year })}</EmptyText> }}
        style={{ marginBottom: 16 }}
      />
      {option && (
        <Card title={t('wt.results.chart', { year })}>
          <EChart
            option={option}
            label={t('wt.results.chart', { year })}
            style={{ width: '100%', height: chartHeight(items.length) }}
          />
        </Card>
      )}
    </>
  );
}
