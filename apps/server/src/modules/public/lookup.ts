import { createHash, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DOSSIER_OPEN_STATUSES, DOSSIER_PORTAL_CODES, DOSSIER_STATUS_LABELS, type DossierStatus } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';

/** What anyone holding a dossier's code and check digits may see: never a name, number or address. */
export interface PublicDossier {
  code: string;
  procedureName: string;
  status: string;
  statusLabel: string;
  portalCode: number;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  /** Open (accepted, in process, paused) and its appointment has passed. */
  overdue: boolean;
  /** The appointment shown is a new one, set by an apology (văn bản xin lỗi và hẹn lại). */
  rescheduled: boolean;
  steps: { name: string; unit: string | null; startedAt: string | null; finishedAt: string | null }[];
}

export const CODE_MAX = 60;
export const CHECK_PATTERN = /^\d{4}$/u;

/** The last four digits of a phone or ID number, whatever separators were typed; null when shorter. */
const lastFour = (value: string): string | null => {
  const digits = value.replace(/\D/gu, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
};

// The four digits are compared as digests of equal length, so a near miss takes as long as a far one.
const sameFour = (a: string, b: string | null) =>
  timingSafeEqual(
    createHash('sha256').update(a).digest(),
    createHash('sha256')
      .update(b ?? '\u0000none')
      .digest(),
  ) && b !== null;

/**
 * The dossier whose code is `code` when `check` is the last four digits of its applicant's phone or
 * ID number, else undefined. An unknown code and a wrong check do the same work (one read and two
 * comparisons), so neither the answer nor its time tells them apart. `now` judges whether it is overdue.
 */
export async function lookupDossier(
  db: Kysely<Database>,
  code: string,
  check: string,
  now: string,
): Promise<PublicDossier | undefined> {
  const row = await db
    .selectFrom('dossiers')
    .innerJoin('procedure_versions', 'procedure_versions.id', 'dossiers.procedure_version_id')
    .select([
      'dossiers.id',
      'dossiers.code',
      'dossiers.status',
      'dossiers.applicant_phone',
      'dossiers.applicant_id_no',
      'dossiers.received_at',
      'dossiers.due_at',
      'dossiers.finished_at',
      'dossiers.returned_at',
      'dossiers.apologies',
      'procedure_versions.name as procedure_name',
    ])
    .where('dossiers.code', '=', code.slice(0, CODE_MAX))
    .executeTakeFirst();
  const byPhone = sameFour(check, row ? lastFour(row.applicant_phone) : null);
  const byId = sameFour(check, row ? lastFour(row.applicant_id_no) : null);
  if (!row || !CHECK_PATTERN.test(check) || !(byPhone || byId)) return undefined;
  const steps = await db
    .selectFrom('dossier_steps')
    .leftJoin('organisations', 'organisations.id', 'dossier_steps.org_id')
    .select([
      'dossier_steps.name',
      'organisations.name as unit',
      'dossier_steps.started_at',
      'dossier_steps.finished_at',
    ])
    .where('dossier_steps.dossier_id', '=', row.id)
    .orderBy('dossier_steps.seq')
    .execute();
  return {
    code: row.code,
    procedureName: row.procedure_name,
    status: row.status,
    statusLabel: DOSSIER_STATUS_LABELS[row.status] ?? row.status,
    portalCode: DOSSIER_PORTAL_CODES[row.status] ?? 0,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    finishedAt: row.finished_at,
    returnedAt: row.returned_at,
    overdue:
      DOSSIER_OPEN_STATUSES.includes(row.status as DossierStatus) &&
      row.due_at !== null &&
      Date.parse(row.due_at) < Date.parse(now),
    rescheduled: Number(row.apologies) > 0,
    steps: steps.map((s) => ({
      name: s.name,
      unit: s.unit ?? null,
      startedAt: s.started_at,
      finishedAt: s.finished_at,
    })),
  };
}

export const NOT_FOUND_DETAIL =
  'Không tìm thấy hồ sơ với mã hồ sơ và 4 số kiểm tra đã nhập. Hãy xem lại mã hồ sơ trên giấy tiếp nhận và hẹn trả kết quả, và 4 số cuối số điện thoại hoặc số định danh (CCCD) đã khai khi nộp.';
