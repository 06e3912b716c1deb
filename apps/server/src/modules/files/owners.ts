import type { AttachmentView } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { listAttachments } from '../../platform/files.ts';
import { blocYearAttachments } from '../blocs/service.ts';
import { canManageBlocs } from '../blocs/policy.ts';
import { canSeeDossier } from '../dossiers/policy.ts';
import { dossierRow } from '../dossiers/queries.ts';
import { getInitiative, mayManageFiles } from '../initiatives/service.ts';
import { canManageMovement, getMovement } from '../movements/service.ts';
import { getProposal } from '../proposals/service.ts';
import { mayRemoveEvidence, scoreEvidence } from '../scorecards/evidence.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf } from '../../platform/context.ts';
import { taskAbilities, taskRow } from '../workTasks/taskView.ts';

export interface Owner {
  owner_type: string;
  owner_id: string;
}

/**
 * The files the owning record shows this user, read through that record's own
 * service (its scope, anonymous review, …): a record out of reach answers its
 * 404 here too. Every owner type passed to `attachUpload` must be listed; an
 * unknown one shows nothing.
 */
async function shownWithOwner(deps: Deps, user: RequestUser, owner: Owner): Promise<AttachmentView[]> {
  switch (owner.owner_type) {
    case 'proposal':
      return (await getProposal(deps, user, owner.owner_id)).attachments;
    case 'initiative':
      return (await getInitiative(deps, user, owner.owner_id)).attachments;
    case 'movement':
      return (await getMovement(deps, user, owner.owner_id)).attachments;
    case 'bloc_year':
      return blocYearAttachments(deps, user, owner.owner_id);
    case 'dossier': {
      // The scans of a dossier's checklist: whoever may see the dossier (its desk, its handlers, its leaders).
      const d = await dossierRow(deps.db.kysely, owner.owner_id);
      if (!canSeeDossier(user, await deps.tree.fresh(), d)) return [];
      return (await listAttachments(deps.db.kysely, 'dossier', [d.id])).get(d.id) ?? [];
    }
    case 'procedure_version':
      // A procedure's form templates: the catalog is public, so everyone signed in.
      return (await listAttachments(deps.db.kysely, 'procedure_version', [owner.owner_id])).get(owner.owner_id) ?? [];
    case 'scorecard_score':
      // A criterion's evidence: whoever may read the member's sheet.
      return scoreEvidence(deps, user, owner.owner_id);
    case 'work_task': {
      // A task's files (its product, reports): everyone signed in, as the task itself.
      const t = await taskRow(deps.db.kysely, owner.owner_id);
      return (await listAttachments(deps.db.kysely, 'work_task', [t.id])).get(t.id) ?? [];
    }
    default:
      return [];
  }
}

/** A file is readable exactly when its record is and the record shows it; otherwise the same 404 as a missing file. */
export async function assertFileReadable(deps: Deps, user: RequestUser, file: Owner & { id: string }): Promise<void> {
  const shown = await shownWithOwner(deps, user, file).catch((e: unknown) => {
    if (e instanceof AppError && e.status === 404) return [];
    throw e;
  });
  if (!shown.some((a) => a.id === file.id)) throw notFound('tệp đính kèm');
}

/** Who may remove a file: whoever may change the record it belongs to. */
export async function mayRemoveFile(deps: Deps, user: RequestUser, owner: Owner): Promise<boolean> {
  switch (owner.owner_type) {
    case 'proposal':
      return (await getProposal(deps, user, owner.owner_id)).abilities.edit;
    case 'initiative':
      return mayManageFiles(deps, user, owner.owner_id);
    case 'movement':
      return canManageMovement(deps, user, owner.owner_id);
    case 'bloc_year':
      return canManageBlocs(user, await deps.tree.fresh());
    case 'scorecard_score':
      return mayRemoveEvidence(deps, user, owner.owner_id);
    case 'work_task': {
      // Whoever may edit the task (the office) or report on it (its unit in charge, while it is open).
      const t = await taskRow(deps.db.kysely, owner.owner_id);
      const { abilities } = taskAbilities(user, await deps.tree.fresh(), t, todayVn(clockOf(deps)));
      return abilities.edit || abilities.report;
    }
    default:
      return false;
  }
}
