import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Space, Table, Tag } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { SessionList } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { useCanOpenCouncilSession } from '../auth/session.ts';
import { useSessions } from './api.ts';
import { SessionModal } from './SessionModal.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

type Row = SessionList['items'][number];

/** The council's meetings, newest first. */
export function SessionsTab() {
  const t = useT();
  const canOpen = useCanOpenCouncilSession();
  const { data, isFetching, error } = useSessions();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {canOpen && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('council.createSession')}
          </Button>
        )}
        <ExportButton path="/council/sessions/export.xlsx" filename="phien-hop-hoi-dong.xlsx" />
      </Space>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyText loading={isFetching}>{t('council.noSessions')}</EmptyText> }}
        columns={[
          {
            key: 'title',
            title: t('council.sessionTitle'),
            render: (_, s) => <Link to={`/council/sessions/${s.id}`}>{s.title}</Link>,
          },
          { key: 'heldOn', title: t('council.heldOn'), render: (_, s) => formatDate(s.heldOn) },
          { key: 'items', title: t('council.itemCount'), dataIndex: 'itemCount', align: 'right' },
          {
            key: 'status',
            title: t('council.sessionStatus'),
            render: (_, s) =>
              s.status === 'open' ? (
                <Tag color="gold">{t('council.open')}</Tag>
              ) : (
                <Tag color="green">{t('council.closed')}</Tag>
              ),
          },
        ]}
      />
      <SessionModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
