import { MOVEMENT_WORKFLOW, nextStepOf, type MovementStatus } from '@thidua/domain';

/**
 * The movement's "Bước tiếp theo", from its workflow: the office steers it,
 * the participating units register and report; `mine` when the user is that one.
 */
export function movementNextStep(
  m: { status: string; registration_deadline: string | null },
  abilities: { transitions: readonly string[]; edit: boolean; registerOrgIds: readonly string[] },
) {
  const n = nextStepOf(MOVEMENT_WORKFLOW, m.status as MovementStatus, {
    registrationDeadline: m.registration_deadline,
  });
  if (!n) return null;
  const manager = abilities.edit || abilities.transitions.length > 0;
  // The office may register for a unit too, but the turn it waits for is the units' own.
  const mine =
    n.actor === 'manager' ? manager : n.actor === 'unit' ? !manager && abilities.registerOrgIds.length > 0 : false;
  return { actor: n.actor, text: n.text, textEn: n.textEn, mine };
}
