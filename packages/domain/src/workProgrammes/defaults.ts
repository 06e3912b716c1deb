/**
 * Defaults of the work programmes' settings (contracts `settingsWorkProgrammes.ts`, area `workProgrammes`):
 * the department's own choices, no legal source fixes them.
 */
export interface WorkProgrammeSettings {
  /** Working days before a task's deadline when its unit is reminded (0: no reminder before the deadline). */
  remindDaysBefore: number;
}

export const DEFAULT_WORK_PROGRAMMES: WorkProgrammeSettings = { remindDaysBefore: 3 };
