import { Progress, Radio, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { VOTE_CHOICES, type VoteChoice } from '@thidua/domain';
import type { SessionItemView, SessionView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { VoteSummary } from '../proposals/ProposalItemsTable.tsx';
import { percent } from '../../lib/format.ts';
import { useProposalLabels } from '../proposals/labels.ts';

export interface AgendaTableProps {
  session: SessionView;
  /** The choices of the ballot being filled (form state only; cleared once sent). */
  choices: Record<string, VoteChoice>;
  onChoose: (itemId: string, choice: VoteChoice) => void;
}

/** The agenda: each item with its progress (counts only), the member's ballot, and the result once closed. */
export function AgendaTable({ session, choices, onChoose }: AgendaTableProps) {
  const t = useT();
  const labels = useProposalLabels();
  const open = session.status === 'open';

  const ballotCell = (item: SessionItemView) => {
    const label = t('council.ballotOf', { name: `${item.subjectName} — ${item.awardName}` });
    switch (item.mine) {
      case 'can_vote':
        return open ? (
          <Radio.Group
            aria-label={label}
            style={{ display: 'flex', flexDirection: 'column', gap: 2 }}
            value={choices[item.itemId]}
            onChange={(e) => onChoose(item.itemId, e.target.value as VoteChoice)}
            options={VOTE_CHOICES.map((c) => ({ value: c, label: labels.choice[c] }))}
          />
        ) : (
          t('common.none')
        );
      case 'voted':
        return <Tag color="blue">{t('council.voted')}</Tag>;
      case 'recused':
        return (
          <Radio checked disabled aria-label={label}>
            {t('council.recused')}
          </Radio>
        );
      case 'absent':
        return <Typography.Text type="secondary">{t('council.absent')}</Typography.Text>;
      default:
        return t('common.none');
    }
  };

  const progressColumn: TableColumnsType<SessionItemView>[number] = {
    key: 'progress',
    title: t('council.progress'),
    render: (_, i) => (
      <Space orientation="vertical" size={0} style={{ minWidth: 140 }}>
        <Typography.Text>{t('council.votedCount', { voted: i.voted, eligible: i.eligible })}</Typography.Text>
        <Progress
          percent={i.eligible ? Math.round((i.voted / i.eligible) * 100) : 0}
          size="small"
          showInfo={false}
          aria-hidden
        />
        {i.recused.length > 0 && (
          <Typography.Text type="secondary">
            {t('council.recusedList', { names: i.recused.join(', ') })}
          </Typography.Text>
        )}
      </Space>
    ),
  };

  const columns: TableColumnsType<SessionItemView> = [
    { key: 'no', title: '#', width: 44, render: (_, __, i) => i + 1 },
    {
      key: 'subject',
      title: t('proposals.subject'),
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.subjectName}</Typography.Text>
          <Typography.Text type="secondary">{i.orgName}</Typography.Text>
        </Space>
      ),
    },
    { key: 'award', title: t('proposals.award'), dataIndex: 'awardName' },
    {
      key: 'flags',
      title: t('proposals.flags'),
      render: (_, i) =>
        i.flags.length ? (
          <Space orientation="vertical" size={2}>
            {i.flags.map((f, k) => (
              <Tag key={k} color="red" style={{ whiteSpace: 'normal', maxWidth: 220 }}>
                {f}
              </Tag>
            ))}
          </Space>
        ) : (
          t('common.none')
        ),
    },
    { key: 'threshold', title: t('council.threshold'), render: (_, i) => percent(i.threshold) },
    ...(open ? [progressColumn] : []),
    open
      ? { key: 'ballot', title: t('council.ballot'), render: (_, i) => ballotCell(i) }
      : {
          key: 'result',
          title: t('council.result'),
          render: (_, i) => (i.result ? <VoteSummary vote={i.result} /> : t('common.none')),
        },
  ];

  return (
    <Table<SessionItemView>
      rowKey="itemId"
      size="small"
      dataSource={session.items}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('council.noItems') }}
    />
  );
}
