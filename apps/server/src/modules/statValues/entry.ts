import type { z } from 'zod';
import type { StatEntryQuery, StatEntryView, StatSubmissionView, StatValidationResult } from '@thidua/contracts';
import { STAT_SUBMISSION_WORKFLOW, nextStepOf, type StatSubmissionStatus } from '@thidua/domain';
import type { StatDatasetTable, StatSubmissionTable, StatUnitTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { dayVn, todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { listTransitions } from '../../platform/transitions.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { canEnterFor, submissionAbilities, submissionActorKinds } from './policy.ts';
import { dueDateOf, periodInfo, unitValidIn, type PeriodInfo } from './period.ts';
import {
  datasetRow,
  datasetUnits,
  gridCells,
  gridIndicators,
  submissionRow,
  unitInDataset,
  unitRow,
  valuesIn,
  type Executor,
  type GridIndicator,
} from './queries.ts';
import { validateEntry } from './validation.ts';

type View = z.infer<typeof StatEntryView>;

/** The data set, the unit and the period of a grid, checked against each other. */
export async function entryKey(db: Executor, datasetId: string, unitId: string, periodId: string) {
  const dataset = await datasetRow(db, datasetId);
  const unit = await unitRow(db, unitId);
  const period = periodInfo(periodId, dataset.period_type);
  if (!(await unitInDataset(db, dataset.id, unit.id)))
    throw badRequest('validation_failed', `Đơn vị "${unit.name}" không báo cáo bộ biểu "${dataset.name}".`, [
      { path: 'unit', message: 'Đơn vị không thuộc bộ biểu' },
    ]);
  if (!unitValidIn(unit, period))
    throw badRequest(
      'validation_failed',
      `Đơn vị "${unit.name}" không tồn tại trong kỳ ${period.short} (hiệu lực ${unit.valid_from.split('-').reverse().join('/')}${unit.valid_to ? ` – ${unit.valid_to.split('-').reverse().join('/')}` : ''}).`,
      [{ path: 'unit', message: 'Đơn vị không có hiệu lực trong kỳ này' }],
    );
  return { dataset, unit, period };
}

/** Due date and lateness: late when not submitted by the due date (or submitted after it). */
export async function dueOf(
  db: Executor,
  deps: Deps,
  dataset: StatDatasetTable,
  period: PeriodInfo,
  s: Pick<StatSubmissionTable, 'status' | 'submitted_at'> | undefined,
) {
  const calendar = await loadWorkCalendar(db, period.year, period.year + 1);
  const dueDate = dueDateOf(period, Number(dataset.due_day), calendar);
  const submittedOn = s && s.status !== 'open' && s.submitted_at ? dayVn(s.submitted_at) : null;
  const late = dueDate !== null && (submittedOn ?? todayVn(clockOf(deps))) > dueDate;
  return { dueDate, late };
}

export async function submissionView(
  db: Executor,
  deps: Deps,
  user: RequestUser,
  key: { dataset: StatDatasetTable; unit: StatUnitTable; period: PeriodInfo },
  s: StatSubmissionTable | undefined,
  guard: { validation: z.infer<typeof StatValidationResult>; missing: string[] },
): Promise<z.infer<typeof StatSubmissionView>> {
  const status: StatSubmissionStatus = s?.status ?? 'open';
  const ctx = {
    errorViolations: guard.validation.errors,
    errorRules: [
      ...new Set(guard.validation.violations.filter((v) => v.severity === 'error').map((v) => v.ruleCode)),
    ].slice(0, 5),
    missingValues: guard.missing,
  };
  // Independent reads side by side: on PostgreSQL each is a round trip of its own.
  const [tree, due, transitionsLog] = await Promise.all([
    deps.tree.fresh(),
    dueOf(db, deps, key.dataset, key.period, s),
    s ? listTransitions(db, 'stat_submission', s.id) : Promise.resolve([]),
  ]);
  const kinds = submissionActorKinds(user, tree, key.unit);
  const n = nextStepOf(STAT_SUBMISSION_WORKFLOW, status, ctx);
  return {
    id: s?.id ?? null,
    datasetId: key.dataset.id,
    unitId: key.unit.id,
    period: key.period.id,
    status,
    version: s ? Number(s.version) : null,
    submittedAt: s?.submitted_at ?? null,
    approvedAt: s?.approved_at ?? null,
    acceptedAt: s?.accepted_at ?? null,
    ...due,
    abilities: submissionAbilities(user, tree, key.unit, status, ctx),
    nextStep: n ? { ...n, mine: n.actor !== null && (kinds as string[]).includes(n.actor) } : null,
    transitionsLog,
  };
}

/**
 * The grid of a unit for a period: every cell with its value, last year's and the previous period's. `known`:
 * the data set's indicators when the caller has just read them (a save).
 */
export async function loadEntry(
  db: Executor,
  deps: Deps,
  user: RequestUser,
  key: { dataset: StatDatasetTable; unit: StatUnitTable; period: PeriodInfo },
  known?: GridIndicator[],
): Promise<View> {
  const { dataset, unit, period } = key;
  const indicators = known ?? (await gridIndicators(db, dataset.id));
  // The grid's values, the rules' verdict and the submission do not depend on each other: read side by side.
  const [values, validation, s] = await Promise.all([
    valuesIn(
      db,
      [unit.id],
      indicators.map((i) => i.id),
      [period.id, period.previous, period.lastYear],
    ),
    validateEntry(db, dataset, unit.id, period, indicators),
    submissionRow(db, dataset.id, unit.id, period.id),
  ]);
  const byKey = new Map(values.map((v) => [`${v.indicator_id}|${v.category}|${v.period}`, v]));
  const cells = gridCells(indicators);
  const rows = cells.map(({ indicator: i, category, categoryName }) => {
    const cur = byKey.get(`${i.id}|${category}|${period.id}`);
    const at = (p: string) => {
      const x = byKey.get(`${i.id}|${category}|${p}`)?.value;
      return x === undefined || x === null ? null : Number(x);
    };
    return {
      indicatorId: i.id,
      indicatorCode: i.code,
      indicatorName: i.name,
      unit: i.unit,
      valueType: i.valueType,
      decimals: i.decimals,
      category,
      categoryName,
      value: at(period.id),
      revision: cur?.revision ?? 'estimate',
      comment: cur?.comment ?? '',
      updatedAt: cur?.updated_at ?? null,
      lastYear: at(period.lastYear),
      previous: at(period.previous),
    };
  });
  const missing = rows
    .filter((r) => r.value === null)
    .map((r) => `${r.indicatorName}${r.category ? ` — ${r.categoryName}` : ''}`);
  return {
    dataset: {
      id: dataset.id,
      code: dataset.code,
      name: dataset.name,
      periodType: dataset.period_type,
      dueDay: Number(dataset.due_day),
    },
    unit: { id: unit.id, code: unit.code, name: unit.name },
    period: period.id,
    periodLabel: period.label,
    rows,
    completeness: { present: rows.length - missing.length, expected: rows.length },
    submission: await submissionView(db, deps, user, key, s, { validation, missing }),
    validation,
  };
}

export async function getEntry(deps: Deps, user: RequestUser, q: z.output<typeof StatEntryQuery>): Promise<View> {
  const db = deps.db.kysely;
  return loadEntry(db, deps, user, await entryKey(db, q.dataset, q.unit, q.period));
}

/**
 * The units of a data set the user enters for, in code order: what the entry page offers, so a reporter never
 * picks a unit the server would refuse (the planning division gets them all).
 */
export async function entryUnits(
  deps: Deps,
  user: RequestUser,
  datasetId: string,
): Promise<{ items: { id: string; code: string; name: string; validFrom: string; validTo: string | null }[] }> {
  const db = deps.db.kysely;
  const dataset = await datasetRow(db, datasetId);
  const tree = await deps.tree.fresh();
  const units = (await datasetUnits(db, dataset.id)).filter((u) => canEnterFor(user, tree, u));
  return {
    items: units.map((u) => ({ id: u.id, code: u.code, name: u.name, validFrom: u.valid_from, validTo: u.valid_to })),
  };
}
