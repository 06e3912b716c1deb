import type { z } from 'zod';
import type { StatEntryView, StatSubmissionTransitionRequest } from '@thidua/contracts';
import {
  STAT_SUBMISSION_WORKFLOW,
  check,
  nextStepOf,
  stateLabel,
  type Role,
  type StatSubmissionContext,
} from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatSubmissionTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { staleVersion } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { notifyUsers, usersActingFor } from '../../platform/notify.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { applyTransition, refusalError } from '../../platform/transitions.ts';
import { entryKey, loadEntry } from './entry.ts';
import { submissionActorKinds } from './policy.ts';
import { gridCells, gridIndicators, submissionRow, valuesIn } from './queries.ts';
import { validateEntry } from './validation.ts';

type Input = z.output<typeof StatSubmissionTransitionRequest>;
type Key = Awaited<ReturnType<typeof entryKey>>;

/** Who is told when a step hands them the turn: the planners on submit, the leaders on approve, the unit on return. */
const TOLD: Partial<Record<string, readonly Role[]>> = {
  submit: ['stat_planner'],
  approve: ['leader'],
  return: ['stat_reporter'],
};

/** What the submit guards read: error violations and empty compulsory cells, in the step's transaction. */
async function submitContext(trx: Transaction<Database>, key: Key): Promise<StatSubmissionContext> {
  const validation = await validateEntry(trx, key.dataset, key.unit.id, key.period);
  const indicators = await gridIndicators(trx, key.dataset.id);
  const values = await valuesIn(
    trx,
    [key.unit.id],
    indicators.map((i) => i.id),
    [key.period.id],
  );
  const filled = new Set(values.filter((v) => v.value !== null).map((v) => `${v.indicator_id}|${v.category}`));
  return {
    errorViolations: validation.errors,
    errorRules: [...new Set(validation.violations.filter((v) => v.severity === 'error').map((v) => v.ruleCode))],
    missingValues: gridCells(indicators)
      .filter((c) => !filled.has(`${c.indicator.id}|${c.category}`))
      .map((c) => `${c.indicator.name}${c.category ? ` — ${c.categoryName}` : ''}`),
  };
}

async function insertOpen(trx: Transaction<Database>, key: Key, user: RequestUser, now: string) {
  const row: StatSubmissionTable = {
    id: newId(),
    dataset_id: key.dataset.id,
    unit_id: key.unit.id,
    period: key.period.id,
    status: 'open',
    submitted_at: null,
    approved_at: null,
    accepted_at: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await trx.insertInto('stat_submissions').values(row).execute();
  await applyTransition(trx, {
    entityType: 'stat_submission',
    entityId: row.id,
    action: null,
    from: null,
    to: 'open',
    user,
    at: now,
  });
  return row;
}

async function tellNext(
  trx: Transaction<Database>,
  tree: OrgTree,
  key: Key,
  action: string,
  to: string,
  user: RequestUser,
  reason: string | undefined,
) {
  const roles = TOLD[action];
  if (!roles) return;
  const orgId = key.unit.org_id ?? tree.roots()[0];
  if (!orgId) return;
  const users = (await usersActingFor(trx, tree, orgId, roles)).filter((u) => u !== user.id);
  const next = nextStepOf(STAT_SUBMISSION_WORKFLOW, to as 'open');
  const q = new URLSearchParams({ dataset: key.dataset.id, unit: key.unit.id, period: key.period.id });
  await notifyUsers(trx, users, {
    kind: 'statistics',
    title: `${stateLabel(STAT_SUBMISSION_WORKFLOW, to as 'open')}: ${key.dataset.name} — ${key.unit.name}, ${key.period.label}`,
    body: [reason?.trim() && `Lý do: ${reason.trim()}.`, next && `Bước tiếp theo: ${next.text}`]
      .filter(Boolean)
      .join('\n'),
    link: `/statistics/entry?${q.toString()}`,
  });
}

/** Submit, approve, accept (lock), return or unlock one data set's period for one unit. */
export async function stepSubmission(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: Input,
): Promise<z.infer<typeof StatEntryView>> {
  const db = deps.db.kysely;
  const key = await entryKey(db, input.dataset, input.unit, input.period);
  const tree = await deps.tree.fresh();
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    const found = await submissionRow(trx, key.dataset.id, key.unit.id, key.period.id);
    const status = found?.status ?? 'open';
    const ctx = input.action === 'submit' ? await submitContext(trx, key) : {};
    const step = check(
      STAT_SUBMISSION_WORKFLOW,
      status,
      input.action,
      { kinds: submissionActorKinds(user, tree, key.unit) },
      { ...ctx, reason: input.reason },
    );
    if (!step.ok) throw refusalError(step);
    if (found && input.version != null && Number(found.version) !== input.version) throw staleVersion();
    const s = found ?? (await insertOpen(trx, key, user, now));
    const set = {
      updated_at: now,
      ...(input.action === 'submit' ? { submitted_at: now } : {}),
      ...(input.action === 'approve' ? { approved_at: now } : {}),
      ...(input.action === 'accept' ? { accepted_at: now } : {}),
      ...(input.action === 'return' ? { submitted_at: null, approved_at: null } : {}),
      ...(input.action === 'unlock' ? { accepted_at: null } : {}),
    };
    await applyTransition(trx, {
      entityType: 'stat_submission',
      entityId: s.id,
      action: input.action,
      from: status,
      to: step.to,
      user,
      reason: input.reason?.trim() ?? '',
      at: now,
      data: { dataset: key.dataset.code, unit: key.unit.code, period: key.period.id },
      update: { version: Number(s.version), set },
      audit: {
        actor,
        action: `stat_submission.${input.action}`,
        before: { status, dataset: key.dataset.code, unit: key.unit.code, period: key.period.id },
        after: { status: step.to, reason: input.reason ?? '' },
      },
    });
    await tellNext(trx, tree, key, input.action, step.to, user, input.reason);
  });
  return loadEntry(db, deps, user, key);
}
