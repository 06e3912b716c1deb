import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAbility } from '../auth/RequireAuth.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const DeskPage = lazy(() => import('./DeskPage.tsx'));
const ReceivePage = lazy(() => import('./ReceivePage.tsx'));
const DossierPage = lazy(() => import('./DossierPage.tsx'));

const lazyPage = (node: ReactNode) => <Lazy>{node}</Lazy>;

/** The one-stop desk's pages under /one-stop (docs/one-stop.md): queues, receipt, a dossier's page. */
export const onestopRoutes: RouteObject[] = [
  {
    path: 'one-stop',
    handle: { crumb: 'nav.onestopDesk' },
    children: [
      {
        index: true,
        element: lazyPage(
          <RequireAbility can={(a) => a.onestop.desk}>
            <DeskPage />
          </RequireAbility>,
        ),
      },
      {
        path: 'receive',
        handle: { crumb: 'nav.onestopReceive' },
        element: lazyPage(
          <RequireAbility can={(a) => a.onestop.receive}>
            <ReceivePage />
          </RequireAbility>,
        ),
      },
      {
        path: 'dossiers/:id',
        handle: { crumb: 'onestop.dossier' },
        element: lazyPage(
          <RequireAbility can={(a) => a.onestop.desk}>
            <DossierPage />
          </RequireAbility>,
        ),
      },
    ],
  },
];
