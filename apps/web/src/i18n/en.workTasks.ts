import type { viWorkTasks } from './vi.workTasks.ts';

/** English texts of the task views. */
export const enWorkTasks: Record<keyof typeof viWorkTasks, string> = {
  'nav.taskBoard': "Leader's board",
  'nav.taskCalendar': 'Deadline calendar',
  'nav.taskTimeline': "The year's timeline",
  'nav.taskResults': 'Results',
  'wt.board': "Tasks: the leader's board",
  'wt.calendar': 'Task deadlines',
  'wt.timeline': "The year's timeline",
  'wt.results': 'Task results',
};
