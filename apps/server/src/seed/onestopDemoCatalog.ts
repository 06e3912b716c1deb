import { searchKey, type ProcedureField, type TimeUnit } from '@thidua/domain';
import type { ProcedureTable, ProcedureVersionTable } from '../db/schema-onestop.ts';
import type { TransitionTable } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import {
  BASE_COST,
  DEMO_PROCEDURES,
  FEE_BASIS,
  FEES,
  FIELD_BASIS,
  FIELD_DIVISION,
  FIELD_DOCUMENT,
  INTER_AGENCY,
  type ProcedureLine,
} from './onestopDemoData.ts';

/**
 * The demo catalog as rows: each procedure, its versions (the 2016 publication, the amendments that cut its
 * time and compliance cost, an abolition) and the catalog steps in `transitions`. Pure apart from ids.
 */

export const SIGNER = 'Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên';
const V1_DATE = '2016-03-15';

export interface StepDef {
  name: string;
  unit: string;
  role: string;
  amount: number;
  timeUnit: TimeUnit;
}
export interface LegDef {
  agency: string;
  name: string;
  amount: number;
  timeUnit: TimeUnit;
}
export interface DocumentDef {
  name: string;
  kind: 'original' | 'copy' | 'either';
  count: number;
  required: boolean;
}

/** What the dossier generator needs of a version. */
export interface DemoVersion {
  id: string;
  seq: number;
  from: string;
  /** Last day in force (inclusive), or null while in force. */
  to: string | null;
  days: number;
  feeTotal: number;
  steps: StepDef[];
  legs: LegDef[];
  documents: DocumentDef[];
  legalBasis: string;
}
export interface DemoProcedure {
  id: string;
  code: string;
  name: string;
  field: ProcedureField;
  division: 'QLTM' | 'KTATMT' | 'QLNL' | 'QLCN';
  onlineLevel: 'full' | 'partial' | 'none';
  weight: number;
  /** First day no dossier may be received (abolished), or null. */
  abolishedOn: string | null;
  versions: DemoVersion[];
}

export interface CatalogRows {
  procedures: ProcedureTable[];
  versions: ProcedureVersionTable[];
  transitions: TransitionTable[];
  catalog: DemoProcedure[];
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const vnMorning = (iso: string) => `${iso}T02:00:00.000Z`; // 09:00 in Vietnam
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A decision number per date (several procedures amended the same day share one decision). */
function decisionNo(date: string): string {
  let h = 0;
  for (const ch of date) h = (h * 31 + ch.charCodeAt(0)) % 997;
  return `${1000 + h * 2}/QĐ-UBND`;
}

function documentsOf(name: string, field: ProcedureField): DocumentDef[] {
  if (/^Cấp lại/u.test(name))
    return [
      { name: 'Đơn đề nghị cấp lại (theo mẫu)', kind: 'original', count: 1, required: true },
      { name: 'Bản chính hoặc bản sao giấy đã được cấp (nếu còn)', kind: 'either', count: 1, required: false },
    ];
  if (/sửa đổi|điều chỉnh/u.test(name))
    return [
      { name: 'Đơn đề nghị sửa đổi, bổ sung (theo mẫu)', kind: 'original', count: 1, required: true },
      { name: 'Tài liệu chứng minh nội dung thay đổi', kind: 'copy', count: 1, required: true },
      { name: 'Bản sao giấy đã được cấp', kind: 'copy', count: 1, required: false },
    ];
  return [
    { name: 'Đơn đề nghị (Mẫu số 01)', kind: 'original', count: 1, required: true },
    { name: 'Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh', kind: 'copy', count: 1, required: true },
    { name: FIELD_DOCUMENT[field], kind: 'either', count: 1, required: true },
  ];
}

function resultOf(name: string, field: ProcedureField): [string, string] {
  const what = /^Cấp (?:lại |sửa đổi, bổ sung |điều chỉnh )?(.*)$/u.exec(name)?.[1];
  if (!what) return ['Văn bản xác nhận hoặc quyết định phê duyệt của Sở Công Thương', ''];
  const validity = field === 'gas' ? '10 năm' : field === 'food_safety' ? '03 năm' : '05 năm';
  return [what.charAt(0).toUpperCase() + what.slice(1), validity];
}

/** Internal steps summing to one day under the limit (the receipt and the hand-over share the last day). */
export function stepsOf(days: number, divisionName: string): StepDef[] {
  return [
    {
      name: 'Thẩm định hồ sơ',
      unit: divisionName,
      role: 'onestop_officer',
      amount: days - 3,
      timeUnit: 'working_days',
    },
    {
      name: 'Dự thảo kết quả, trình ký',
      unit: divisionName,
      role: 'onestop_officer',
      amount: 1,
      timeUnit: 'working_days',
    },
    { name: 'Phê duyệt, ký kết quả', unit: 'Lãnh đạo Sở', role: 'leader', amount: 1, timeUnit: 'working_days' },
  ];
}

interface Change {
  date: string;
  days: number;
  cost: number;
}

function parseChanges(spec: string): { changes: Change[]; abolish: string | null } {
  const changes: Change[] = [];
  let abolish: string | null = null;
  for (const part of spec.split(' ').filter(Boolean)) {
    if (part.startsWith('x')) abolish = part.slice(1);
    else {
      const [date, days, cost] = part.split(':');
      changes.push({ date: date!, days: Number(days), cost: Number(cost) });
    }
  }
  return { changes, abolish };
}

export function buildCatalog(
  orgId: string,
  divisionNames: Record<string, string>,
  actor: { id: string | null; name: string },
  lines: readonly ProcedureLine[] = DEMO_PROCEDURES,
): CatalogRows {
  const out: CatalogRows = { procedures: [], versions: [], transitions: [], catalog: [] };
  const fields = [...new Set(lines.map((l) => l[2]))];
  for (const [code, name, field, days0, feeClass, onlineLevel, spec, weight] of lines) {
    const id = newId();
    const division = FIELD_DIVISION[field];
    const divisionName = divisionNames[division]!;
    const fee = FEES[feeClass];
    const fees = fee ? [{ name: fee.name, amount: fee.amount, note: feeClass === 'F' ? '' : FEE_BASIS }] : [];
    const feeTotal = fee ? fee.amount : 0;
    const legs = code === INTER_AGENCY.code ? [INTER_AGENCY.leg] : [];
    const [result, validity] = resultOf(name, field);
    const { changes, abolish } = parseChanges(spec);
    const fieldIndex = fields.indexOf(field);
    const v1Date = `2016-03-${String(15 + (fieldIndex % 10)).padStart(2, '0')}`;
    const yearly = weight * 28;
    const steps: { action: string | null; to: string; at: string; data: Record<string, unknown>; reason?: string }[] = [
      { action: null, to: 'draft', at: vnMorning(dayBefore(dayBefore(V1_DATE))), data: {} },
    ];
    const demo: DemoProcedure = {
      id,
      code,
      name,
      field,
      division,
      onlineLevel,
      weight,
      abolishedOn: abolish,
      versions: [],
    };
    // The 2016 cost: the class's typical cost, or a third above the first simplification's starting point.
    const cost0 = Math.max(BASE_COST[feeClass], Math.round(((changes[0]?.cost ?? 0) * 1.35) / 10_000) * 10_000);
    const all = [{ date: v1Date, days: days0, cost: cost0 }, ...changes];
    for (const [i, c] of all.entries()) {
      const next = all[i + 1]?.date ?? abolish;
      const status = next === abolish && abolish ? 'abolished' : next ? 'superseded' : 'published';
      const decision = { no: i === 0 ? `${1234 + fieldIndex * 3}/QĐ-UBND` : decisionNo(c.date), date: c.date };
      const before = all[i - 1];
      const legalBasis = `${FIELD_BASIS[field]}; Quyết định số ${decision.no} ngày ${dmy(c.date)} của ${SIGNER}`;
      const v: ProcedureVersionTable = {
        id: newId(),
        procedure_id: id,
        seq: i + 1,
        status,
        name,
        decision_no: decision.no,
        decision_date: c.date,
        decision_signer: SIGNER,
        legal_basis: legalBasis,
        time_amount: c.days,
        time_unit: 'working_days',
        no_appointment: 0,
        fee_total: feeTotal,
        fees: JSON.stringify(fees),
        documents: JSON.stringify(documentsOf(name, field)),
        steps: JSON.stringify(stepsOf(c.days, divisionName)),
        legs: JSON.stringify(legs),
        result,
        result_validity: validity,
        compliance_cost: c.cost,
        yearly_dossiers: yearly,
        change_note: before
          ? `Rút ngắn thời hạn giải quyết từ ${before.days} xuống ${c.days} ngày làm việc; giảm chi phí tuân thủ từ ${before.cost.toLocaleString('vi-VN')} đ xuống ${c.cost.toLocaleString('vi-VN')} đ/hồ sơ (phương án đơn giản hóa theo Nghị quyết số 66/NQ-CP)`
          : '',
        effective_from: c.date,
        effective_to: next ? dayBefore(next) : null,
        created_at: vnMorning(c.date),
        updated_at: vnMorning(c.date),
        version: 1,
      };
      out.versions.push(v);
      demo.versions.push({
        id: v.id,
        seq: v.seq,
        from: c.date,
        to: v.effective_to,
        days: c.days,
        feeTotal,
        steps: stepsOf(c.days, divisionName),
        legs,
        documents: documentsOf(name, field),
        legalBasis,
      });
      steps.push({
        action: i === 0 ? 'publish' : 'amend',
        to: 'published',
        at: vnMorning(c.date),
        data: { decision: { no: decision.no, date: c.date, signer: SIGNER }, versionSeq: i + 1 },
      });
    }
    if (abolish)
      steps.push({
        action: 'abolish',
        to: 'abolished',
        at: vnMorning(dayBefore(abolish)),
        reason:
          'Thủ tục chuyển về Ủy ban nhân dân cấp xã giải quyết từ 01/07/2025 (tổ chức chính quyền địa phương hai cấp)',
        data: { decision: { no: decisionNo(abolish), date: dayBefore(abolish), signer: SIGNER } },
      });
    const last = out.versions.at(-1)!;
    out.procedures.push({
      id,
      code,
      name,
      search_key: searchKey(`${code} ${name}`),
      field,
      level: 'province',
      agency: 'Sở Công Thương tỉnh Thái Nguyên',
      org_id: orgId,
      inter_agency: legs.length ? 1 : 0,
      online_level: onlineLevel,
      status: abolish ? 'abolished' : 'published',
      current_version_id: last.id,
      created_at: steps[0]!.at,
      updated_at: steps.at(-1)!.at,
      version: steps.length,
    });
    let from: string | null = null;
    for (const [seq, s] of steps.entries()) {
      out.transitions.push({
        id: newId(),
        entity_type: 'procedure',
        entity_id: id,
        seq: seq + 1,
        action: s.action,
        from_status: from,
        to_status: s.to,
        actor_id: actor.id,
        actor_name: actor.name,
        reason: s.reason ?? '',
        at: s.at,
        data: JSON.stringify(s.data),
      });
      from = s.to;
    }
    out.catalog.push(demo);
  }
  return out;
}

/** The version in force on a day, or null (before the first or after the abolition). */
export function versionOn(p: DemoProcedure, day: string): DemoVersion | null {
  if (p.abolishedOn && day >= p.abolishedOn) return null;
  return p.versions.find((v) => v.from <= day && (v.to === null || day <= v.to)) ?? null;
}
