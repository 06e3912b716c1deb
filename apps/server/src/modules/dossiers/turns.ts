import { registerTurnContext } from '../../platform/turns.ts';
import { transferDueOf } from './due.ts';
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
    ...(await transferContext(trx, row)),
  };
});

/** An accepted dossier: when it must reach the competent division (the transfer cut-off), or "at once" online. */
async function transferContext(trx: Parameters<typeof transferDueOf>[0], row: Record<string, unknown>) {
  const d = {
    status: String(row.status ?? ''),
    channel: String(row.channel ?? ''),
    received_at: (row.received_at ?? null) as string | null,
  };
  if (d.status !== 'accepted') return {};
  if (d.channel === 'online') return { transferAtOnce: true };
  const transferDueAt = await transferDueOf(trx, d);
  return transferDueAt ? { transferDueAt } : {};
}
