import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/index.tsx';
import { RequireAbility } from '../auth/RequireAuth.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const ProceduresPage = lazy(() => import('./ProceduresPage.tsx'));
const ProcedurePage = lazy(() => import('./ProcedurePage.tsx'));
const ProcedureFormPage = lazy(() => import('./ProcedureFormPage.tsx'));
const ProcedureImportPage = lazy(() => import('./ProcedureImportPage.tsx'));
const SimplificationPage = lazy(() => import('./SimplificationPage.tsx'));
const ReportPage = lazy(() => import('./ReportPage.tsx'));

const page = (element: ReactNode, crumb?: MessageKey): { element: ReactNode; handle?: { crumb: MessageKey } } => ({
  element: <Lazy>{element}</Lazy>,
  handle: crumb ? { crumb } : undefined,
});

/** The procedure catalog's pages under /procedures and the one-stop statistics (docs/one-stop.md). */
export const procedureRoutes: RouteObject[] = [
  {
    path: 'procedures',
    handle: { crumb: 'nav.procedures' },
    children: [
      { index: true, ...page(<ProceduresPage />) },
      {
        path: 'new',
        ...page(
          <RequireAbility can={(a) => a.onestop.catalogEdit}>
            <ProcedureFormPage />
          </RequireAbility>,
          'procedures.newTitle',
        ),
      },
      {
        path: 'import',
        ...page(
          <RequireAbility can={(a) => a.onestop.catalogEdit}>
            <ProcedureImportPage />
          </RequireAbility>,
          'procedures.importTitle',
        ),
      },
      { path: 'simplification', ...page(<SimplificationPage />, 'procedures.simplificationTitle') },
      { path: ':id', ...page(<ProcedurePage />, 'procedures.one') },
      {
        path: ':id/draft',
        ...page(
          <RequireAbility can={(a) => a.onestop.catalogEdit}>
            <ProcedureFormPage />
          </RequireAbility>,
          'procedures.draftCrumb',
        ),
      },
    ],
  },
  {
    path: 'one-stop/report',
    ...page(
      <RequireAbility can={(a) => a.onestop.report}>
        <ReportPage />
      </RequireAbility>,
      'nav.onestopReport',
    ),
  },
];
