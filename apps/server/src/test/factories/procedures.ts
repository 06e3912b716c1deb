import { searchKey, type TimeUnit } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { ACTOR, type Db } from './steps.ts';

/*
 * The catalog's side of the one-stop factories (re-exported by onestop.ts): a published procedure with one
 * published version, straight into the tables (docs/one-stop.md).
 */

export interface ProcedureDocumentDef {
  name: string;
  kind: 'original' | 'copy' | 'either';
  count: number;
  required: boolean;
  templateFileId?: string;
}
export interface ProcedureStepDef {
  name: string;
  unit: string;
  role: string;
  amount: number;
  timeUnit: TimeUnit;
}
export interface ProcedureLegDef {
  agency: string;
  name: string;
  amount: number;
  timeUnit: TimeUnit;
}

export interface ProcedureSpec {
  /** Default: the root organisation (the department). */
  orgId?: string;
  code?: string;
  name?: string;
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: 'full' | 'partial' | 'none';
  timeAmount?: number;
  timeUnit?: TimeUnit;
  noAppointment?: boolean;
  legalBasis?: string;
  feeTotal?: number;
  documents?: ProcedureDocumentDef[];
  steps?: ProcedureStepDef[];
  /** Inter-agency legs; none by default. */
  legs?: ProcedureLegDef[];
}

export interface MadeProcedure {
  id: string;
  versionId: string;
  code: string;
  name: string;
  orgId: string;
  field: string;
  timeAmount: number;
  timeUnit: TimeUnit;
  legalBasis: string;
  feeTotal: number;
  documents: ProcedureDocumentDef[];
  steps: ProcedureStepDef[];
  legs: ProcedureLegDef[];
  /** The procedure row's version (for optimistic locking). */
  version: number;
}

export const DEFAULT_DOCUMENTS: ProcedureDocumentDef[] = [
  { name: 'Đơn đề nghị cấp giấy phép (Mẫu số 01)', kind: 'original', count: 1, required: true },
  { name: 'Giấy chứng nhận đăng ký doanh nghiệp', kind: 'copy', count: 1, required: true },
  { name: 'Bản vẽ mặt bằng cửa hàng', kind: 'either', count: 1, required: false },
];
export const DEFAULT_STEPS: ProcedureStepDef[] = [
  {
    name: 'Thẩm định hồ sơ',
    unit: 'Phòng Quản lý thương mại',
    role: 'onestop_officer',
    amount: 5,
    timeUnit: 'working_days',
  },
  { name: 'Trình ký', unit: 'Phòng Quản lý thương mại', role: 'onestop_officer', amount: 2, timeUnit: 'working_days' },
  { name: 'Phê duyệt, ký kết quả', unit: 'Lãnh đạo Sở', role: 'leader', amount: 2, timeUnit: 'working_days' },
];

let procedureSeq = 0;

export async function rootOrg(db: Db): Promise<string> {
  const r = await db.selectFrom('organisations').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow();
  return r.id;
}

export async function writeTransitions(
  db: Db,
  entityType: 'procedure' | 'dossier',
  entityId: string,
  steps: readonly { action: string | null; to: string; at: string; reason?: string; data?: object }[],
): Promise<void> {
  let from: string | null = null;
  const rows = steps.map((s, i) => {
    const row = {
      id: newId(),
      entity_type: entityType,
      entity_id: entityId,
      seq: i + 1,
      action: s.action,
      from_status: from,
      to_status: s.to,
      actor_id: ACTOR.id,
      actor_name: ACTOR.name,
      reason: s.reason ?? '',
      at: s.at,
      data: JSON.stringify(s.data ?? {}),
    };
    from = s.to;
    return row;
  });
  await db.insertInto('transitions').values(rows).execute();
}

/** A published procedure with one published version (documents, 3 internal steps, 10 working days by default). */
export async function makeProcedure(db: Db, over: ProcedureSpec = {}): Promise<MadeProcedure> {
  const id = newId();
  const versionId = newId();
  const now = nowIso();
  procedureSeq++;
  const code = over.code ?? `9.${String(procedureSeq).padStart(6, '0')}`;
  const name = over.name ?? `Cấp giấy phép kinh doanh thử nghiệm số ${procedureSeq}`;
  const orgId = over.orgId ?? (await rootOrg(db));
  const field = over.field ?? 'domestic_trade';
  const timeAmount = over.timeAmount ?? 10;
  const timeUnit = over.timeUnit ?? 'working_days';
  const legalBasis = over.legalBasis ?? 'Nghị định 105/2017/NĐ-CP; Nghị định 61/2018/NĐ-CP';
  const documents = over.documents ?? DEFAULT_DOCUMENTS;
  const steps = over.steps ?? DEFAULT_STEPS;
  const legs = over.legs ?? [];
  const feeTotal = over.feeTotal ?? 0;
  await db
    .insertInto('procedures')
    .values({
      id,
      code,
      name,
      search_key: searchKey(`${code} ${name}`),
      field,
      level: over.level ?? 'province',
      agency: over.agency ?? 'Sở Công Thương',
      org_id: orgId,
      inter_agency: legs.length ? 1 : 0,
      online_level: over.onlineLevel ?? 'partial',
      status: 'published',
      current_version_id: versionId,
      created_at: now,
      updated_at: now,
      version: 2,
    })
    .execute();
  await db
    .insertInto('procedure_versions')
    .values({
      id: versionId,
      procedure_id: id,
      seq: 1,
      status: 'published',
      name,
      decision_no: '123/QĐ-SCT',
      decision_date: '2026-01-05',
      decision_signer: 'Giám đốc Sở',
      legal_basis: legalBasis,
      time_amount: timeAmount,
      time_unit: timeUnit,
      no_appointment: over.noAppointment ? 1 : 0,
      fee_total: feeTotal,
      fees: JSON.stringify(feeTotal ? [{ name: 'Lệ phí', amount: feeTotal, note: '' }] : []),
      documents: JSON.stringify(documents),
      steps: JSON.stringify(steps),
      legs: JSON.stringify(legs),
      result: 'Giấy phép',
      result_validity: '05 năm',
      compliance_cost: 0,
      yearly_dossiers: 0,
      change_note: '',
      effective_from: '2026-01-05',
      effective_to: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await writeTransitions(db, 'procedure', id, [
    { action: null, to: 'draft', at: now },
    { action: 'publish', to: 'published', at: now },
  ]);
  return {
    id,
    versionId,
    code,
    name,
    orgId,
    field,
    timeAmount,
    timeUnit,
    legalBasis,
    feeTotal,
    documents,
    steps,
    legs,
    version: 2,
  };
}
