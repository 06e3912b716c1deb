import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import {
  ApartmentOutlined,
  FileExcelOutlined,
  HeartOutlined,
  TeamOutlined,
  UserAddOutlined,
} from '../../lib/icons.tsx';
import { api } from '../../api/client.ts';
import type { Health } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useCanImportPeople, useCanWritePeople, useCurrentUser } from '../auth/session.ts';
import { useOrganisations } from '../org/api.ts';

function usePeopleCount(status?: string) {
  return useQuery({
    queryKey: ['people', 'count', status ?? 'all'],
    queryFn: ({ signal }) => api.get<{ total: number }>('/people/count', { status }, signal).then((r) => r.total),
  });
}

function HealthCard() {
  const t = useT();
  const { data, isPending, isError } = useQuery({
    queryKey: ['health'],
    // 503 still carries the health body (degraded): read it instead of treating it as an error.
    queryFn: async ({ signal }) => {
      const res = await fetch('/api/health', { signal, headers: { accept: 'application/json' } });
      if (!res.ok && res.status !== 503) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as Health;
    },
    refetchInterval: 60_000,
  });
  const ok = data?.status === 'ok';
  const status = isError ? t('dash.healthDown') : ok ? t('dash.healthOk') : t('dash.healthDegraded');
  return (
    <Card loading={isPending}>
      <Statistic
        title={t('dash.health')}
        value={status}
        prefix={<HeartOutlined />}
        styles={{ content: { color: ok ? '#389e0d' : '#cf1322' } }}
      />
      {data && (
        <Space orientation="vertical" size={2} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {t('dash.database', {
              dialect: data.database.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL',
              state: data.database.reachable ? t('dash.dbReachable') : t('dash.dbUnreachable'),
            })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('dash.migrations', { applied: data.migrations.applied, pending: data.migrations.pending })}
          </Typography.Text>
          <Typography.Text type="secondary">{t('dash.version', { version: data.version })}</Typography.Text>
        </Space>
      )}
    </Card>
  );
}

export default function DashboardPage() {
  const t = useT();
  const me = useCurrentUser();
  const canWrite = useCanWritePeople();
  const canImport = useCanImportPeople();
  const orgs = useOrganisations();
  const people = usePeopleCount();
  const working = usePeopleCount('working');
  const activeUnits = orgs.data?.filter((o) => o.active).length ?? 0;

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('dash.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('dash.greeting', { name: me.displayName })}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card loading={orgs.isPending}>
            <Statistic
              title={t('dash.units')}
              value={formatNumber(orgs.data?.length ?? 0)}
              prefix={<ApartmentOutlined />}
            />
            <Typography.Text type="secondary">
              {t('dash.unitsActive', { count: formatNumber(activeUnits) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={people.isPending}>
            <Statistic title={t('dash.people')} value={formatNumber(people.data ?? 0)} prefix={<TeamOutlined />} />
            <Typography.Text type="secondary">
              {t('dash.peopleWorking', { count: formatNumber(working.data ?? 0) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <HealthCard />
        </Col>
      </Row>
      <Card title={t('dash.shortcuts')} style={{ marginTop: 16 }}>
        <Space wrap>
          <Link to="/organisations">
            <Button icon={<ApartmentOutlined />}>{t('dash.goOrg')}</Button>
          </Link>
          <Link to="/people">
            <Button icon={<TeamOutlined />}>{t('dash.goPeople')}</Button>
          </Link>
          {canWrite && (
            <Link to="/people/new">
              <Button icon={<UserAddOutlined />}>{t('dash.goAdd')}</Button>
            </Link>
          )}
          {canImport && (
            <Link to="/people/import">
              <Button icon={<FileExcelOutlined />}>{t('dash.goImport')}</Button>
            </Link>
          )}
        </Space>
      </Card>
    </>
  );
}
