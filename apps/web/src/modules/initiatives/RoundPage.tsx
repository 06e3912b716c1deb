import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Descriptions, Result, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { EditOutlined, FileExcelOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import type { RoundAction } from '@thidua/domain';
import { ROUND_COLORS, useInitiativeLabels } from './labels.ts';
import { RecognitionModal } from './RecognitionModal.tsx';
import { RoundFormModal } from './RoundFormModal.tsx';
import { downloadRoundExcel, useRound, useRoundAction, type Detail, type Item } from './roundsApi.ts';
import { EmptyText } from '../../components/EmptyText.tsx';

const num = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);
/** What each round step says once done (the reviewers are told when it opens). */
const DONE = { open: 'rounds.opened', close: 'rounds.closed', reopen: 'rounds.reopened' } as const;

/** The chair's page of a round: aggregates per initiative, every sheet, and bulk recognition. */
export function RoundPage() {
  const t = useT();
  const own = useInitiativeLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const { id } = useParams();
  const { data, isPending, error, refetch } = useRound(id);
  const action = useRoundAction(id ?? '');
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<'recognised' | 'not_recognised' | null>(null);
  const [editing, setEditing] = useState(false);

  if (isPending) return <FullPageSpin />;
  if (!data)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/initiative-rounds">{t('common.back')}</Link>}
      />
    );
  const { round } = data;
  const act = async (body: { action: 'phase'; phase: number }, done: string) => {
    try {
      await action.mutateAsync({ ...body, version: round.version });
      void message.success(done);
    } catch (e) {
      handle(e, { onReload: () => void refetch() });
    }
  };

  const columns: TableColumnsType<Item> = [
    {
      key: 'title',
      title: t('initiatives.titleField'),
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/initiatives/${i.initiativeId}`}>{i.title}</Link>
          <Typography.Text type="secondary">
            {[i.field, i.orgName, i.authors.map((a) => a.name).join(', ')].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'count',
      title: t('rounds.sheets'),
      render: (_, i) => `${i.aggregate.count}/${i.aggregate.count + i.pending.length}`,
    },
    {
      key: 'mean',
      title: t('rounds.mean'),
      align: 'right',
      sorter: (a, b) => num(a.aggregate.mean, b.aggregate.mean),
      defaultSortOrder: 'descend',
      render: (_, i) => i.aggregate.mean ?? '—',
    },
    {
      key: 'median',
      title: t('rounds.median'),
      align: 'right',
      sorter: (a, b) => num(a.aggregate.median, b.aggregate.median),
      render: (_, i) => i.aggregate.median ?? '—',
    },
    {
      key: 'stdev',
      title: t('rounds.stdev'),
      align: 'right',
      sorter: (a, b) => num(a.aggregate.stdev, b.aggregate.stdev),
      render: (_, i) => (
        <Space size={4}>
          {i.aggregate.stdev ?? '—'}
          {i.aggregate.contested && <Tag color="red">{t('rounds.contested')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'outcome',
      title: t('rounds.outcome'),
      render: (_, i) =>
        i.outcome === 'pending' ? (
          <Tag>{t('rounds.pending')}</Tag>
        ) : (
          <Tag color={i.outcome === 'recognised' ? 'success' : 'error'}>{own.status[i.outcome]}</Tag>
        ),
    },
  ];

  const sheets = (i: Item) => (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        pagination={false}
        rowKey="reviewerId"
        dataSource={i.sheets}
        locale={{ emptyText: <EmptyText loading={isPending}>{t('rounds.noSheets')}</EmptyText> }}
        columns={[
          { key: 'who', title: t('rounds.reviewer'), dataIndex: 'reviewerName' },
          { key: 'status', title: t('initiatives.status'), render: (_, s) => t(`rounds.sheet_${s.status}`) },
          ...round.rubric.map((c) => ({
            key: c.key,
            title: c.label,
            render: (_: unknown, s: Item['sheets'][number]) => s.scores[c.key] ?? '',
          })),
          { key: 'total', title: t('rounds.total'), render: (_, s) => s.total ?? '' },
          { key: 'comment', title: t('rounds.comment'), render: (_, s) => s.comment || s.reason },
        ]}
      />
      {i.recused.length > 0 && (
        <Typography.Text type="secondary">
          {t('rounds.autoRecused')}: {i.recused.map((r) => `${r.reviewerName} (${r.reason})`).join('; ')}
        </Typography.Text>
      )}
      {i.pending.length > 0 && (
        <Typography.Text type="secondary">
          {t('rounds.notYet')}: {i.pending.map((r) => r.reviewerName).join(', ')}
        </Typography.Text>
      )}
    </Space>
  );

  const pendingIds = data.items.filter((i) => i.outcome === 'pending').map((i) => i.initiativeId);
  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {round.title}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={ROUND_COLORS[round.status]}>{own.round[round.status]}</Tag>
            <Typography.Text type="secondary">
              {formatDate(round.opensOn)} – {formatDate(round.closesOn)} · {t('rounds.phase')}:{' '}
              {round.phases[round.currentPhase]?.label}
            </Typography.Text>
          </Space>
        </Space>
        <Space wrap>
          {data.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          <WorkflowActions
            entity="initiative_round"
            actions={data.abilities.actions}
            version={round.version}
            name={round.title}
            confirm={false}
            danger={['close']}
            pending={action.isPending}
            onReload={() => void refetch()}
            run={(step) => action.mutateAsync({ action: step.action as RoundAction, version: step.version })}
            doneText={(a) => t(DONE[a as RoundAction])}
          />
          {data.abilities.phase && (
            <Select
              aria-label={t('rounds.movePhase')}
              value={round.currentPhase}
              style={{ width: 240 }}
              options={round.phases.map((p, k) => ({ value: k, label: p.label }))}
              onChange={(k) => void act({ action: 'phase', phase: k }, t('rounds.phaseMoved'))}
            />
          )}
          <Button icon={<FileExcelOutlined />} onClick={() => void downloadRoundExcel(round.id)}>
            {t('initiatives.exportExcel')}
          </Button>
        </Space>
      </div>
      <Tabs
        items={[
          {
            key: 'items',
            label: t('rounds.results'),
            children: (
              <Card>
                {round.status === 'closed' && (
                  <Space style={{ marginBottom: 12 }}>
                    <Button type="primary" disabled={!selected.length} onClick={() => setOutcome('recognised')}>
                      {t('rounds.recognise', { n: selected.length })}
                    </Button>
                    <Button danger disabled={!selected.length} onClick={() => setOutcome('not_recognised')}>
                      {t('rounds.reject', { n: selected.length })}
                    </Button>
                  </Space>
                )}
                <Table<Item>
                  rowKey="initiativeId"
                  size="middle"
                  pagination={false}
                  dataSource={data.items}
                  columns={columns}
                  expandable={{ expandedRowRender: sheets }}
                  rowSelection={
                    round.status === 'closed'
                      ? {
                          selectedRowKeys: selected,
                          onChange: (keys) => setSelected(keys as string[]),
                          getCheckboxProps: (i) => ({
                            disabled: !pendingIds.includes(i.initiativeId),
                            'aria-label': i.title,
                          }),
                        }
                      : undefined
                  }
                />
              </Card>
            ),
          },
          { key: 'reviewers', label: t('rounds.reviewers'), children: <Reviewers data={data} /> },
          {
            key: 'history',
            label: t('workflow.history'),
            children: (
              <Card>
                <TransitionTimeline entity="initiative_round" items={data.transitions} colors={ROUND_COLORS} />
              </Card>
            ),
          },
        ]}
      />
      <RecognitionModal
        roundId={round.id}
        ids={selected}
        outcome={outcome}
        onClose={(done) => {
          setOutcome(null);
          if (done) setSelected([]);
        }}
      />
      <RoundFormModal open={editing} round={data} onClose={() => setEditing(false)} />
    </>
  );
}
export default RoundPage;

function Reviewers({ data }: { data: Detail }) {
  const t = useT();
  return (
    <Card>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.reviewers}
        columns={[
          { key: 'name', title: t('rounds.reviewer'), dataIndex: 'name' },
          { key: 'org', title: t('people.org'), dataIndex: 'orgName' },
          {
            key: 'assign',
            title: t('rounds.assignment'),
            render: (_, r) =>
              r.fields.length || r.initiativeIds.length
                ? [
                    ...r.fields,
                    ...r.initiativeIds.map((x) => data.items.find((i) => i.initiativeId === x)?.title ?? x),
                  ].join('; ')
                : t('rounds.allInitiatives'),
          },
          { key: 'done', title: t('rounds.progress'), render: (_, r) => `${r.done}/${r.assigned}` },
        ]}
      />
      <Descriptions size="small" style={{ marginTop: 12 }} column={1}>
        <Descriptions.Item label={t('rounds.contestedStdev')}>{data.round.contestedStdev}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
