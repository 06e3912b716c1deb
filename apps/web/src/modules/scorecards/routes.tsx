import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/index.tsx';
import { RequireAbility } from '../auth/RequireAuth.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const ScorecardsPage = lazy(() => import('./ScorecardsPage.tsx'));
const CyclePage = lazy(() => import('./CyclePage.tsx'));
const SheetPage = lazy(() => import('./SheetPage.tsx'));
const TemplatesPage = lazy(() => import('../scorecardTemplates/TemplatesPage.tsx'));
const TemplateEditorPage = lazy(() => import('../scorecardTemplates/TemplateEditorPage.tsx'));
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
    children: [
      { index: true, ...page(<ScorecardsPage />) },
      {
        // The cycle's page holds its ranking (ranked and published cycles): no page of its own.
        path: ':id',
        handle: { crumb: 'sc.cycle' },
        children: [
          { index: true, ...page(<CyclePage />) },
          { path: 'members/:memberId', ...page(<SheetPage />, 'sc.sheet') },
        ],
      },
    ],
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
      {
        path: ':id',
        ...page(
          <RequireAbility can={(a) => a.scorecards.manage}>
            <TemplateEditorPage />
          </RequireAbility>,
          'sct.editorCrumb',
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
