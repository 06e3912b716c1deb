import { SESSION_WORKFLOW } from '../council/sessionWorkflow.ts';
import { INITIATIVE_WORKFLOW, ROUND_WORKFLOW } from '../initiatives/rounds.ts';
import { MOVEMENT_WORKFLOW } from '../movements/stages.ts';
import { PROPOSAL_WORKFLOW } from '../proposals/workflow.ts';
import { DOSSIER_WORKFLOW } from '../onestop/dossierWorkflow.ts';
import { PROCEDURE_WORKFLOW } from '../onestop/procedureWorkflow.ts';
import { STAT_SUBMISSION_WORKFLOW } from '../statistics/submissionWorkflow.ts';
import { SCORECARD_WORKFLOW, SHEET_WORKFLOW } from '../scorecards/workflows.ts';
import { PROGRAMME_WORKFLOW, TASK_WORKFLOW } from '../workProgrammes/workflows.ts';

/** Every workflow by the entity type its transitions are filed under (the web labels a history with it). */
export const WORKFLOWS = {
  movement: MOVEMENT_WORKFLOW,
  proposal: PROPOSAL_WORKFLOW,
  initiative: INITIATIVE_WORKFLOW,
  initiative_round: ROUND_WORKFLOW,
  council_session: SESSION_WORKFLOW,
  procedure: PROCEDURE_WORKFLOW,
  dossier: DOSSIER_WORKFLOW,
  stat_submission: STAT_SUBMISSION_WORKFLOW,
  scorecard: SCORECARD_WORKFLOW,
  scorecard_member: SHEET_WORKFLOW,
  work_programme: PROGRAMME_WORKFLOW,
  work_task: TASK_WORKFLOW,
} as const;
export type WorkflowEntity = keyof typeof WORKFLOWS;
