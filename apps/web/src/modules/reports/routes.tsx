import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/index.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const SummaryReportPage = lazy(() => import('./SummaryReportPage.tsx'));
const TdktFormsPage = lazy(() => import('./TdktFormsPage.tsx'));

const page = (element: ReactNode, crumb?: MessageKey) => ({
  element: <Lazy>{element}</Lazy>,
  handle: crumb ? { crumb } : undefined,
});

/** Reports written from the data (docs/reports.md): the summary report and the statutory TĐKT forms. */
export const reportRoutes: RouteObject[] = [
  {
    path: 'reports',
    children: [
      { path: 'summary', ...page(<SummaryReportPage />, 'nav.summaryReport') },
      { path: 'tdkt-forms', ...page(<TdktFormsPage />, 'nav.tdktForms') },
    ],
  },
];
