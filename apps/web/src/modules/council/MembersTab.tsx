import { useState } from 'react';
import { Alert, Button, Space, Table, Tag } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { CouncilMemberView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { EditOutlined, UserAddOutlined } from '../../lib/icons.tsx';
import { useCanManageCouncilMembers } from '../auth/session.ts';
import { useProposalLabels } from '../proposals/labels.ts';
import { useCouncilMembers } from './api.ts';
import { MemberModal } from './MemberModal.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

/** The council's members: role, unit (for recusal) and term. */
export function MembersTab() {
  const t = useT();
  const labels = useProposalLabels();
  const canManage = useCanManageCouncilMembers();
  const { data, isFetching, error } = useCouncilMembers();
  const [editing, setEditing] = useState<CouncilMemberView | 'new' | null>(null);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {canManage && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing('new')}>
            {t('council.addMember')}
          </Button>
        )}
        <ExportButton path="/council/members/export.xlsx" filename="thanh-vien-hoi-dong.xlsx" />
      </Space>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 12 }} />}
      <Table<CouncilMemberView>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyText loading={isFetching}>{t('council.noMembers')}</EmptyText> }}
        columns={[
          { key: 'name', title: t('council.memberName'), dataIndex: 'name' },
          { key: 'role', title: t('council.role'), render: (_, m) => labels.councilRole[m.role] },
          { key: 'org', title: t('council.unit'), dataIndex: 'orgName' },
          {
            key: 'term',
            title: t('council.term'),
            render: (_, m) => `${formatDate(m.termFrom)} – ${m.termTo ? formatDate(m.termTo) : t('council.termOpen')}`,
          },
          {
            key: 'active',
            title: t('council.state'),
            render: (_, m) =>
              m.active ? <Tag color="green">{t('council.active')}</Tag> : <Tag>{t('council.inactive')}</Tag>,
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, m: CouncilMemberView) => (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t('council.editMemberOf', { name: m.name })}
                      onClick={() => setEditing(m)}
                    >
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <MemberModal
        open={editing !== null}
        member={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
