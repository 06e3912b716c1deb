import { useEffect } from 'react';
import { Link, useMatches } from 'react-router';
import { Breadcrumb } from 'antd';
import { HomeOutlined } from '../../lib/icons.tsx';
import { useT } from '../../i18n/index.tsx';
import type { RouteHandle } from '../../router.tsx';

export function Crumbs() {
  const t = useT();
  const matches = useMatches();
  const trail = matches.filter((match) => (match.handle as RouteHandle | undefined)?.crumb);
  const current = trail.length ? t((trail[trail.length - 1]!.handle as RouteHandle).crumb!) : t('nav.dashboard');
  useEffect(() => {
    document.title = `${current} — ${t('app.short')}`;
  }, [current, t]);
  const items = [
    {
      key: '/',
      title: (
        <Link to="/" aria-label={t('nav.dashboard')}>
          <HomeOutlined /> {t('nav.dashboard')}
        </Link>
      ),
    },
    ...trail.map((match, index) => {
      const label = t((match.handle as RouteHandle).crumb!);
      const last = index === trail.length - 1;
      return { key: match.id, title: last ? label : <Link to={match.pathname}>{label}</Link> };
    }),
  ];
  return <Breadcrumb items={items} aria-label={t('nav.breadcrumb')} style={{ marginBottom: 12 }} />;
}
