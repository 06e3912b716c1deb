import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TableColumnsType } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { useDeletePar, useParHistory } from './api.ts';
import { ParEditModal } from './ParEditModal.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { parChartOption, parRecord, rankText, type ParRow } from './record.ts';

/**
 * The department's PAR index by year (docs/scorecards.md "PAR index"): the headline states the record computed
 * from the rows, the chart draws score and rank, the table each year's scores and the announcing decision.
 */
export default function ParIndexPage() {
  const t = useT();
  const { message } = App.useApp();
  const onError = useProblemHandler();
  const history = useParHistory();
  const remove = useDeletePar();
  const parEdit = useAbilities()?.scorecards.parEdit ?? false;
  const [editing, setEditing] = useState<ParRow | 'new' | null>(null);
  const data = history.data;
  const canEdit = parEdit && (data?.canEdit ?? false);
  const rows = useMemo(() => [...(data?.items ?? [])].sort((a, b) => b.year - a.year), [data]);
  const record = useMemo(() => parRecord(rows), [rows]);
  const option = useMemo(
    () => parChartOption(rows, { score: t('par.chartScore'), rank: t('par.chartRank') }, formatNumber),
    [rows, t],
  );
  const points = (v: number | null) => (v === null ? '' : formatNumber(v));

  const columns: TableColumnsType<ParRow> = [
    { key: 'year', title: t('par.year'), dataIndex: 'year', width: 72 },
    { key: 'self', title: t('par.selfScore'), align: 'right', render: (_, r) => points(r.selfScore) },
    { key: 'appraised', title: t('par.appraisedScore'), align: 'right', render: (_, r) => points(r.appraisedScore) },
    { key: 'survey', title: t('par.surveyScore'), align: 'right', render: (_, r) => points(r.surveyScore) },
    {
      key: 'score',
      title: t('par.score'),
      align: 'right',
      render: (_, r) => <strong>{points(r.score)}</strong>,
    },
    {
      key: 'rank',
      title: t('par.rank'),
      align: 'center',
      render: (_, r) => <Tag color={r.rank === 1 ? 'gold' : r.rank === 2 ? 'blue' : 'default'}>{rankText(r)}</Tag>,
    },
    { key: 'classification', title: t('par.classification'), dataIndex: 'classification' },
    {
      key: 'decision',
      title: t('par.decision'),
      render: (_, r) =>
        r.decision && (
          <>
            {r.decision.number}
            {r.decision.date && ` ${t('par.decisionOn', { date: formatDate(r.decision.date) })}`}
            {r.decision.signer && (
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {r.decision.signer}
              </Typography.Text>
            )}
          </>
        ),
    },
    {
      key: 'source',
      title: t('par.source'),
      render: (_, r) =>
        r.scorecardId ? (
          <Link to={`/scorecards/${encodeURIComponent(r.scorecardId)}`}>{t('par.fromCycle')}</Link>
        ) : (
          <Typography.Text type="secondary">{t('par.typed')}</Typography.Text>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, r: ParRow) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('par.edit')}
                </Button>
                <Popconfirm
                  title={t('par.deleteConfirm', { year: r.year })}
                  okText={t('par.delete')}
                  cancelText={t('par.cancel')}
                  onConfirm={async () => {
                    try {
                      await remove.mutateAsync(r);
                      void message.success(t('par.deleted', { year: r.year }));
                    } catch (e) {
                      onError(e, { onReload: () => void history.refetch() });
                    }
                  }}
                >
                  <Button size="small" danger>
                    {t('par.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>
          {t('par.title')}
          {data?.orgName ? ` — ${data.orgName}` : ''}
        </Typography.Title>
        <Space wrap>
          <ExportButton path="/par-index/history/export.xlsx" filename="chi-so-cai-cach-hanh-chinh.xlsx" />
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('par.add')}
            </Button>
          )}
        </Space>
      </div>
      {history.error ? (
        <Alert type="error" showIcon title={problemText(history.error, t)} />
      ) : !data ? (
        <EmptyText loading>{t('par.loading')}</EmptyText>
      ) : rows.length === 0 ? (
        <Empty description={t('par.empty')} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Headline record={record} />
          <Card size="small" title={t('par.chartTitle')}>
            <EChart option={option} style={{ height: 320 }} label={t('par.chartTitle')} />
          </Card>
          <Table<ParRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Space>
      )}
      {editing && data && (
        <ParEditModal
          orgId={data.orgId}
          row={editing === 'new' ? null : editing}
          nextYear={(rows[0]?.year ?? dayjs().year() - 1) + 1}
          onDone={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}

/** The record in one sentence, from the rows: the run of first or second places, the firsts, the best score. */
function Headline({ record }: { record: ReturnType<typeof parRecord> }) {
  const t = useT();
  const { streak, latest, best } = record;
  const parts: string[] = [];
  if (streak && streak.to > streak.from)
    parts.push(t(streak.allFirst ? 'par.streakFirst' : 'par.streakTopTwo', { from: streak.from }));
  else if (latest) parts.push(t('par.latest', { year: latest.year, rank: rankText(latest) }));
  if (record.ranked > 0) parts.push(t('par.firsts', { n: record.firsts, of: record.ranked }));
  if (best) parts.push(t('par.best', { score: formatNumber(best.score), year: best.year }));
  if (!parts.length) return null;
  return (
    <Alert
      type={streak ? 'success' : 'info'}
      showIcon
      title={<span data-testid="par-headline">{parts.join('; ')}.</span>}
    />
  );
}
