import type { viWorkflow } from './vi.workflow.ts';

/** English texts of the shared workflow buttons and status history. */
export const enWorkflow: Record<keyof typeof viWorkflow, string> = {
  'workflow.history': 'History',
  'workflow.created': 'Created',
  'workflow.empty': 'No step yet.',
  'workflow.fromTo': '“{from}” → “{to}”',
  'workflow.confirm': 'Confirm',
  'workflow.confirmText': '{action}: “{name}”?',
  'workflow.reason': 'Reason',
  'workflow.reasonOptional': 'Reason / note (optional)',
  'workflow.reasonRequired': 'Please give the reason',
  'workflow.done': 'Done: {action}.',
  'workflow.nextStep': 'Next step',
  'workflow.yourTurn': 'It is your turn.',
  'workflow.unavailableTitle': 'Not possible yet',
  'workflow.refused': 'Could not “{action}”: {detail} The page has been reloaded to show the latest status.',
};
