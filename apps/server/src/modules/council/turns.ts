import { SESSION_WORKFLOW, nextStepOf, type SessionStatus } from '@thidua/domain';

/** The session's "Bước tiếp theo": the members vote while it is open; the office prepares the decision after. */
export function sessionNextStep(session: { status: string; held_on: string }, member: boolean, office: boolean) {
  const n = nextStepOf(SESSION_WORKFLOW, session.status as SessionStatus, { heldOn: session.held_on });
  if (!n) return null;
  const mine = n.actor === 'council' ? member : n.actor === 'office' ? office : false;
  return { actor: n.actor, text: n.text, textEn: n.textEn, mine };
}
