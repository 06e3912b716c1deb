import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { MessageKey } from '../../i18n/index.tsx';
import { Lazy } from '../layout/Lazy.tsx';

const ProgrammesPage = lazy(() => import('./ProgrammesPage.tsx'));
const ProgrammePage = lazy(() => import('./ProgrammePage.tsx'));
const TaskPage = lazy(() => import('./TaskPage.tsx'));
const TasksPage = lazy(() => import('../workTasks/TasksPage.tsx'));
const BoardPage = lazy(() => import('../workTasks/BoardPage.tsx'));
const CalendarPage = lazy(() => import('../workTasks/CalendarPage.tsx'));
const TimelinePage = lazy(() => import('../workTasks/TimelinePage.tsx'));
const ResultsPage = lazy(() => import('../workTasks/ResultsPage.tsx'));

const page = (element: ReactNode, crumb?: MessageKey) => ({
  element: <Lazy>{element}</Lazy>,
  handle: crumb ? { crumb } : undefined,
});

/**
 * The work programmes' pages (docs/work-programmes.md): programmes (a year's, a quarter's, a month's) and their
 * tasks; a task's page (progress reports, the request for a new deadline, completion); the views of all tasks
 * (the list, the leader's board, the deadline calendar, the year's timeline, the results per unit).
 */
export const workProgrammeRoutes: RouteObject[] = [
  {
    path: 'work-programmes',
    handle: { crumb: 'nav.workProgrammes' },
    children: [
      { index: true, ...page(<ProgrammesPage />) },
      { path: ':id', ...page(<ProgrammePage />, 'wp.programme') },
    ],
  },
  {
    path: 'tasks',
    handle: { crumb: 'nav.tasks' },
    children: [
      { index: true, ...page(<TasksPage />) },
      { path: 'board', ...page(<BoardPage />, 'nav.taskBoard') },
      { path: 'calendar', ...page(<CalendarPage />, 'nav.taskCalendar') },
      { path: 'timeline', ...page(<TimelinePage />, 'nav.taskTimeline') },
      { path: 'results', ...page(<ResultsPage />, 'nav.taskResults') },
      { path: ':id', ...page(<TaskPage />, 'wp.task') },
    ],
  },
];
