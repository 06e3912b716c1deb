import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { Button, Drawer, Grid, Layout, Typography } from 'antd';
import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '../../lib/icons.tsx';
import { useT } from '../../i18n/index.tsx';
import { Crumbs } from './Crumbs.tsx';
import { Lazy } from './Lazy.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { NavMenu } from './NavMenu.tsx';
import { UserMenu } from './UserMenu.tsx';
import { UnsavedChangesGuard } from '../../components/UnsavedChanges.tsx';

const HEADER_STYLE = {
  position: 'sticky' as const,
  top: 0,
  zIndex: 10,
  display: 'flex',
  alignItems: 'center',
  gap: 8,
  paddingInline: 12,
  background: '#7f1d1d',
  color: '#fff',
  height: 56,
  lineHeight: '56px',
};

export default function AppLayout() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <UnsavedChangesGuard />
      <Layout.Header style={HEADER_STYLE}>
        <Button
          type="text"
          style={{ color: '#fff' }}
          aria-label={mobile ? t('nav.menu') : t('nav.collapse')}
          aria-expanded={mobile ? drawerOpen : !collapsed}
          icon={mobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={() => (mobile ? setDrawerOpen(true) : setCollapsed((c) => !c))}
        />
        <Link to="/" style={{ color: '#fff', flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', height: 56 }}>
          <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: 16, lineHeight: '24px' }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <NotificationBell />
        <UserMenu compact={!screens.sm} />
      </Layout.Header>
      <Layout>
        {!mobile && (
          <Layout.Sider
            width={264}
            collapsible
            collapsed={collapsed}
            trigger={null}
            theme="light"
            style={{
              borderInlineEnd: '1px solid #f0f0f0',
              position: 'sticky',
              top: 56,
              height: 'calc(100vh - 56px)',
              overflow: 'auto',
            }}
          >
            <nav aria-label={t('nav.main')}>
              <NavMenu />
            </nav>
          </Layout.Sider>
        )}
        {mobile && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('app.name')}
            size={280}
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('nav.main')}>
              <NavMenu onNavigate={() => setDrawerOpen(false)} />
            </nav>
          </Drawer>
        )}
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          <Crumbs />
          <main>
            <Lazy>
              <Outlet />
            </Lazy>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
