import { Link, useNavigate } from 'react-router';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { differenceOf } from './sheetRows.ts';
import { SHEET_STATUS_COLORS, useScorecardLabels } from './labels.ts';
import type { ScorecardMember, ScorecardView } from './types.ts';

const points = (v: number | null) => (v === null ? '—' : formatNumber(v));

/**
 * The cycle's members, one sheet each: its status, the self, appraised and final totals, the rank and the
 * classification; each opens its sheet, and the sheet the user acts on now says so ("Chấm điểm", "Thẩm định").
 */
export function MembersTable({ scorecard: s }: { scorecard: ScorecardView }) {
  const t = useT();
  const labels = useScorecardLabels();
  const navigate = useNavigate();
  const sheetPath = (m: ScorecardMember) => `/scorecards/${s.id}/members/${m.id}`;
  const acting = s.members.some((m) => m.canSelfAssess || m.canAppraise);
  // Once ranked, the members read in rank order; before, in the bloc's order.
  const members = s.members.some((m) => m.rank !== null)
    ? [...s.members].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    : s.members;
  const columns: TableColumnsType<ScorecardMember> = [
    { key: 'rank', title: t('sc.rank'), width: 70, render: (_, m) => m.rank ?? '—' },
    {
      key: 'name',
      title: t('sc.member'),
      render: (_, m) => <Link to={sheetPath(m)}>{m.name}</Link>,
    },
    {
      key: 'status',
      title: t('sc.sheetStatus'),
      render: (_, m) => <Tag color={SHEET_STATUS_COLORS[m.status]}>{labels.sheetStatus(m.status)}</Tag>,
    },
    { key: 'self', title: t('sc.selfTotal'), align: 'right', render: (_, m) => points(m.selfTotal) },
    {
      key: 'appraised',
      title: t('sc.appraisedTotal'),
      align: 'right',
      render: (_, m) => {
        const d = differenceOf(m.selfTotal, m.appraisedTotal);
        return (
          <span>
            {points(m.appraisedTotal)}
            {d !== null && d !== 0 && (
              <Typography.Text type={d < 0 ? 'danger' : 'success'} style={{ marginLeft: 4 }}>
                ({d > 0 ? '+' : ''}
                {formatNumber(d)})
              </Typography.Text>
            )}
          </span>
        );
      },
    },
    ...(s.kind === 'par'
      ? [
          {
            key: 'survey',
            title: t('sc.survey'),
            align: 'right' as const,
            render: (_: unknown, m: ScorecardMember) => points(m.surveyScore),
          },
        ]
      : []),
    {
      key: 'final',
      title: t('sc.finalTotal'),
      align: 'right',
      render: (_, m) => <strong>{points(m.finalTotal)}</strong>,
    },
    { key: 'class', title: t('sc.classification'), render: (_, m) => m.classification || '—' },
    {
      key: 'act',
      title: t('common.actions'),
      render: (_, m) => (
        <Space>
          {m.canSelfAssess && (
            <Button size="small" type="primary" onClick={() => void navigate(sheetPath(m))}>
              {t('sc.selfAssess')}
            </Button>
          )}
          {m.canAppraise && (
            <Button size="small" onClick={() => void navigate(sheetPath(m))}>
              {t('sc.appraise')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<ScorecardMember>
      rowKey="id"
      size="middle"
      dataSource={members}
      columns={acting ? columns : columns.filter((c) => c.key !== 'act')}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('sc.noMembers') }}
    />
  );
}
