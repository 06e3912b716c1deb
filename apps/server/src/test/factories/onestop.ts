import { createHash, randomBytes } from 'node:crypto';
import {
  DEFAULT_OFFICE_HOURS,
  DEFAULT_ONESTOP,
  dossierCode,
  dueAt,
  searchKey,
  vnDateOf,
  type DossierStatus,
  type OfficeSession,
  type TimeUnit,
} from '@thidua/domain';
import type { Insertable } from 'kysely';
import { nowIso } from '../../db/index.ts';
import type { DossierPauseTable } from '../../db/schema-onestop.ts';
import { newId } from '../../platform/ids.ts';
import { loadWorkCalendar } from '../../modules/calendar/service.ts';
import type { Db } from './steps.ts';
import { writeTransitions, type MadeProcedure } from './procedures.ts';
export * from './procedures.ts';

/**
 * The one-stop desk's records put straight into a state (docs/one-stop.md): a published procedure with one
 * published version, and a dossier of it in any status of DOSSIER_WORKFLOW with the columns, rows (checklist,
 * internal steps, pauses) and `transitions` that state implies, so a test needs no walk through the workflow.
 * Due times are computed as the desk computes them (`dueAt` over the seeded calendar, default office hours).
 */

let dossierSeq = 0;

/** The actions that bring a dossier from `submitted` to each status. */
export const DOSSIER_PATH: Record<DossierStatus, string[]> = {
  submitted: [],
  accepted: ['accept'],
  refused: ['refuse'],
  in_process: ['accept', 'transfer'],
  supplement: ['accept', 'transfer', 'request_supplement'],
  financial: ['accept', 'transfer', 'request_payment'],
  withdrawn: ['accept', 'withdraw'],
  stopped: ['accept', 'transfer', 'stop'],
  finished: ['accept', 'transfer', 'finish'],
  returned: ['accept', 'transfer', 'finish', 'return_result'],
};
const TO: Record<string, DossierStatus> = {
  accept: 'accepted',
  refuse: 'refused',
  transfer: 'in_process',
  complete_step: 'in_process',
  request_supplement: 'supplement',
  request_payment: 'financial',
  withdraw: 'withdrawn',
  stop: 'stopped',
  finish: 'finished',
  return_result: 'returned',
};

export interface DossierSpec {
  procedure: MadeProcedure;
  status: DossierStatus;
  /** Acceptance (the clock's start); default: an hour ago. For `submitted` and `refused`, the submission time. */
  receivedAt?: string;
  /** Overrides the computed due time (due_at and original_due_at alike, unless `originalDueAt` is given). */
  dueAt?: string;
  originalDueAt?: string;
  /** Default: one minute after the last step before it (finished, returned). */
  finishedAt?: string;
  returnedAt?: string;
  /** Refused, withdrawn, stopped. */
  closedAt?: string;
  result?: 'granted' | 'refused';
  apologies?: number;
  /** Officer holding the current internal step (in_process, supplement, financial). */
  assigneeId?: string | null;
  /** Organisation the dossier belongs to (default: the procedure's). */
  orgId?: string;
  /** The internal step in progress, 1-based (in_process and paused statuses); earlier ones are finished. */
  stepSeq?: number;
  /** Closed pauses before now (they move the due time); an open one is added for supplement / financial. */
  pauses?: { kind: 'supplement' | 'financial'; from: string; to: string; reason?: string }[];
  /** When the open pause of a supplement / financial dossier began; default: a minute after the transfer. */
  pausedAt?: string;
  channel?: 'counter' | 'online' | 'post';
  applicant?: Partial<{
    kind: 'citizen' | 'enterprise';
    name: string;
    idNo: string;
    address: string;
    phone: string;
    email: string;
  }>;
  code?: string;
  /** Which documents are ticked, by index (default: all). */
  provided?: number[];
}

export interface MadeDossier {
  id: string;
  code: string;
  /** The row's version, as `POST /dossiers/:id/transitions` expects it. */
  version: number;
  status: DossierStatus;
  receivedAt: string | null;
  dueAt: string | null;
  originalDueAt: string | null;
  /** The token printed on the slip (its sha-256 is stored). */
  ratingToken: string;
  stepIds: string[];
}

const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

async function computeDue(
  db: Db,
  start: string,
  amount: number,
  unit: TimeUnit,
  pauses: { from: string; to: string }[],
) {
  const year = Number(vnDateOf(start).slice(0, 4));
  const cal = await loadWorkCalendar(db, year, year + 2);
  return dueAt(start, amount, unit, pauses, cal, DEFAULT_OFFICE_HOURS as OfficeSession[]);
}

/**
 * A dossier of `procedure` put straight into `status`: the checklist of its version, the internal steps once
 * transferred (the current one started with its own due time, earlier ones finished), an open pause when paused,
 * received / due / finished / returned / closed times consistent with the status, and its `transitions`.
 */
export async function makeDossier(db: Db, spec: DossierSpec): Promise<MadeDossier> {
  const p = spec.procedure;
  const id = newId();
  const now = nowIso();
  dossierSeq++;
  const path = DOSSIER_PATH[spec.status];
  const accepted = path.includes('accept');
  const transferred = path.includes('transfer');
  const start = spec.receivedAt ?? new Date(Date.now() - 3_600_000).toISOString();
  const submittedAt = accepted ? plus(start, -5) : start;
  const receivedAt = accepted ? start : null;
  const closedPauses = spec.pauses ?? [];
  const computed = receivedAt ? await computeDue(db, receivedAt, p.timeAmount, p.timeUnit, closedPauses) : null;
  const originalDueAt = receivedAt ? (spec.originalDueAt ?? spec.dueAt ?? computed) : null;
  const due = receivedAt ? (spec.dueAt ?? originalDueAt) : null;
  const transferAt = receivedAt ? plus(receivedAt, 1) : null;
  const pausedAt = spec.pausedAt ?? (transferAt ? plus(transferAt, 1) : null);
  const finishedAt = ['finished', 'returned'].includes(spec.status) ? (spec.finishedAt ?? plus(start, 3)) : null;
  const returnedAt = spec.status === 'returned' ? (spec.returnedAt ?? plus(finishedAt!, 1)) : null;
  const closedAt = ['refused', 'withdrawn', 'stopped'].includes(spec.status)
    ? (spec.closedAt ?? plus(start, spec.status === 'refused' ? 1 : 3))
    : null;
  const open = ['in_process', 'supplement', 'financial'].includes(spec.status);
  const stepCount = transferred ? p.steps.length : 0;
  const currentSeq = !transferred ? 0 : open ? Math.min(spec.stepSeq ?? 1, stepCount) : stepCount;
  const assigneeId = open ? (spec.assigneeId ?? null) : null;
  const a = spec.applicant ?? {};
  const applicant = {
    kind: a.kind ?? 'citizen',
    name: a.name ?? 'Trần Thị Bình',
    idNo: a.idNo ?? `0010850${String(dossierSeq).padStart(5, '0')}`,
    address: a.address ?? 'Số 1 Lê Lợi, phường Thuận Hóa',
    phone: a.phone ?? '0912345678',
    email: a.email ?? '',
  };
  // Numbers from 9001 up, apart from the ones receipts through the API take from the day's counter.
  const code = spec.code ?? dossierCode(DEFAULT_ONESTOP.agencyCode, vnDateOf(start), 9000 + dossierSeq);
  const ratingToken = randomBytes(16).toString('hex');
  const result = finishedAt ? (spec.result ?? 'granted') : null;

  await db
    .insertInto('dossiers')
    .values({
      id,
      code,
      procedure_id: p.id,
      procedure_version_id: p.versionId,
      org_id: spec.orgId ?? p.orgId,
      field: p.field,
      channel: spec.channel ?? 'counter',
      applicant_kind: applicant.kind,
      applicant_name: applicant.name,
      applicant_id_no: applicant.idNo,
      applicant_address: applicant.address,
      applicant_phone: applicant.phone,
      applicant_email: applicant.email,
      search_key: searchKey(`${code} ${applicant.name} ${applicant.idNo}`),
      status: spec.status,
      submitted_at: submittedAt,
      received_at: receivedAt,
      due_at: due,
      original_due_at: originalDueAt,
      finished_at: finishedAt,
      returned_at: returnedAt,
      closed_at: closedAt,
      result,
      apologies: spec.apologies ?? 0,
      step_index: currentSeq,
      assignee_id: assigneeId,
      assignee_org_id: open ? (spec.orgId ?? p.orgId) : null,
      fee_amount: p.feeTotal,
      fee_paid_at: null,
      rating_token_hash: createHash('sha256').update(ratingToken).digest('hex'),
      note: '',
      created_by: null,
      created_at: now,
      updated_at: now,
      version: path.length + 1,
    })
    .execute();

  const provided = spec.provided ? new Set(spec.provided) : null;
  if (p.documents.length)
    await db
      .insertInto('dossier_documents')
      .values(
        p.documents.map((d, i) => ({
          id: newId(),
          dossier_id: id,
          seq: i + 1,
          name: d.name,
          kind: d.kind,
          count: d.count,
          required: d.required ? 1 : 0,
          provided: !provided || provided.has(i) ? 1 : 0,
          file_id: null,
        })),
      )
      .execute();

  const stepIds: string[] = [];
  if (transferred) {
    const year = Number(vnDateOf(transferAt!).slice(0, 4));
    const cal = await loadWorkCalendar(db, year, year + 2);
    const t = transferAt!;
    const rows = [];
    for (const [i, s] of p.steps.entries()) {
      const seq = i + 1;
      const started = seq <= currentSeq;
      const finished = seq < currentSeq || (!open && finishedAt !== null);
      const stepDue = started ? dueAt(t, s.amount, s.timeUnit, [], cal, DEFAULT_OFFICE_HOURS) : null;
      const stepId = newId();
      stepIds.push(stepId);
      rows.push({
        id: stepId,
        dossier_id: id,
        seq,
        name: s.name,
        org_id: spec.orgId ?? p.orgId,
        assignee_id: seq === currentSeq ? assigneeId : null,
        started_at: started ? t : null,
        due_at: stepDue,
        finished_at: finished ? (seq === stepCount && finishedAt ? finishedAt : t) : null,
        note: '',
      });
    }
    await db.insertInto('dossier_steps').values(rows).execute();
  }

  const pauseRows: Insertable<DossierPauseTable>[] = closedPauses.map((x) => ({
    id: newId(),
    dossier_id: id,
    kind: x.kind,
    from_at: x.from,
    to_at: x.to,
    deadline: null,
    reason: x.reason ?? 'Bổ sung hồ sơ',
  }));
  if (spec.status === 'supplement' || spec.status === 'financial')
    pauseRows.push({
      id: newId(),
      dossier_id: id,
      kind: spec.status,
      from_at: pausedAt!,
      to_at: null,
      deadline: null,
      reason: spec.status === 'supplement' ? 'Thiếu bản vẽ mặt bằng' : 'Nộp lệ phí',
    });
  if (pauseRows.length) await db.insertInto('dossier_pauses').values(pauseRows).execute();

  const at: Record<string, string> = {
    accept: receivedAt ?? start,
    refuse: closedAt ?? start,
    transfer: transferAt ?? start,
    request_supplement: pausedAt ?? start,
    request_payment: pausedAt ?? start,
    withdraw: closedAt ?? start,
    stop: closedAt ?? start,
    finish: finishedAt ?? start,
    return_result: returnedAt ?? start,
  };
  const reasons: Record<string, string> = {
    refuse: 'Không thuộc thẩm quyền giải quyết',
    request_supplement: 'Thiếu bản vẽ mặt bằng',
    request_payment: 'Nộp lệ phí',
    withdraw: 'Người nộp đề nghị rút hồ sơ',
    stop: 'Phát hiện hồ sơ giả mạo',
  };
  await writeTransitions(db, 'dossier', id, [
    { action: null, to: 'submitted', at: submittedAt },
    ...path.map((action) => ({
      action,
      to: TO[action]!,
      at: at[action]!,
      reason: reasons[action] ?? '',
      data: {
        legalBasis: p.legalBasis,
        ...(action === 'accept' ? { form: '01', dueAt: due } : {}),
        ...(action === 'refuse' ? { form: '03' } : {}),
        ...(action === 'request_supplement' ? { form: '02' } : {}),
        ...(action === 'stop' ? { form: '05' } : {}),
        ...(action === 'transfer' ? { stepSeq: 1 } : {}),
        ...(action === 'finish' ? { result } : {}),
      },
    })),
  ]);
  return {
    id,
    code,
    version: path.length + 1,
    status: spec.status,
    receivedAt,
    dueAt: due,
    originalDueAt,
    ratingToken,
    stepIds,
  };
}
