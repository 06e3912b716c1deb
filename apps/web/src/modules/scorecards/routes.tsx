import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/index.tsx';
import { RequireAbility } from '../auth/RequireAuth.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const ScorecardsPage = lazy(() => import('./ScorecardsPage.tsx'));
const TemplatesPage = lazy(() => import('../scorecardTemplates/TemplatesPage.tsx'));
const ParIndexPage = lazy(() => import('../parIndex/ParIndexPage.tsx'));

const page = (element: ReactNode, crumb?: MessageKey) => ({
  element: <Lazy>{element}</Lazy>,
  handle: crumb ? { crumb } : undefined,
});

/**
 * The scorecards pages (docs/scorecards.md): scoring cycles (a cycle, a member's sheet, the ranking), the
 * templates editor (the office), the department's PAR-index history.
 */
export const scorecardRoutes: RouteObject[] = [
  {
    path: 'scorecards',
    handle: { crumb: 'nav.scorecards' },
    children: [{ index: true, ...page(<ScorecardsPage />) }],
  },
  {
    path: 'scorecard-templates',
    handle: { crumb: 'nav.scorecardTemplates' },
    children: [
      {
        index: true,
        ...page(
          <RequireAbility can={(a) => a.scorecards.manage}>
            <TemplatesPage />
          </RequireAbility>,
        ),
      },
    ],
  },
  {
    path: 'par-index',
    handle: { crumb: 'nav.parIndex' },
    children: [{ index: true, ...page(<ParIndexPage />) }],
  },
];
