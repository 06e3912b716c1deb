import { PROCEDURE_WORKFLOW, ROLE_GROUPS, actionsFor, type ProcedureStatus, type Role } from '@thidua/domain';
import type { z } from 'zod';
import type { ProcedureAbilities } from '@thidua/contracts';
import { ANY_ROLE, hasAnyRole, type RequestUser } from '../../platform/access.ts';

/** Everyone signed in reads the catalog (it is public anyway). */
export const READERS: readonly Role[] = ANY_ROLE;
/** The one-stop section keeps the catalog (docs/one-stop.md, "Who does what"). */
export const EDITORS: readonly Role[] = ROLE_GROUPS.onestopDesk;

export const canEditCatalog = (user: RequestUser) => hasAnyRole(user, EDITORS);

/** The user as the procedure workflow sees him. */
export const procedureActor = (user: RequestUser) => ({ kinds: canEditCatalog(user) ? (['editor'] as const) : [] });

/** What this user may do with this procedure now: the service refuses by the same rules. */
export function procedureAbilities(
  user: RequestUser,
  status: ProcedureStatus,
  hasDraft: boolean,
): z.infer<typeof ProcedureAbilities> {
  const edit = canEditCatalog(user) && status !== 'abolished';
  const transitions = actionsFor(PROCEDURE_WORKFLOW, status, procedureActor(user), {}).filter(
    // Publishing and amending publish a draft version: without one there is nothing to publish.
    (a) => a === 'abolish' || hasDraft,
  );
  return {
    edit,
    editDraft: edit && hasDraft,
    startAmendment: edit && status === 'published' && !hasDraft,
    transitions,
  };
}
