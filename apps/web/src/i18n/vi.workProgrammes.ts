/** Vietnamese texts of the work programmes: programmes, a task's page, progress reports (docs/work-programmes.md). */
export const viWorkProgrammes = {
  'nav.programmesMenu': 'Chương trình công tác',
  'nav.workProgrammes': 'Chương trình công tác',
  'nav.tasks': 'Nhiệm vụ',
  'wp.title': 'Chương trình công tác',
  'wp.programme': 'Chương trình',
  'wp.task': 'Nhiệm vụ',
} as const;
