import { lazy, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAbility, RequireAuth } from './modules/auth/RequireAuth.tsx';
import { Lazy } from './modules/layout/Lazy.tsx';
import type { MessageKey } from './i18n/index.tsx';
import { onestopRoutes } from './modules/onestop/routes.tsx';
import { procedureRoutes } from './modules/procedures/routes.tsx';
import { statisticRoutes } from './modules/statistics/routes.tsx';
import { registryRoutes } from './modules/registries/routes.tsx';
import { scorecardRoutes } from './modules/scorecards/routes.tsx';
import { workProgrammeRoutes } from './modules/workProgrammes/routes.tsx';
import { reportRoutes } from './modules/reports/routes.tsx';

const SignInPage = lazy(() => import('./modules/auth/SignInPage.tsx'));
const AppLayout = lazy(() => import('./modules/layout/AppLayout.tsx'));
const DashboardPage = lazy(() => import('./modules/dashboard/DashboardPage.tsx'));
const OrgTreePage = lazy(() => import('./modules/org/OrgTreePage.tsx'));
const PeopleListPage = lazy(() => import('./modules/people/PeopleListPage.tsx'));
const PersonPage = lazy(() => import('./modules/people/PersonPage.tsx'));
const ImportPage = lazy(() => import('./modules/import/ImportPage.tsx'));
const CatalogPage = lazy(() => import('./modules/awards/CatalogPage.tsx'));
const AwardImportPage = lazy(() => import('./modules/awards/AwardImportPage.tsx'));
const PeriodImportPage = lazy(() => import('./modules/awards/PeriodImportPage.tsx'));
const RatingsPage = lazy(() => import('./modules/ratings/RatingsPage.tsx'));
const CandidatesPage = lazy(() => import('./modules/eligibility/CandidatesPage.tsx'));
const InitiativesPage = lazy(() => import('./modules/initiatives/InitiativesPage.tsx'));
const InitiativeDetailPage = lazy(() => import('./modules/initiatives/InitiativeDetailPage.tsx'));
const InitiativeStatsPage = lazy(() => import('./modules/initiatives/StatsPage.tsx'));
const RoundsPage = lazy(() => import('./modules/initiatives/RoundsPage.tsx'));
const RoundPage = lazy(() => import('./modules/initiatives/RoundPage.tsx'));
const ReviewQueuePage = lazy(() => import('./modules/initiatives/ReviewQueuePage.tsx'));
const MovementsPage = lazy(() => import('./modules/movements/MovementsPage.tsx'));
const MovementFormPage = lazy(() => import('./modules/movements/MovementFormPage.tsx'));
const MovementDetailPage = lazy(() => import('./modules/movements/MovementDetailPage.tsx'));
const RegistrationPage = lazy(() => import('./modules/movements/RegistrationPage.tsx'));
const ProposalsPage = lazy(() => import('./modules/proposals/ProposalsPage.tsx'));
const ProposalFormPage = lazy(() => import('./modules/proposals/ProposalFormPage.tsx'));
const ProposalDetailPage = lazy(() => import('./modules/proposals/ProposalDetailPage.tsx'));
const CouncilPage = lazy(() => import('./modules/council/CouncilPage.tsx'));
const SessionPage = lazy(() => import('./modules/council/SessionPage.tsx'));
const DecisionsPage = lazy(() => import('./modules/decisions/DecisionsPage.tsx'));
const WordingPage = lazy(() => import('./modules/decisions/WordingPage.tsx'));
const IssueDecisionPage = lazy(() => import('./modules/decisions/IssueDecisionPage.tsx'));
const DecisionDetailPage = lazy(() => import('./modules/decisions/DecisionDetailPage.tsx'));
const BlocsPage = lazy(() => import('./modules/blocs/BlocsPage.tsx'));
const MailPage = lazy(() => import('./modules/notifications/MailPage.tsx'));
const BlocDetailPage = lazy(() => import('./modules/blocs/BlocDetailPage.tsx'));
const AuditPage = lazy(() => import('./modules/audit/AuditPage.tsx'));
const UsersPage = lazy(() => import('./modules/users/UsersPage.tsx'));
const CalendarPage = lazy(() => import('./modules/calendar/CalendarPage.tsx'));
const SettingsPage = lazy(() => import('./modules/settings/SettingsPage.tsx'));
const ChangePasswordPage = lazy(() => import('./modules/auth/ChangePasswordPage.tsx'));
const NotFoundPage = lazy(() => import('./modules/layout/NotFoundPage.tsx'));

/** Breadcrumb label of a route. */
export interface RouteHandle {
  crumb?: MessageKey;
}

const page = (element: ReactNode, crumb?: MessageKey): Partial<RouteObject> => ({
  element: <Lazy>{element}</Lazy>,
  handle: crumb ? ({ crumb } satisfies RouteHandle) : undefined,
});

export const router = createBrowserRouter([
  { path: '/login', ...page(<SignInPage />) },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Lazy>
          <AppLayout />
        </Lazy>
      </RequireAuth>
    ),
    children: [
      { index: true, ...page(<DashboardPage />) },
      { path: 'organisations', ...page(<OrgTreePage />, 'nav.org') },
      {
        path: 'people',
        handle: { crumb: 'people.title' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<PeopleListPage />) },
          { path: 'new', ...page(<PersonPage />, 'people.newTitle') },
          {
            path: 'import',
            ...page(
              <RequireAbility can={(a) => a.people.import}>
                <ImportPage />
              </RequireAbility>,
              'import.title',
            ),
          },
          { path: ':id', ...page(<PersonPage />, 'people.detail') },
        ],
      },
      {
        path: 'movements',
        handle: { crumb: 'nav.movements' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<MovementsPage />) },
          { path: 'new', ...page(<MovementFormPage />, 'movements.newTitle') },
          { path: ':id', ...page(<MovementDetailPage />, 'movements.detail') },
          { path: ':id/edit', ...page(<MovementFormPage />, 'movements.editTitle') },
          { path: ':id/registrations/:orgId', ...page(<RegistrationPage />, 'movements.registration') },
        ],
      },
      {
        path: 'mail',
        handle: { crumb: 'nav.mail' } satisfies RouteHandle,
        ...page(
          <RequireAbility can={(a) => a.mail.manage}>
            <MailPage />
          </RequireAbility>,
        ),
      },
      {
        path: 'blocs',
        handle: { crumb: 'nav.blocs' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<BlocsPage />) },
          { path: ':id', ...page(<BlocDetailPage />, 'blocs.detail') },
        ],
      },
      {
        path: 'proposals',
        handle: { crumb: 'nav.proposals' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<ProposalsPage />) },
          { path: 'new', ...page(<ProposalFormPage />, 'proposals.newTitle') },
          { path: ':id', ...page(<ProposalDetailPage />, 'proposals.detail') },
          { path: ':id/edit', ...page(<ProposalFormPage />, 'proposals.editTitle') },
        ],
      },
      {
        path: 'council',
        handle: { crumb: 'nav.council' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<CouncilPage />) },
          { path: 'sessions/:id', ...page(<SessionPage />, 'council.session') },
        ],
      },
      {
        path: 'decisions',
        handle: { crumb: 'nav.decisions' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<DecisionsPage />) },
          { path: 'new', ...page(<IssueDecisionPage />, 'decisions.issueTitle') },
          { path: ':id', ...page(<DecisionDetailPage />, 'decisions.detail') },
        ],
      },
      { path: 'decision-templates', ...page(<WordingPage />, 'nav.decisionTemplates') },
      { path: 'awards/catalog', ...page(<CatalogPage />, 'nav.catalog') },
      {
        path: 'awards/import',
        ...page(
          <RequireAbility can={(a) => a.awardHistory.import}>
            <AwardImportPage />
          </RequireAbility>,
          'nav.awardImport',
        ),
      },
      {
        path: 'awards/periods-import',
        ...page(
          <RequireAbility can={(a) => a.awardHistory.import}>
            <PeriodImportPage />
          </RequireAbility>,
          'nav.periodImport',
        ),
      },
      { path: 'ratings', ...page(<RatingsPage />, 'nav.ratings') },
      { path: 'eligibility/candidates', ...page(<CandidatesPage />, 'nav.candidates') },
      {
        path: 'initiatives',
        handle: { crumb: 'nav.initiatives' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<InitiativesPage />) },
          { path: 'stats', ...page(<InitiativeStatsPage />, 'nav.initiativeStats') },
          { path: ':id', ...page(<InitiativeDetailPage />, 'initiatives.detail') },
        ],
      },
      {
        path: 'initiative-rounds',
        handle: { crumb: 'nav.initiativeRounds' } satisfies RouteHandle,
        children: [
          { index: true, ...page(<RoundsPage />) },
          { path: ':id', ...page(<RoundPage />, 'rounds.detail') },
        ],
      },
      { path: 'initiative-reviews', ...page(<ReviewQueuePage />, 'nav.initiativeReviews') },
      {
        path: 'audit',
        ...page(
          <RequireAbility can={(a) => a.audit.read}>
            <AuditPage />
          </RequireAbility>,
          'nav.audit',
        ),
      },
      {
        path: 'users',
        ...page(
          <RequireAbility can={(a) => a.users.manage}>
            <UsersPage />
          </RequireAbility>,
          'nav.users',
        ),
      },
      {
        path: 'calendar',
        ...page(
          <RequireAbility can={(a) => a.calendar.edit}>
            <CalendarPage />
          </RequireAbility>,
          'nav.calendar',
        ),
      },
      {
        path: 'settings',
        ...page(
          <RequireAbility can={(a) => a.settings.edit}>
            <SettingsPage />
          </RequireAbility>,
          'nav.settings',
        ),
      },
      ...onestopRoutes,
      ...procedureRoutes,
      ...statisticRoutes,
      ...registryRoutes,
      ...scorecardRoutes,
      ...workProgrammeRoutes,
      ...reportRoutes,
      { path: 'account/password', ...page(<ChangePasswordPage />, 'user.changePassword') },
      { path: '*', ...page(<NotFoundPage />) },
    ],
  },
] as RouteObject[]);
