import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Progress, Space, Table, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { ROUND_COLORS, useInitiativeLabels } from './labels.ts';
import { RoundFormModal } from './RoundFormModal.tsx';
import { useRounds, type Round } from './roundsApi.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

/** "Đợt xét sáng kiến": the council's review rounds. */
export function RoundsPage() {
  const t = useT();
  const own = useInitiativeLabels();
  const navigate = useNavigate();
  const { data, isFetching, error } = useRounds();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('nav.initiativeRounds')}</Typography.Title>
        <Space wrap>
          <ExportButton path="/initiative-rounds/export.xlsx" filename="dot-xet-sang-kien.xlsx" />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('rounds.create')}
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<Round>
        rowKey="id"
        loading={isFetching}
        dataSource={data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyText loading={isFetching}>{t('rounds.empty')}</EmptyText> }}
        columns={[
          {
            key: 'title',
            title: t('rounds.title'),
            render: (_, r) => <Link to={`/initiative-rounds/${r.id}`}>{r.title}</Link>,
          },
          {
            key: 'status',
            title: t('initiatives.status'),
            render: (_, r) => <Tag color={ROUND_COLORS[r.status]}>{own.round[r.status]}</Tag>,
          },
          { key: 'phase', title: t('rounds.phase'), render: (_, r) => r.phases[r.currentPhase]?.label },
          {
            key: 'dates',
            title: t('rounds.dates'),
            render: (_, r) => `${formatDate(r.opensOn)} – ${formatDate(r.closesOn)}`,
          },
          { key: 'items', title: t('rounds.initiatives'), dataIndex: 'itemCount', align: 'right' },
          { key: 'reviewers', title: t('rounds.reviewers'), dataIndex: 'reviewerCount', align: 'right' },
          {
            key: 'progress',
            title: t('rounds.progress'),
            render: (_, r) => (
              <Progress
                percent={r.sheetsExpected ? Math.round((r.sheetsDone / r.sheetsExpected) * 100) : 0}
                format={() => `${r.sheetsDone}/${r.sheetsExpected}`}
                size="small"
                style={{ width: 140 }}
              />
            ),
          },
        ]}
      />
      <RoundFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(d) => void navigate(`/initiative-rounds/${d.round.id}`)}
      />
    </>
  );
}
export default RoundsPage;
