import type { viWorkProgrammes } from './vi.workProgrammes.ts';

/** English texts of the work programmes. */
export const enWorkProgrammes: Record<keyof typeof viWorkProgrammes, string> = {
  'nav.programmesMenu': 'Work programmes',
  'nav.workProgrammes': 'Work programmes',
  'nav.tasks': 'Tasks',
  'wp.title': 'Work programmes',
  'wp.programme': 'Programme',
  'wp.task': 'Task',
};
