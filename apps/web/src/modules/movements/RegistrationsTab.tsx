import { App, Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { problemText } from '../../api/problems.ts';
import type { MovementView, RegistrationOverview } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { NotificationOutlined } from '../../lib/icons.tsx';
import { useRegistrationOverview, useRemind } from './api.ts';
import { ExportButton } from '../../components/ExportButton.tsx';

type Row = RegistrationOverview['items'][number];

/** "Đăng ký": who has registered, who is late, and a reminder for the rest. */
export function RegistrationsTab({ movement }: { movement: MovementView }) {
  const t = useT();
  const { message } = App.useApp();
  const { data, isFetching, error } = useRegistrationOverview(movement.id);
  const remind = useRemind(movement.id);
  const mine = new Set(movement.abilities.registerOrgIds);
  const missing = (data?.items ?? []).filter((r) => !r.registered);

  const onRemind = async () => {
    try {
      const result = await remind.mutateAsync({ orgIds: missing.map((r) => r.orgId) });
      void message.success(t('movements.reminded', { orgs: result.orgs, people: result.notified }));
    } catch (e) {
      void message.error(problemText(e, t));
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Text>
          {t('movements.deadline')}: <strong>{formatDate(data?.deadline ?? null) || t('common.none')}</strong>
          {' · '}
          {t('movements.registeredOf', {
            count: (data?.items.length ?? 0) - missing.length,
            total: data?.items.length ?? 0,
          })}
        </Typography.Text>
        <Space wrap>
          <ExportButton
            path={`/movements/${encodeURIComponent(movement.id)}/registrations/export.xlsx`}
            filename="dang-ky-thi-dua.xlsx"
          />
          {movement.abilities.remind && (
            <Button
              icon={<NotificationOutlined />}
              disabled={!missing.length}
              loading={remind.isPending}
              onClick={() => void onRemind()}
            >
              {t('movements.remind')}
            </Button>
          )}
        </Space>
      </div>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="orgId"
        size="middle"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'org',
            title: t('movements.unit'),
            render: (_, r) =>
              mine.has(r.orgId) || movement.abilities.remind ? (
                <Link to={`/movements/${movement.id}/registrations/${r.orgId}`}>{r.orgName}</Link>
              ) : (
                r.orgName
              ),
          },
          {
            key: 'status',
            title: t('movements.status'),
            render: (_, r) => (
              <Space size={4}>
                {r.registered ? (
                  <Tag color="green">{t('movements.isRegistered')}</Tag>
                ) : (
                  <Tag color="red">{t('movements.notRegistered')}</Tag>
                )}
                {r.late && <Tag color="orange">{t('movements.late')}</Tag>}
              </Space>
            ),
          },
          { key: 'at', title: t('movements.registeredAt'), render: (_, r) => formatDateTime(r.registeredAt) },
          { key: 'collective', title: t('movements.collectiveTitles'), dataIndex: 'collectiveTitles', align: 'right' },
          { key: 'people', title: t('movements.peopleTitles'), dataIndex: 'people', align: 'right' },
          {
            key: 'reminded',
            title: t('movements.lastReminded'),
            render: (_, r) => formatDateTime(r.lastRemindedAt) || t('common.none'),
          },
        ]}
      />
    </>
  );
}
