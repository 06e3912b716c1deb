import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DECISION_SORTS } from '@thidua/contracts';
import type { DecisionSummary } from '../../api/types.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { FileDoneOutlined, SafetyCertificateOutlined } from '../../lib/icons.tsx';
import { yearOptions } from '../../lib/years.ts';
import { useCanIssueDecisions, useCanReviewProposals } from '../auth/session.ts';
import { DECISIONS_KEY } from './api.ts';
import { RecordDecisionModal } from './RecordDecisionModal.tsx';
import { bonusText } from './bonusText.ts';

/** A decision's level and state as tags: "Cấp Sở" / "Cấp trên", "Đã thu hồi". */
export function DecisionTags({ d }: { d: Pick<DecisionSummary, 'level' | 'status' | 'kind'> }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={d.level === 'here' ? 'blue' : 'magenta'}>
        {d.level === 'here' ? t('decisions.levelHere') : t('decisions.levelHigher')}
      </Tag>
      {d.kind === 'revocation' && <Tag color="orange">{t('decisions.revocation')}</Tag>}
      {d.kind === 'recognition' && <Tag color="green">{t('decisions.recognition')}</Tag>}
      {d.kind === 'discipline' && <Tag color="volcano">{t('decisions.discipline')}</Tag>}
      {d.status === 'revoked' && <Tag color="red">{t('decisions.revoked')}</Tag>}
    </Space>
  );
}

/** "Quyết định khen thưởng": issued here and recorded from higher levels. */
export default function DecisionsPage() {
  const t = useT();
  const navigate = useNavigate();
  const canIssue = useCanIssueDecisions();
  const canRecord = useCanReviewProposals();
  const [recordOpen, setRecordOpen] = useState(false);
  const list = useListState(['year', 'level'], '-signedOn');

  const columns: TableColumnsType<DecisionSummary> = [
    {
      key: 'number',
      title: t('decisions.number'),
      render: (_, d) => <Link to={`/decisions/${d.id}`}>{d.number}</Link>,
    },
    { key: 'signedOn', title: t('decisions.signedOn'), render: (_, d) => formatDate(d.signedOn) },
    { key: 'signer', title: t('decisions.signer'), dataIndex: 'signer' },
    {
      key: 'summary',
      title: t('decisions.summary'),
      render: (_, d) => <div style={{ minWidth: 240, maxWidth: 420 }}>{d.summary}</div>,
    },
    { key: 'recipients', title: t('decisions.recipientCount'), dataIndex: 'recipientCount', align: 'right' },
    {
      key: 'bonus',
      title: t('decisions.totalBonus'),
      align: 'right',
      render: (_, d) => bonusText(t, d.totalBonus, d.bonusNote),
    },
    { key: 'level', title: t('decisions.level'), render: (_, d) => <DecisionTags d={d} /> },
  ];

  return (
    <ListPage<DecisionSummary>
      title={t('decisions.title')}
      actions={
        <>
          {canRecord && (
            <Button icon={<FileDoneOutlined />} onClick={() => setRecordOpen(true)}>
              {t('decisions.record')}
            </Button>
          )}
          {canIssue && (
            <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => void navigate('/decisions/new')}>
              {t('decisions.issue')}
            </Button>
          )}
        </>
      }
      path="/decisions"
      queryKey={DECISIONS_KEY}
      state={list}
      sorts={DECISION_SORTS}
      searchLabel={t('decisions.search')}
      columns={columns}
      emptyText={t('decisions.empty')}
      exportTo={{ path: '/decisions/export.xlsx', filename: 'so-quyet-dinh-khen-thuong.xlsx' }}
      filters={
        <>
          <FilterSelect state={list} name="year" label={t('decisions.year')} options={yearOptions()} width={120} />
          <FilterSelect
            state={list}
            name="level"
            label={t('decisions.level')}
            options={[
              { value: 'here', label: t('decisions.levelHere') },
              { value: 'higher', label: t('decisions.levelHigher') },
            ]}
            width={160}
          />
        </>
      }
    >
      <RecordDecisionModal open={recordOpen} onClose={() => setRecordOpen(false)} />
    </ListPage>
  );
}
