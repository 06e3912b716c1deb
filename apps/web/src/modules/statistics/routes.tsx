import { lazy, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/index.tsx';
import { RequireAbility } from '../auth/RequireAuth.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const EntryPage = lazy(() => import('./EntryPage.tsx'));
const SubmissionsPage = lazy(() => import('./SubmissionsPage.tsx'));
const AnalysisPage = lazy(() => import('./AnalysisPage.tsx'));
const DashboardPage = lazy(() => import('./DashboardPage.tsx'));
const CatalogPage = lazy(() => import('./CatalogPage.tsx'));

const page = (element: ReactNode, crumb: MessageKey) => ({
  element: <Lazy>{element}</Lazy>,
  handle: { crumb },
});

/** The statistics pages (docs/statistics.md): entry, approval, analysis, the leader's dashboard, the catalog. */
export const statisticRoutes: RouteObject[] = [
  {
    path: 'statistics',
    handle: { crumb: 'nav.statisticsMenu' },
    children: [
      { index: true, element: <Navigate to="dashboard" replace /> },
      {
        path: 'entry',
        ...page(
          <RequireAbility can={(a) => a.statistics.enter}>
            <EntryPage />
          </RequireAbility>,
          'nav.statEntry',
        ),
      },
      {
        path: 'submissions',
        ...page(
          <RequireAbility can={(a) => a.statistics.enter || a.statistics.plan || a.statistics.accept}>
            <SubmissionsPage />
          </RequireAbility>,
          'nav.statSubmissions',
        ),
      },
      { path: 'analysis', ...page(<AnalysisPage />, 'nav.statAnalysis') },
      { path: 'dashboard', ...page(<DashboardPage />, 'nav.statDashboard') },
      { path: 'catalog', ...page(<CatalogPage />, 'nav.statCatalog') },
    ],
  },
];
