import type { AwardImportResult } from '@thidua/contracts';
import { DISCIPLINE_LABELS, LEAVE_LABELS, REVIEW_LABELS, parseVnDate, searchKey } from '@thidua/domain';
import { nowIso } from '../../../db/index.ts';
import { bulkInsert } from '../../../db/bulk.ts';
import type { SubjectPeriodTable } from '../../../db/schema.ts';
import { appendAuditMany, type Actor } from '../../../platform/audit.ts';
import type { RequestUser } from '../../../platform/access.ts';
import { clockOf, type Deps } from '../../../platform/context.ts';
import { todayVn } from '../../../platform/clock.ts';
import { newId } from '../../../platform/ids.ts';
import { periodProblems } from './periods.ts';
import { PERIOD_COLUMNS, readImportSheet } from './sheet.ts';
import { subjectMatcher } from './subjectMatch.ts';

export const MAX_PERIOD_ROWS = 20_000;
type Category = 'discipline' | 'review' | 'leave';

export const CATEGORY_LABELS: Record<Category, string> = {
  discipline: 'Kỷ luật',
  review: 'Đang bị xem xét',
  leave: 'Nghỉ thai sản',
};
const CATEGORIES = new Map<string, Category>([
  ...Object.entries(CATEGORY_LABELS).map(([c, l]) => [searchKey(l), c as Category] as const),
  ['dang xem xet', 'review'],
  ['nghi che do', 'leave'],
]);
const KINDS: Record<Category, Map<string, string>> = {
  discipline: new Map(Object.entries(DISCIPLINE_LABELS).map(([k, l]) => [searchKey(l), k])),
  review: new Map(Object.entries(REVIEW_LABELS).map(([k, l]) => [searchKey(l), k])),
  leave: new Map(Object.entries(LEAVE_LABELS).map(([k, l]) => [searchKey(l), k])),
};
// The form's field names, as the sheet's column headers.
const COLUMN_OF: Record<string, string> = {
  category: 'Loại',
  kind: 'Hình thức / nội dung',
  from: 'Từ ngày',
  to: 'Đến ngày',
};

/**
 * Discipline, "under review" and maternity-leave periods from Excel, checked
 * like the form, all-or-nothing with a row-by-row report.
 */
export async function importPeriods(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  buffer: Buffer,
  opts: { dryRun: boolean },
): Promise<AwardImportResult> {
  const rows = await readImportSheet(buffer, PERIOD_COLUMNS, MAX_PERIOD_ROWS);

  const match = await subjectMatcher(deps, user, rows);
  const errors: AwardImportResult['errors'] = [];
  const err = (row: number, column: string, message: string) => errors.push({ row, column, message });
  const now = nowIso();
  const today = todayVn(clockOf(deps));
  const records: SubjectPeriodTable[] = [];
  for (const r of rows) {
    const before = errors.length;
    const subject = match(r, err);
    const category = CATEGORIES.get(searchKey(r.category));
    if (!category) err(r.row, 'Loại', 'Ghi "Kỷ luật", "Đang bị xem xét" hoặc "Nghỉ thai sản"');
    const kind = category
      ? (KINDS[category].get(searchKey(r.kind)) ?? (category === 'leave' && !r.kind ? 'maternity' : undefined))
      : undefined;
    if (category && !kind)
      err(
        r.row,
        'Hình thức / nội dung',
        `Không rõ "${r.kind}"; chọn một trong: ${[...Object.values(category === 'discipline' ? DISCIPLINE_LABELS : category === 'review' ? REVIEW_LABELS : LEAVE_LABELS)].join(', ')}`,
      );
    const from = parseVnDate(r.from);
    if (!from) err(r.row, 'Từ ngày', 'Ngày không hợp lệ (dd/mm/yyyy)');
    const to = r.to ? parseVnDate(r.to) : null;
    if (r.to && !to) err(r.row, 'Đến ngày', 'Ngày không hợp lệ (dd/mm/yyyy)');
    if (subject && category && kind && from && (to || !r.to))
      for (const p of periodProblems(subject.kind, { category, kind: kind as never, from, to }, today))
        err(r.row, COLUMN_OF[p.path] ?? p.path, p.message);
    if (errors.length > before || !subject || !category || !kind || !from) continue;
    records.push({
      id: newId(),
      category,
      kind,
      subject_kind: subject.kind,
      subject_id: subject.subjectId,
      org_id: subject.orgId,
      from_date: from,
      to_date: to,
      decision_number: r.decisionNumber,
      note: r.note,
      created_at: now,
      updated_at: now,
      version: 1,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  const result: AwardImportResult = {
    ok: errors.length === 0,
    dryRun: opts.dryRun,
    totalRows: rows.length,
    imported: 0,
    errors,
    flags: [],
  };
  if (!result.ok || opts.dryRun) return result;
  await deps.db.kysely.transaction().execute(async (trx) => {
    await bulkInsert(trx, 'subject_periods', records);
    await appendAuditMany(
      trx,
      actor,
      records.map((p) => ({
        action: `period.${p.category}.imported`,
        entityType: p.subject_kind === 'individual' ? 'person' : 'organisation',
        entityId: p.subject_id,
        before: null,
        after: { id: p.id, kind: p.kind, from: p.from_date, to: p.to_date, decision: p.decision_number },
      })),
    );
  });
  return { ...result, imported: records.length };
}
