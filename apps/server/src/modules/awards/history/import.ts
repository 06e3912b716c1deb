import type { AwardImportResult } from '@thidua/contracts';
import {
  AWARD_CATALOG,
  COMMENDATION_TYPE_LABELS,
  awardName,
  historyIssues,
  parseVnDate,
  searchKey,
  type AwardRecord,
  type CommendationType,
  type Rating,
} from '@thidua/domain';
import { nowIso } from '../../../db/index.ts';
import { bulkInsert } from '../../../db/bulk.ts';
import type { AwardRecordTable } from '../../../db/schema.ts';
import { appendAuditMany, type Actor } from '../../../platform/audit.ts';
import type { RequestUser } from '../../../platform/access.ts';
import { currentYearVn, todayVn } from '../../../platform/clock.ts';
import { clockOf, type Deps } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { AWARD_COLUMNS, parsePeriod, readImportSheet, type AwardRow } from './sheet.ts';
import { subjectMatcher } from './subjectMatch.ts';

export const MAX_AWARD_ROWS = 100_000;

const AWARDS_BY_KEY = new Map<string, string>();
for (const a of AWARD_CATALOG) {
  AWARDS_BY_KEY.set(searchKey(a.name), a.code);
  AWARDS_BY_KEY.set(a.code.toLowerCase(), a.code);
}
const TYPES = new Map(
  Object.entries(COMMENDATION_TYPE_LABELS).flatMap(([code, label]) => [
    [searchKey(label), code],
    [searchKey(label.replace(/\s*\(.*\)$/u, '')), code],
  ]),
);
interface Planned {
  row: number;
  subjectKind: 'individual' | 'collective';
  subjectId: string;
  orgId: string;
  record: AwardRecord & { fromYear: number };
  type: CommendationType;
  src: AwardRow;
  decisionDate: string | null;
}

/**
 * Past years' award history from Excel: every row is checked, people are
 * matched by name with date of birth or unit, and nothing is written unless
 * every row is valid. Duplicates and contradictions (with the file itself or
 * with what is recorded) are reported as flags and block the import until the
 * clerk confirms them; confirmed rows are kept with the flag, never merged.
 */
export async function importAwards(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  buffer: Buffer,
  opts: { dryRun: boolean; allowFlagged: boolean },
): Promise<AwardImportResult> {
  const rows = await readImportSheet(buffer, AWARD_COLUMNS, MAX_AWARD_ROWS);

  const db = deps.db.kysely;
  const match = await subjectMatcher(deps, user, rows);
  const errors: AwardImportResult['errors'] = [];
  const err = (row: number, column: string, message: string) => errors.push({ row, column, message });
  const planned: Planned[] = [];
  const today = todayVn(clockOf(deps));
  const thisYear = currentYearVn(clockOf(deps));
  for (const r of rows) {
    const before = errors.length;
    const subject = match(r, err);
    const kind = subject?.kind;
    const code = AWARDS_BY_KEY.get(searchKey(r.award)) ?? AWARDS_BY_KEY.get(r.award.toLowerCase());
    const award = code ? AWARD_CATALOG.find((a) => a.code === code) : undefined;
    if (!r.award) err(r.row, 'Danh hiệu / Hình thức khen thưởng', 'Không được để trống');
    else if (!award)
      err(r.row, 'Danh hiệu / Hình thức khen thưởng', `Không có danh hiệu/hình thức "${r.award}" trong danh mục`);
    else if (kind && !award.subjects.includes(kind))
      err(
        r.row,
        'Danh hiệu / Hình thức khen thưởng',
        `"${award.name}" không xét tặng cho ${kind === 'individual' ? 'cá nhân' : 'tập thể'}`,
      );
    const period = parsePeriod(r.period);
    if (!period) err(r.row, 'Năm (hoặc giai đoạn)', 'Ghi năm (2023) hoặc giai đoạn (2021-2023)');
    else if (period.fromYear > period.year) err(r.row, 'Năm (hoặc giai đoạn)', 'Năm đầu phải trước năm cuối');
    else if (period.year > thisYear || period.fromYear < 1945)
      err(r.row, 'Năm (hoặc giai đoạn)', `Năm phải trong khoảng 1945–${thisYear}`);
    const type = r.type ? (TYPES.get(searchKey(r.type)) as CommendationType | undefined) : 'periodic';
    if (!type) err(r.row, 'Loại khen thưởng', `Không rõ loại "${r.type}" (để trống nếu là khen thường xuyên)`);
    let decisionDate: string | null = null;
    if (r.decisionDate) {
      decisionDate = parseVnDate(r.decisionDate);
      if (!decisionDate) err(r.row, 'Ngày quyết định', 'Ngày không hợp lệ (dd/mm/yyyy)');
      else if (decisionDate > today) err(r.row, 'Ngày quyết định', 'Không được ở tương lai');
    }
    if (errors.length > before || !subject || !award || !period || !type) continue;
    planned.push({
      row: r.row,
      subjectKind: subject.kind,
      subjectId: subject.subjectId,
      orgId: subject.orgId,
      record: {
        awardCode: award.code,
        year: period.year,
        fromYear: period.fromYear,
        ...(r.decisionNumber ? { decision: { number: r.decisionNumber } } : {}),
      },
      type,
      src: r,
      decisionDate,
    });
  }

  // Flags: within the file and against what is already recorded, subject by subject.
  const flags: AwardImportResult['flags'] = [];
  const flagOf = new Map<number, string[]>();
  const subjects = [...new Set(planned.map((p) => p.subjectId))];
  const existing = new Map<string, AwardRecord[]>();
  const ratings = new Map<string, { year: number; rating: Rating }[]>();
  for (let i = 0; i < subjects.length; i += 500) {
    const part = subjects.slice(i, i + 500);
    for (const a of await db
      .selectFrom('award_records')
      .select(['subject_id', 'award_code', 'year', 'from_year', 'decision_number'])
      .where('subject_id', 'in', part)
      .where('deleted_at', 'is', null)
      .execute())
      existing.set(a.subject_id, [
        ...(existing.get(a.subject_id) ?? []),
        {
          awardCode: a.award_code,
          year: Number(a.year),
          fromYear: Number(a.from_year),
          ...(a.decision_number ? { decision: { number: a.decision_number } } : {}),
        },
      ]);
    for (const x of await db
      .selectFrom('ratings')
      .select(['subject_id', 'year', 'rating'])
      .where('subject_id', 'in', part)
      .execute())
      ratings.set(x.subject_id, [
        ...(ratings.get(x.subject_id) ?? []),
        { year: Number(x.year), rating: x.rating as Rating },
      ]);
  }
  const bySubject = new Map<string, Planned[]>();
  for (const p of planned) bySubject.set(p.subjectId, [...(bySubject.get(p.subjectId) ?? []), p]);
  for (const [sid, mine] of bySubject) {
    const old = existing.get(sid) ?? [];
    const all = [...old, ...mine.map((m) => m.record)];
    for (const issue of historyIssues(all, ratings.get(sid) ?? [])) {
      const rowsHit = issue.records.filter((k) => k >= old.length).map((k) => mine[k - old.length]!.row);
      if (!rowsHit.length) continue; // an old problem, not this file's
      const others = issue.records.filter((k) => k >= old.length).length < issue.records.length;
      const where = others
        ? ' (với bản ghi đã có trong hệ thống)'
        : rowsHit.length > 1
          ? ` (các dòng ${rowsHit.join(', ')})`
          : '';
      for (const row of rowsHit) {
        flags.push({ row, message: `${issue.message}${where}` });
        flagOf.set(row, [...(flagOf.get(row) ?? []), issue.message]);
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  flags.sort((a, b) => a.row - b.row);
  const result: AwardImportResult = {
    ok: errors.length === 0 && (flags.length === 0 || opts.allowFlagged),
    dryRun: opts.dryRun,
    totalRows: rows.length,
    imported: 0,
    errors,
    flags,
  };
  if (!result.ok || opts.dryRun) return result;

  const now = nowIso();
  const records: AwardRecordTable[] = planned.map((p) => ({
    id: newId(),
    subject_kind: p.subjectKind,
    subject_id: p.subjectId,
    org_id: p.orgId,
    award_code: p.record.awardCode,
    year: p.record.year,
    from_year: p.record.fromYear,
    commendation_type: p.type,
    decision_number: p.src.decisionNumber,
    decision_date: p.decisionDate,
    decision_signer: p.src.decisionSigner,
    decision_authority: p.src.decisionAuthority,
    origin: 'imported',
    note: p.src.note,
    flag: flagOf.get(p.row)?.join('. ') ?? null,
    deleted_at: null,
    deleted_by: null,
    delete_reason: null,
    created_at: now,
    updated_at: now,
    version: 1,
  }));
  await db.transaction().execute(async (trx) => {
    await bulkInsert(trx, 'award_records', records);
    await appendAuditMany(
      trx,
      actor,
      records.map((r) => ({
        action: 'award_record.imported',
        entityType: r.subject_kind === 'individual' ? 'person' : 'organisation',
        entityId: r.subject_id,
        before: null,
        after: {
          id: r.id,
          award: awardName(r.award_code),
          year: r.year,
          fromYear: r.from_year,
          decision: r.decision_number,
          flag: r.flag,
        },
      })),
    );
  });
  return { ...result, imported: records.length };
}
