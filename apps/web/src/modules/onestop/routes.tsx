import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Lazy } from '../layout/Lazy.tsx';

const DeskPage = lazy(() => import('./DeskPage.tsx'));

/** The one-stop desk's pages under /one-stop (docs/one-stop.md): queues, receipt, a dossier's page. */
export const onestopRoutes: RouteObject[] = [
  {
    path: 'one-stop',
    handle: { crumb: 'nav.onestopDesk' },
    children: [
      {
        index: true,
        element: (
          <Lazy>
            <DeskPage />
          </Lazy>
        ),
      },
    ],
  },
];
