import type { z } from 'zod';
import type { DossierView } from '@thidua/contracts';
import {
  DOSSIER_PORTAL_CODES,
  DOSSIER_STATUS_LABELS,
  DOSSIER_WORKFLOW,
  nextStepOf,
  type ApplicantKind,
  type DossierChannel,
  type DossierResult,
} from '@thidua/domain';
import { num, bool } from '../../db/index.ts';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { listTransitions } from '../../platform/transitions.ts';
import { getSetting } from '../settings/service.ts';
import { clockwork, dueSoonLimit, timeFlags, transferDueOf } from './due.ts';
import { canSeeDossier, dossierAbilities, dossierActorKinds } from './policy.ts';
import {
  checklistOf,
  scanHistoryOf,
  dossierRow,
  legsOf,
  pausesOf,
  stepContext,
  stepsOf,
  userName,
  versionRow,
  type Executor,
} from './queries.ts';

type View = z.infer<typeof DossierView>;

/** A dossier as its page shows it, for a user who may see it (404 otherwise, as for a missing one). */
export async function getDossier(
  deps: Deps,
  user: RequestUser,
  id: string,
  opts: { justActed?: boolean } = {},
  db: Executor = deps.db.kysely,
) {
  const tree = await deps.tree.fresh();
  const d = await dossierRow(db, id);
  // Who has just taken a step sees its outcome, even when it passed the dossier out of his reach.
  if (!opts.justActed && !canSeeDossier(user, tree, d)) throw notFound('hồ sơ');
  const now = nowIsoOf(clockOf(deps));
  const [procedure, version, docs, steps, pauses, legs, transitions, limit, scans] = await Promise.all([
    db
      .selectFrom('procedures')
      .select(['id', 'code', 'name'])
      .where('id', '=', d.procedure_id)
      .executeTakeFirstOrThrow(),
    versionRow(db, d.procedure_version_id),
    checklistOf(db, id),
    stepsOf(db, id),
    pausesOf(db, id),
    legsOf(db, id),
    listTransitions(db, 'dossier', id),
    getSetting(db, 'onestop.apologyLimit'),
    scanHistoryOf(db, id),
  ]);
  const ctx = await stepContext(db, d, limit);
  const transferDueAt = await transferDueOf(db, d);
  const abilities = dossierAbilities(user, tree, d, ctx);
  const kinds = dossierActorKinds(user, tree, d);
  const n = nextStepOf(DOSSIER_WORKFLOW, d.status, {
    ...ctx,
    ...(transferDueAt ? { transferDueAt } : {}),
    transferAtOnce: d.channel === 'online',
  });
  let soon = now;
  try {
    soon = dueSoonLimit(await clockwork(db, now), now);
  } catch {
    soon = dueSoonLimit(null, now);
  }
  const view: View = {
    id: d.id,
    code: d.code,
    status: d.status,
    statusLabel: DOSSIER_STATUS_LABELS[d.status],
    portalCode: DOSSIER_PORTAL_CODES[d.status],
    procedure: {
      id: procedure.id,
      code: procedure.code,
      name: procedure.name,
      versionId: version.id,
      versionSeq: version.seq,
    },
    timeLimit: { amount: version.time_amount, unit: version.time_unit },
    orgId: d.org_id,
    field: d.field,
    channel: d.channel as DossierChannel,
    applicant: {
      kind: d.applicant_kind as ApplicantKind,
      name: d.applicant_name,
      idNo: d.applicant_id_no,
      address: d.applicant_address,
      phone: d.applicant_phone,
      email: d.applicant_email,
    },
    submittedAt: d.submitted_at,
    receivedAt: d.received_at,
    dueAt: d.due_at,
    originalDueAt: d.original_due_at,
    finishedAt: d.finished_at,
    returnedAt: d.returned_at,
    closedAt: d.closed_at,
    result: (d.result as DossierResult | null) ?? null,
    apologies: d.apologies,
    stepIndex: d.step_index,
    assigneeId: d.assignee_id,
    assigneeName: await userName(db, d.assignee_id),
    feeAmount: num(d.fee_amount),
    feePaidAt: d.fee_paid_at,
    note: d.note,
    ...timeFlags(d, now, soon),
    transferDueAt,
    checklist: docs.map((x) => ({
      id: x.id,
      seq: num(x.seq),
      name: x.name,
      kind: x.kind,
      count: num(x.count),
      required: bool(x.required),
      provided: bool(x.provided),
      fileId: x.file_id,
      // Earlier scans replaced by a newer one, newest first: still the dossier's files.
      history: scans
        .filter((h) => h.document_id === x.id)
        .reverse()
        .map((h) => ({
          fileId: h.file_id,
          filename: h.filename,
          attachedAt: h.attached_at,
          attachedBy: h.uploaded_by,
          supersededAt: h.superseded_at,
          supersededBy: h.superseded_by,
        })),
    })),
    steps: steps.map((s) => ({
      id: s.id,
      seq: num(s.seq),
      name: s.name,
      orgId: s.org_id,
      assigneeId: s.assignee_id,
      assigneeName: s.assignee_name ?? null,
      startedAt: s.started_at,
      dueAt: s.due_at,
      finishedAt: s.finished_at,
      current: num(s.seq) === d.step_index && !s.finished_at,
    })),
    pauses: pauses.map((p) => ({
      id: p.id,
      kind: p.kind as 'supplement' | 'financial',
      fromAt: p.from_at,
      toAt: p.to_at,
      deadline: p.deadline,
      reason: p.reason,
    })),
    legs: legs.map((l) => ({
      id: l.id,
      agency: l.agency,
      name: l.name,
      sentAt: l.sent_at,
      dueAt: l.due_at,
      answeredAt: l.answered_at,
      answer: l.answer,
    })),
    transitions,
    abilities,
    nextStep: n
      ? {
          actor: n.actor,
          text: n.text,
          textEn: n.textEn,
          mine: n.actor !== null && (kinds as string[]).includes(n.actor),
        }
      : null,
    officers: await officersOf(db),
    version: d.version,
  };
  return view;
}

/** The accounts a step may go to: active users granted a handling officer's or a leader's role. */
async function officersOf(db: Executor): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
    .select(['users.id', 'users.display_name'])
    .where('users.active', '=', 1)
    .where('role_grants.role', 'in', ['onestop_officer', 'leader'])
    .distinct()
    .execute();
  const collator = new Intl.Collator('vi');
  return rows
    .map((r) => ({ id: r.id, name: r.display_name }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
