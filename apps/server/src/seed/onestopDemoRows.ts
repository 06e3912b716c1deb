import { createHash } from 'node:crypto';
import { searchKey, type DossierStatus } from '@thidua/domain';
import type {
  DossierDocumentTable,
  DossierLegTable,
  DossierPauseTable,
  DossierRatingTable,
  DossierStepTable,
  DossierTable,
} from '../db/schema-onestop.ts';
import type { TransitionTable } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { ENTERPRISES, citizenId, joinName, randomDate, randomName, type Rng } from './names.ts';
import type { DemoProcedure, DemoVersion } from './onestopDemoCatalog.ts';
import { RATING_COMMENTS } from './onestopDemoData.ts';
import type { Channel, Plan, TimelineCtx } from './onestopDemoTimeline.ts';

/** A planned dossier cut at a moment (now, or earlier to hold it in a status): the rows it has by then. */

export interface DossierRows {
  dossier: DossierTable;
  transitions: TransitionTable[];
  documents: DossierDocumentTable[];
  steps: DossierStepTable[];
  pauses: DossierPauseTable[];
  legs: DossierLegTable[];
  ratings: DossierRatingTable[];
}

export interface Applicant {
  kind: 'citizen' | 'enterprise';
  name: string;
  idNo: string;
  address: string;
  phone: string;
  email: string;
}

const WARDS = [
  'phường Phan Đình Phùng, tỉnh Thái Nguyên',
  'phường Gia Sàng, tỉnh Thái Nguyên',
  'phường Tích Lương, tỉnh Thái Nguyên',
  'phường Phổ Yên, tỉnh Thái Nguyên',
  'phường Sông Công, tỉnh Thái Nguyên',
  'xã Đại Từ, tỉnh Thái Nguyên',
  'xã Phú Bình, tỉnh Thái Nguyên',
  'xã Định Hóa, tỉnh Thái Nguyên',
  'phường Đức Xuân, tỉnh Thái Nguyên',
  'xã Đồng Hỷ, tỉnh Thái Nguyên',
];
const STREETS = ['Lương Ngọc Quyến', 'Hoàng Văn Thụ', 'Bắc Kạn', 'Quang Trung', 'Cách Mạng Tháng Tám', 'Thống Nhất'];
const TRADES = ['Thương mại', 'Xăng dầu', 'Thực phẩm', 'Dịch vụ', 'Đầu tư', 'Sản xuất và Thương mại'];

export function randomApplicant(rng: Rng): Applicant {
  const phone = `09${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const address = `Số ${rng.int(1, 480)} đường ${rng.pick(STREETS)}, ${rng.pick(WARDS)}`;
  if (rng.chance(0.22)) {
    const gender = rng.chance(0.5) ? 'male' : 'female';
    const name = randomName(rng, gender);
    return {
      kind: 'citizen',
      name: joinName(name),
      idNo: citizenId(rng, gender, randomDate(rng, 1965, 2000)),
      address,
      phone,
      email: '',
    };
  }
  const name = rng.chance(0.3)
    ? rng.pick(ENTERPRISES)[1]
    : `Công ty TNHH ${rng.pick(TRADES)} ${randomName(rng, 'male').givenName} ${rng.pick(['Thái Nguyên', 'Phú Bình', 'Sông Công', 'Đại Từ', 'Việt Bắc'])}`;
  return {
    kind: 'enterprise',
    name,
    idNo: `46${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
    address,
    phone,
    email: `vanphong${rng.int(1, 999)}@doanhnghiep.vn`,
  };
}

export interface CutInput {
  proc: DemoProcedure;
  version: DemoVersion;
  orgId: string;
  code: string;
  channel: Channel;
  applicant: Applicant;
  plan: Plan;
  /** Rows as they stand at this moment. */
  cutoff: string;
  ctx: TimelineCtx;
  /** Comment index for the rating (deterministic). */
  salt: number;
}

/** The rows of a planned dossier as they stand at `cutoff`; null when it was not yet submitted. */
export function cutDossier(x: CutInput): DossierRows | null {
  const evs = x.plan.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i))
    .map((p) => p.e)
    .filter((e) => e.at <= x.cutoff);
  if (!evs.length) return null;
  const id = newId();
  const a = x.applicant;
  const submitted = evs[0]!.at;
  const state: Partial<DossierTable> = {};
  let status: DossierStatus = 'submitted';
  const transitions: TransitionTable[] = [];
  let from: string | null = null;
  for (const [i, e] of evs.entries()) {
    Object.assign(state, e.set ?? {});
    status = e.to;
    transitions.push({
      id: newId(),
      entity_type: 'dossier',
      entity_id: id,
      seq: i + 1,
      action: e.action,
      from_status: from,
      to_status: e.to,
      actor_id: e.by.id,
      actor_name: e.by.name,
      reason: e.reason ?? '',
      at: e.at,
      data: JSON.stringify(e.data ?? {}),
    });
    from = e.to;
  }
  const dossier: DossierTable = {
    id,
    code: x.code,
    procedure_id: x.proc.id,
    procedure_version_id: x.version.id,
    org_id: x.orgId,
    field: x.proc.field,
    channel: x.channel,
    applicant_kind: a.kind,
    applicant_name: a.name,
    applicant_id_no: a.idNo,
    applicant_address: a.address,
    applicant_phone: a.phone,
    applicant_email: a.email,
    search_key: searchKey(`${x.code} ${a.name} ${a.idNo}`),
    status,
    submitted_at: submitted,
    received_at: null,
    due_at: null,
    original_due_at: null,
    finished_at: null,
    returned_at: null,
    closed_at: null,
    result: null,
    apologies: 0,
    step_index: 0,
    assignee_id: null,
    assignee_org_id: null,
    fee_amount: x.version.feeTotal,
    fee_paid_at: null,
    rating_token_hash: createHash('sha256').update(`demo-slip-${x.code}`).digest('hex'),
    note: '',
    created_by: x.channel === 'online' ? null : x.ctx.clerk.id,
    created_at: submitted,
    updated_at: evs.at(-1)!.at,
    version: evs.length,
    ...state,
  };
  const documents: DossierDocumentTable[] = x.version.documents.map((d, i) => ({
    id: newId(),
    dossier_id: id,
    seq: i + 1,
    name: d.name,
    kind: d.kind,
    count: d.count,
    required: d.required ? 1 : 0,
    provided: status === 'submitted' && !d.required ? 0 : 1,
    file_id: null,
  }));
  const on = (t: string | null) => (t !== null && t <= x.cutoff ? t : null);
  const transferred = evs.some((e) => e.action === 'transfer');
  const steps: DossierStepTable[] = transferred
    ? x.plan.steps.map((s) => {
        const started = on(s.started);
        return {
          id: newId(),
          dossier_id: id,
          seq: s.seq,
          name: s.name,
          org_id: x.ctx.divisionOrgOf(x.proc),
          assignee_id: on(s.assignedAt) ? s.assignee.id : null,
          started_at: started,
          due_at: started ? s.due : null,
          finished_at: on(s.finished),
          note: '',
        };
      })
    : [];
  const pauses: DossierPauseTable[] = x.plan.pauses
    .filter((p) => on(p.from))
    .map((p) => ({
      id: newId(),
      dossier_id: id,
      kind: p.kind,
      from_at: p.from,
      to_at: on(p.to),
      deadline: p.deadline,
      reason: p.reason,
    }));
  const legs: DossierLegTable[] = x.plan.legs
    .filter((l) => on(l.sent))
    .map((l) => ({
      id: l.id,
      dossier_id: id,
      agency: l.agency,
      name: l.name,
      sent_at: l.sent,
      due_at: l.due,
      answered_at: on(l.answered),
      answer: on(l.answered) ? l.answer : '',
    }));
  const r = x.plan.rating;
  const ratings: DossierRatingTable[] =
    status === 'returned' && r && on(r.at)
      ? [
          {
            id: newId(),
            dossier_id: id,
            rating: r.rating,
            comment: RATING_COMMENTS[x.salt % RATING_COMMENTS.length]!,
            at: r.at,
          },
        ]
      : [];
  return { dossier, transitions, documents, steps, pauses, legs, ratings };
}
