import { registerTurnContext } from '../../platform/turns.ts';
import { currentStep, userName } from './queries.ts';

/**
 * What a dossier's next-step words read when a notice is sent: the current internal step's name, its officer and
 * its due time, so "Nguyễn Văn A: xử lý bước "Thẩm định hồ sơ" (hạn …)" names them.
 */
registerTurnContext('dossier', async (trx, row) => {
  const d = { id: String(row.id), step_index: Number(row.step_index ?? 0) };
  const step = await currentStep(trx, d);
  const assigneeName = await userName(trx, (step?.assignee_id ?? row.assignee_id ?? null) as string | null);
  return {
    ...(step ? { stepName: step.name } : {}),
    ...(assigneeName ? { assigneeName } : {}),
    ...(step?.due_at || row.due_at ? { dueAt: step?.due_at ?? row.due_at } : {}),
  };
});
