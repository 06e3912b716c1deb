import { Link } from 'react-router';
import { Popover, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ProposalItemView, VoteResult } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { VerdictMark } from './ItemVerdict.tsx';

const OUTCOME_COLOR: Record<ProposalItemView['outcome'], string> = {
  pending: 'default',
  approved: 'green',
  not_approved: 'red',
  decided: 'green',
  withdrawn: 'default',
};

/** "Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%" over "Đồng ý 2 · Không đồng ý 2 · Không ý kiến 0". */
export function VoteSummary({ vote }: { vote: VoteResult }) {
  const t = useT();
  return (
    <Space orientation="vertical" size={2} style={{ maxWidth: 360 }} data-approved={vote.approved}>
      <Typography.Text strong type={vote.approved ? 'success' : 'danger'}>
        {vote.text}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('council.counts', { agree: vote.agree, disagree: vote.disagree, abstain: vote.abstain })}
      </Typography.Text>
    </Space>
  );
}

/** The items of a dossier as submitted: verdict snapshot, flags, return reason, vote, decision. */
export function ProposalItemsTable({
  items,
  highlightReturn,
}: {
  items: ProposalItemView[];
  highlightReturn: boolean;
}) {
  const t = useT();
  const hasReturn = items.some((i) => i.returnReason);
  const hasVote = items.some((i) => i.vote);
  const columns: TableColumnsType<ProposalItemView> = [
    { key: 'no', title: '#', width: 44, render: (_, __, i) => i + 1 },
    {
      key: 'subject',
      title: t('proposals.subject'),
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.subjectName}</Typography.Text>
          <Typography.Text type="secondary">
            {i.subjectKind === 'collective' ? t('proposals.collective') : i.orgName}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'award', title: t('proposals.award'), dataIndex: 'awardName' },
    ...(hasReturn
      ? [
          {
            key: 'returnReason',
            title: t('proposals.returnReason'),
            render: (_: unknown, i: ProposalItemView) =>
              i.returnReason ? (
                <div style={{ minWidth: 200, maxWidth: 320, whiteSpace: 'pre-wrap' }}>
                  {highlightReturn ? (
                    <Typography.Text mark strong>
                      {i.returnReason}
                    </Typography.Text>
                  ) : (
                    i.returnReason
                  )}
                </div>
              ) : (
                t('common.none')
              ),
          },
        ]
      : []),
    {
      key: 'verdict',
      title: t('proposals.verdictSnapshot'),
      render: (_, i) =>
        i.verdict ? (
          i.verdictNotes.length ? (
            <Popover
              content={
                <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 420 }}>
                  {i.verdictNotes.map((n, k) => (
                    <li key={k}>{n}</li>
                  ))}
                </ul>
              }
            >
              <span role="button" tabIndex={0} aria-label={t('proposals.verdictOf', { row: i.subjectName })}>
                <VerdictMark verdict={i.verdict} />
              </span>
            </Popover>
          ) : (
            <VerdictMark verdict={i.verdict} />
          )
        ) : (
          <Typography.Text type="secondary">{t('proposals.notChecked')}</Typography.Text>
        ),
    },
    {
      key: 'outcome',
      title: t('proposals.outcome'),
      render: (_, i) => (
        <Space orientation="vertical" size={2}>
          <Tag color={OUTCOME_COLOR[i.outcome]}>{t(`proposals.outcome_${i.outcome}`)}</Tag>
          {i.decisionNumber && (
            <Typography.Text>{t('proposals.decisionNo', { number: i.decisionNumber })}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'flags',
      title: t('proposals.flags'),
      render: (_, i) =>
        i.flags.length ? (
          <Space orientation="vertical" size={2}>
            {i.flags.map((f, k) => (
              <Tag key={k} color="red" style={{ whiteSpace: 'normal', maxWidth: 260 }}>
                {f}
              </Tag>
            ))}
          </Space>
        ) : (
          t('common.none')
        ),
    },
    ...(hasVote
      ? [
          {
            key: 'vote',
            title: t('proposals.vote'),
            render: (_: unknown, i: ProposalItemView) => (i.vote ? <VoteSummary vote={i.vote} /> : t('common.none')),
          },
        ]
      : []),
    {
      key: 'initiatives',
      title: t('proposals.initiatives'),
      render: (_, i) =>
        i.initiatives.length ? (
          <div style={{ maxWidth: 280 }}>
            {i.initiatives.map((x) => (
              <div key={x.id}>
                <Link to={`/initiatives/${x.id}`}>{x.title}</Link>
              </div>
            ))}
          </div>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'justification',
      title: t('proposals.justification'),
      render: (_, i) => (
        <div style={{ maxWidth: 280, whiteSpace: 'pre-wrap' }}>{i.justification || t('common.none')}</div>
      ),
    },
  ];
  return (
    <Table<ProposalItemView>
      rowKey="id"
      size="small"
      dataSource={items}
      columns={columns}
      pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      expandable={{
        rowExpandable: (i) => Boolean(i.achievement),
        expandedRowRender: (i) => (
          <div>
            <Typography.Text strong>{t('proposals.achievement')}</Typography.Text>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {i.achievement}
            </Typography.Paragraph>
          </div>
        ),
      }}
    />
  );
}
