import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, KeyOutlined, LockOutlined, UnlockOutlined, UserAddOutlined } from '../../lib/icons.tsx';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useUpdateUser, useUsers } from './api.ts';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

export default function UsersPage() {
  const t = useT();
  const labels = useLabels();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const { data, isFetching, error } = useUsers();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const toggleActive = async (user: User) => {
    try {
      await update.mutateAsync({ id: user.id, version: user.version, active: !user.active });
      void message.success(t('common.saved'));
    } catch (e) {
      handle(e);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('users.title')}</Typography.Title>
        <Space wrap>
          <ExportButton path="/users/export.xlsx" filename="tai-khoan-nguoi-dung.xlsx" />
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing('new')}>
            {t('users.add')}
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<User>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { key: 'username', title: t('users.username'), dataIndex: 'username' },
          { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
          {
            key: 'roles',
            title: t('users.roles'),
            render: (_: unknown, user) => (
              <Space size={[4, 4]} wrap>
                {user.roles.map((grant) => (
                  <Tag key={`${grant.role}:${grant.orgId}`} color={grant.role === 'admin' ? 'red' : 'blue'}>
                    {labels.role[grant.role]} · {grant.orgName}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            key: 'active',
            title: t('users.status'),
            dataIndex: 'active',
            render: (active: boolean) =>
              active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>,
          },
          {
            key: 'lastLoginAt',
            title: t('users.lastLogin'),
            dataIndex: 'lastLoginAt',
            responsive: ['xxl'],
            render: (at: string | null) => (at ? formatDateTime(at) : t('users.never')),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            render: (_: unknown, user) => (
              <Space size={4} wrap>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(user)}>
                  {t('common.edit')}
                </Button>
                <Tooltip title={t('users.resetPassword')}>
                  <Button
                    size="small"
                    icon={<KeyOutlined />}
                    aria-label={t('users.resetPassword')}
                    onClick={() => setResetting(user)}
                  />
                </Tooltip>
                {user.active ? (
                  <Popconfirm
                    title={t('users.deactivateConfirm', { name: user.username })}
                    okText={t('users.deactivate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => toggleActive(user)}
                    disabled={user.id === me.id}
                  >
                    <Tooltip title={t('users.deactivate')}>
                      <Button
                        size="small"
                        danger
                        icon={<LockOutlined />}
                        aria-label={t('users.deactivate')}
                        disabled={user.id === me.id}
                      />
                    </Tooltip>
                  </Popconfirm>
                ) : (
                  <Tooltip title={t('users.activate')}>
                    <Button
                      size="small"
                      icon={<UnlockOutlined />}
                      aria-label={t('users.activate')}
                      onClick={() => void toggleActive(user)}
                    />
                  </Tooltip>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserFormModal
        open={editing !== null}
        user={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
