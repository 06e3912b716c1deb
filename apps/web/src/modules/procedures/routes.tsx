import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Lazy } from '../layout/Lazy.tsx';

const ProceduresPage = lazy(() => import('./ProceduresPage.tsx'));

/** The procedure catalog's pages under /procedures and the one-stop statistics (docs/one-stop.md). */
export const procedureRoutes: RouteObject[] = [
  {
    path: 'procedures',
    handle: { crumb: 'nav.procedures' },
    children: [
      {
        index: true,
        element: (
          <Lazy>
            <ProceduresPage />
          </Lazy>
        ),
      },
    ],
  },
];
