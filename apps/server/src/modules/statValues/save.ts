import type { z } from 'zod';
import type { StatEntrySaveRequest, StatEntrySaveResult } from '@thidua/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { StatRevision, StatSubmissionTable, StatUnitTable } from '../../db/schema-statistics.ts';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { badRequest, conflict, staleVersion, type FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { entryKey, loadEntry } from './entry.ts';
import type { PeriodInfo } from './period.ts';
import { assertEntryFor } from './policy.ts';
import { gridIndicators, submissionRow, valuesIn } from './queries.ts';
import { refreshTotals, touchedBy } from './totals.ts';

type Input = z.output<typeof StatEntrySaveRequest>;
/** Ids per read of the stored values. */
const BATCH = 500;
/** Rows per INSERT: 14 columns × 2,000 stays under SQLite's bound of 32,766 parameters; fewer statements to prepare. */
const WRITE_BATCH = 2000;

/** A value stored as the grid and the import hand it over. */
export interface CellWrite {
  indicatorId: string;
  category: string;
  value: number | null;
  revision?: StatRevision | undefined;
  comment?: string | undefined;
}

/** The refusal of a write into a period that is not open: its status says why. */
export function lockedError(s: StatSubmissionTable, unit: StatUnitTable, period: PeriodInfo, path = 'period') {
  const what = s.status === 'accepted' ? 'đã khóa (Lãnh đạo đã chấp nhận số liệu)' : 'đã gửi duyệt';
  const then = s.status === 'accepted' ? 'Muốn sửa, đề nghị Lãnh đạo Sở mở khóa.' : 'Muốn sửa, đề nghị trả lại đơn vị.';
  return conflict(
    'transition_refused',
    `Kỳ ${period.short} của ${unit.name} ${what}: không sửa được số liệu. ${then}`,
    [{ path, message: s.status === 'accepted' ? 'Kỳ đã khóa' : 'Kỳ đã gửi duyệt' }],
  );
}

/**
 * The open-ness of the submission, held for the write: the row (when there is one) is touched under the
 * condition `status = 'open'`, which takes its lock, so a submit cannot slip between the check and the values.
 */
export async function holdOpen(
  trx: Transaction<Database>,
  datasetId: string,
  unit: StatUnitTable,
  period: PeriodInfo,
  now: string,
  version?: number | null,
  path?: string,
) {
  const s = await submissionRow(trx, datasetId, unit.id, period.id);
  if (!s) return;
  if (s.status !== 'open') throw lockedError(s, unit, period, path);
  if (version != null && Number(s.version) !== version) throw staleVersion();
  const res = await trx
    .updateTable('stat_submissions')
    .set({ updated_at: now })
    .where('id', '=', s.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw lockedError({ ...s, status: 'submitted' }, unit, period, path);
}

/** A value of one unit and period, as the grid and the import hand it over. */
export interface ValueWrite extends CellWrite {
  unitId: string;
  period: PeriodInfo;
}

const chunks = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/**
 * Writes the values that changed (value, revision or comment), each with a history row, in batches (one read of
 * what is stored, then multi-row upserts); answers how many were written.
 */
export async function writeValues(
  trx: Transaction<Database>,
  cells: ValueWrite[],
  userId: string | null,
  now: string,
): Promise<number> {
  const units = [...new Set(cells.map((c) => c.unitId))];
  const indicators = [...new Set(cells.map((c) => c.indicatorId))];
  const periods = [...new Set(cells.map((c) => c.period.id))];
  const byKey = new Map<string, Awaited<ReturnType<typeof valuesIn>>[number]>();
  for (const u of chunks(units, BATCH))
    for (const p of chunks(periods, BATCH))
      for (const v of await valuesIn(trx, u, indicators, p))
        byKey.set(`${v.unit_id}|${v.indicator_id}|${v.category}|${v.period}`, v);
  const rows = [];
  for (const c of cells) {
    const old = byKey.get(`${c.unitId}|${c.indicatorId}|${c.category}|${c.period.id}`);
    const revision = c.revision ?? old?.revision ?? 'estimate';
    const comment = c.comment ?? old?.comment ?? '';
    const oldValue = old?.value === null || old?.value === undefined ? null : Number(old.value);
    if (old && oldValue === c.value && old.revision === revision && old.comment === comment) continue;
    if (!old && c.value === null && !comment) continue;
    rows.push({ ...c, revision, comment });
  }
  for (const chunk of chunks(rows, WRITE_BATCH)) {
    await trx
      .insertInto('stat_values')
      .values(
        chunk.map((c) => ({
          indicator_id: c.indicatorId,
          unit_id: c.unitId,
          period: c.period.id,
          category: c.category,
          period_type: c.period.type,
          year: c.period.year,
          month: c.period.month,
          value: c.value,
          revision: c.revision,
          comment: c.comment,
          updated_by: userId,
          created_at: now,
          updated_at: now,
          version: 1,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['indicator_id', 'unit_id', 'period', 'category']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          revision: eb.ref('excluded.revision'),
          comment: eb.ref('excluded.comment'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: eb.ref('excluded.updated_at'),
          version: eb(eb.ref('stat_values.version'), '+', 1),
        })),
      )
      .execute();
    await trx
      .insertInto('stat_value_history')
      .values(
        chunk.map((c) => ({
          id: newId(),
          indicator_id: c.indicatorId,
          unit_id: c.unitId,
          period: c.period.id,
          category: c.category,
          value: c.value,
          revision: c.revision,
          comment: c.comment,
          changed_by: userId,
          changed_at: now,
        })),
      )
      .execute();
  }
  if (rows.length) await refreshTotals(trx, touchedBy(rows));
  return rows.length;
}

/** Saves a whole grid: checked cell by cell first (the refusal names the cell), then written in one transaction. */
export async function saveEntry(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: Input,
): Promise<z.infer<typeof StatEntrySaveResult>> {
  const db = deps.db.kysely;
  const key = await entryKey(db, input.dataset, input.unit, input.period);
  assertEntryFor(user, await deps.tree.fresh(), key.unit, key.unit.name);
  const grid = await gridIndicators(db, key.dataset.id);
  const indicators = new Map(grid.map((i) => [i.id, i]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.values.forEach((c, n) => {
    const i = indicators.get(c.indicatorId);
    if (!i) return errors.push({ path: `values.${n}.indicatorId`, message: 'Chỉ tiêu không thuộc bộ biểu này' });
    if (c.category && !i.options.some((o) => o.code === c.category))
      return errors.push({
        path: `values.${n}.category`,
        message: `"${c.category}" không phải phân tổ của chỉ tiêu ${i.code}`,
      });
    const k = `${c.indicatorId}|${c.category}`;
    if (seen.has(k)) return errors.push({ path: `values.${n}.value`, message: 'Ô này xuất hiện hai lần' });
    seen.add(k);
    if (c.value !== null && i.valueType === 'integer' && !Number.isInteger(c.value))
      errors.push({ path: `values.${n}.value`, message: `${i.name}: phải là số nguyên` });
    if (c.value !== null && Math.abs(c.value) > 1e15)
      errors.push({ path: `values.${n}.value`, message: `${i.name}: giá trị quá lớn` });
  });
  if (errors.length)
    throw badRequest(
      'validation_failed',
      `Số liệu chưa hợp lệ: ${errors
        .slice(0, 5)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')}`,
      errors,
    );
  const now = nowIsoOf(clockOf(deps));
  const saved = await db.transaction().execute(async (trx) => {
    await holdOpen(trx, key.dataset.id, key.unit, key.period, now, input.version);
    const n = await writeValues(
      trx,
      input.values.map((c) => ({ ...c, unitId: key.unit.id, period: key.period })),
      user.id,
      now,
    );
    if (n)
      await appendAudit(
        trx,
        actor,
        'stat_values.saved',
        'stat_entry',
        `${key.dataset.id}:${key.unit.id}:${key.period.id}`,
        null,
        {
          dataset: key.dataset.code,
          unit: key.unit.code,
          period: key.period.id,
          cells: n,
        },
      );
    return n;
  });
  return { ...(await loadEntry(db, deps, user, key, grid)), saved };
}
