import {
  ROLE_GROUPS,
  ROUND_WORKFLOW,
  actionsFor,
  type InitiativeActor,
  type InitiativeStatus,
  type Role,
  type RoundAction,
  type RoundStatus,
  type WorkflowActor,
} from '@thidua/domain';
import { canReach, hasAnyRole, scopeOf, type RequestUser } from '../../platform/access.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/** The emulation office and the leaders (the council's chair) run review rounds. */
export const ROUND_MANAGERS: readonly Role[] = ROLE_GROUPS.roundManagers;

/** The office, or a unit's own officer, records its initiatives (the service then checks the unit). */
export const INITIATIVE_WRITERS: readonly Role[] = ROLE_GROUPS.unitWriters;
/** The emulation office proposes an initiative to the provincial council and records its result. */
export const ESCALATION_MANAGERS: readonly Role[] = ROLE_GROUPS.office;

export const isRoundManager = (user: RequestUser, tree: OrgTree) => scopeOf(user, ROUND_MANAGERS, tree) === 'all';

export interface InitiativeAbilities {
  edit: boolean;
  attach: boolean;
  /** Propose a grassroots initiative to the provincial council. */
  proposeEscalation: boolean;
  /** Record the provincial council's result. */
  recordEscalation: boolean;
}

interface Row {
  org_id: string;
  status: InitiativeStatus;
  level: string | null;
  escalation: string | null;
}

/**
 * What this user may do with this initiative now. The unit edits its own while
 * no council holds it (submitted, or not recognised and so open to a new
 * round); the office edits any; a reviewer scoring it anonymously edits nothing.
 */
export function initiativeAbilities(
  user: RequestUser | undefined,
  tree: OrgTree,
  r: Row,
  hidden: boolean,
): InitiativeAbilities {
  if (!user || hidden) return { edit: false, attach: false, proposeEscalation: false, recordEscalation: false };
  const office = canReach(user, ROLE_GROUPS.office, r.org_id, tree);
  const unit =
    canReach(user, ROLE_GROUPS.unitWriters, r.org_id, tree) &&
    (r.status === 'submitted' || r.status === 'not_recognised');
  const edit = office || unit;
  return {
    edit,
    attach: edit,
    proposeEscalation:
      office &&
      r.status === 'recognised' &&
      r.level === 'grassroots' &&
      (!r.escalation || r.escalation === 'not_recognised'),
    recordEscalation: office && r.escalation === 'proposed',
  };
}

/** The user as the initiative's workflow sees him (round steps by managers, a past recognition by editors). */
export function initiativeActor(user: RequestUser, tree: OrgTree, r: Row): WorkflowActor<InitiativeActor> {
  const kinds: InitiativeActor[] = [];
  if (isRoundManager(user, tree)) kinds.push('manager');
  if (initiativeAbilities(user, tree, r, false).edit) kinds.push('editor');
  return { kinds };
}

export interface RoundAbilities {
  /** Change its initiatives, reviewers and rubric: only while it is being set up. */
  edit: boolean;
  /** The round steps a manager may take by hand now. */
  actions: RoundAction[];
  /** Move it to another phase. */
  phase: boolean;
  /** Decide on its initiatives: once scoring has closed. */
  recognise: boolean;
}

/** What a round manager may do with a round now (others do not reach a round at all). */
export function roundAbilities(status: RoundStatus): RoundAbilities {
  return {
    edit: status === 'setup',
    actions: actionsFor(ROUND_WORKFLOW, status, { kinds: ['manager'] }, {}).filter(
      (a): a is RoundAction => a !== 'decide',
    ),
    phase: status !== 'decided',
    recognise: status === 'closed',
  };
}

/** What the user may do with initiatives and rounds as a whole (for `/auth/me`). */
export const initiativeCollectionAbilities = (user: RequestUser, tree: OrgTree) => ({
  initiatives: { create: hasAnyRole(user, INITIATIVE_WRITERS) },
  initiativeRounds: { create: isRoundManager(user, tree) },
});
