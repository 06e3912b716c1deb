import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Checkbox, Form, Progress, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { WORKFLOWS, labelsOf } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { useDataset, useDatasets } from './apiCatalog.ts';
import { useSubmissions, type EntryKey } from './apiValues.ts';
import { SUBMISSION_COLORS } from './labels.ts';
import { PeriodSelect } from './PeriodSelect.tsx';
import { mostFrequent, periodLabel, periodOfDate, previousPeriodId, type StatPeriodType } from './periods.ts';
import { SubmissionReview } from './SubmissionReview.tsx';
import { ValidationReport } from './ValidationReport.tsx';
import type { StatSubmissionSummary } from './types.ts';
import './statistics.css';

const STATUSES = ['open', 'submitted', 'approved', 'accepted'] as const;

/**
 * "Duyệt số liệu": a period of a data set, every reporting unit with its status, the values present against
 * those expected and the due date (late in red); a unit opens beside the list to approve, return, accept or
 * unlock it; the whole period's validation report below.
 */
export default function SubmissionsPage() {
  const { t, lang } = useI18n();
  const [sel, set] = useUrlState((p) => ({
    dataset: p.get('dataset'),
    period: p.get('period'),
    status: p.get('status'),
    // Only the units the user reports for (a reporter's home links here with it).
    mine: p.get('mine'),
  }));
  const [open, setOpen] = useState<EntryKey | null>(null);
  const [page, setPage] = useState(1);
  const datasets = useDatasets();
  const active = (datasets.data?.items ?? []).filter((d) => d.active);
  const dataset = useDataset(sel.dataset);
  const type = (dataset.data?.periodType ?? 'month') as StatPeriodType;
  useEffect(() => {
    const first = mostFrequent(active);
    if (!sel.dataset && first) set({ dataset: first.id });
  }, [sel.dataset, active, set]);
  useEffect(() => {
    if (dataset.data && !sel.period) set({ period: previousPeriodId(periodOfDate(type, new Date().toISOString())) });
  }, [dataset.data, sel.period, type, set]);
  const list = useSubmissions({
    dataset: sel.dataset ?? undefined,
    period: sel.period ?? undefined,
    status: sel.status ?? undefined,
    mine: sel.mine === 'true' ? 'true' : undefined,
    page,
    pageSize: 100,
  });
  const status = labelsOf(WORKFLOWS.stat_submission, lang).state;

  const columns: TableColumnsType<StatSubmissionSummary> = [
    { title: t('stat.col.code'), dataIndex: 'unitCode', width: 110 },
    {
      title: t('stat.unit'),
      key: 'unit',
      render: (_, r) => (
        <Button
          type="link"
          style={{ padding: 0 }}
          onClick={() => setOpen({ dataset: sel.dataset!, unit: r.unitId, period: r.period })}
        >
          {r.unitName}
        </Button>
      ),
    },
    {
      title: t('stat.status'),
      key: 'status',
      render: (_, r) => <Tag color={SUBMISSION_COLORS[r.status]}>{status(r.status)}</Tag>,
    },
    {
      title: t('stat.completeness'),
      key: 'present',
      width: 200,
      render: (_, r) => (
        <span>
          {r.present}/{r.expected}
          <Progress
            percent={r.expected ? Math.round((r.present / r.expected) * 100) : 0}
            size="small"
            showInfo={false}
            status={r.present >= r.expected ? 'success' : 'active'}
          />
        </span>
      ),
    },
    {
      title: t('stat.dueDate'),
      key: 'due',
      render: (_, r) =>
        r.dueDate ? (
          <span className={r.late ? 'stat-late' : undefined}>
            {formatDate(r.dueDate)}
            {r.late ? ` — ${t('stat.late')}` : ''}
          </span>
        ) : null,
    },
    { title: t('stat.submittedAt'), key: 'submittedAt', render: (_, r) => formatDateTime(r.submittedAt) },
    {
      title: '',
      key: 'open',
      render: (_, r) => (
        <Link to={`/statistics/entry?dataset=${sel.dataset}&unit=${r.unitId}&period=${r.period}`}>
          {t('stat.openGrid')}
        </Link>
      ),
    },
  ];

  const counts = new Map<string, number>();
  for (const r of list.data?.items ?? []) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const late = (list.data?.items ?? []).filter((r) => r.late).length;

  return (
    <>
      <Typography.Title level={3}>{t('stat.submissions.title')}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('stat.dataset')} htmlFor="stat-dataset">
            <Select
              id="stat-dataset"
              style={{ width: 320 }}
              value={sel.dataset ?? undefined}
              options={active.map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }))}
              onChange={(v: string) => {
                set({ dataset: v, period: null });
                setPage(1);
              }}
            />
          </Form.Item>
          <Form.Item label={t('stat.period')} htmlFor="stat-period">
            <PeriodSelect
              id="stat-period"
              type={type}
              value={sel.period}
              onChange={(p) => {
                set({ period: p });
                setPage(1);
              }}
            />
          </Form.Item>
          <Form.Item label={t('stat.status')} htmlFor="stat-status">
            <Select
              id="stat-status"
              allowClear
              style={{ width: 220 }}
              value={sel.status ?? undefined}
              placeholder={t('stat.allStatuses')}
              options={STATUSES.map((s) => ({ value: s, label: status(s) }))}
              onChange={(v?: string) => set({ status: v ?? null })}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox
              checked={sel.mine === 'true'}
              onChange={(e) => {
                set({ mine: e.target.checked ? 'true' : null });
                setPage(1);
              }}
            >
              {t('stat.mineOnly')}
            </Checkbox>
          </Form.Item>
          {sel.dataset && sel.period && (
            <Form.Item>
              <ExportButton
                path="/stat-submissions/export.xlsx"
                filename="tinh-hinh-bao-cao.xlsx"
                query={{ dataset: sel.dataset, period: sel.period, status: sel.status, mine: sel.mine ?? undefined }}
              />
            </Form.Item>
          )}
        </Form>
      </Card>
      {list.error && <Alert type="error" showIcon title={problemText(list.error, t)} style={{ marginBottom: 12 }} />}
      {sel.period && list.data && (
        <Typography.Paragraph>
          {periodLabel(sel.period, lang)}:{' '}
          {STATUSES.map((s) => (
            <Tag key={s} color={SUBMISSION_COLORS[s]}>
              {status(s)}: {counts.get(s) ?? 0}
            </Tag>
          ))}
          {late > 0 && <Tag color="red">{t('stat.lateCount', { count: late })}</Tag>}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey={(r) => r.unitId}
        columns={columns}
        dataSource={list.data?.items ?? []}
        rowClassName={(r) => (r.late ? 'stat-row-late' : '')}
        pagination={{
          current: page,
          pageSize: 100,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
        locale={{ emptyText: <EmptyText loading={list.isFetching}>{t('stat.submissions.empty')}</EmptyText> }}
      />
      {sel.dataset && sel.period && <ValidationReport dataset={sel.dataset} period={sel.period} />}
      <SubmissionReview target={open} onClose={() => setOpen(null)} />
    </>
  );
}
