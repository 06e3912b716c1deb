import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { HeartOutlined } from '../../lib/icons.tsx';
import type { Health } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useAbilities, useCurrentUser } from '../auth/session.ts';
import { TileGroup, useHome } from './HomeTiles.tsx';

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

/**
 * The home (docs/reports.md "Homes"): what waits for the user and, for the leaders, the department's headline
 * figures, each tile a link to the list it counts; an administrator also sees the system's health.
 */
export default function DashboardPage() {
  const t = useT();
  const me = useCurrentUser();
  const admin = useAbilities()?.users.manage ?? false;
  const home = useHome();
  const tiles = home.data?.tiles ?? [];
  const waiting = tiles.filter((x) => x.group === 'waiting');
  const figures = tiles.filter((x) => x.group === 'figures');

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('dash.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('dash.greeting', { name: me.displayName })}</Typography.Text>
      </div>
      {home.isError && <Alert type="error" showIcon title={t('home.loadError')} style={{ marginBottom: 16 }} />}
      {home.isPending ? (
        <Card loading />
      ) : (
        <>
          {tiles.length === 0 && !home.isError && (
            <Typography.Paragraph type="secondary">{t('home.nothing')}</Typography.Paragraph>
          )}
          {waiting.length > 0 && <TileGroup title={t('home.waiting')} tiles={waiting} empty={t('home.allClear')} />}
          {figures.length > 0 && <TileGroup title={t('home.figures')} tiles={figures} />}
        </>
      )}
      {admin && (
        <section>
          <Typography.Title level={4}>{t('home.system')}</Typography.Title>
          <Row gutter={[12, 12]}>
            <Col xs={24} md={12} xl={8}>
              <HealthCard />
            </Col>
          </Row>
        </section>
      )}
    </>
  );
}
