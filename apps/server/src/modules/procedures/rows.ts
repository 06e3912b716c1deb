import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { ProcedureSummary, ProcedureVersionView, VersionContent } from '@thidua/contracts';
import {
  PROCEDURE_FIELD_LABELS,
  timeLimitLabel,
  type OnlineLevel,
  type ProcedureField,
  type ProcedureLevel,
  type TimeUnit,
} from '@thidua/domain';
import { num } from '../../db/index.ts';
import type { Database, ProcedureTable, ProcedureVersionTable } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';

/** Reading and writing the catalog's rows: JSON columns, numbers that PostgreSQL returns as text. */

type Executor = Kysely<Database> | Transaction<Database>;
export type Content = z.output<typeof VersionContent>;
export type VersionView = z.infer<typeof ProcedureVersionView>;
type Summary = z.infer<typeof ProcedureSummary>;

export async function procedureRow(db: Executor, id: string): Promise<ProcedureTable> {
  const row = await db.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('thủ tục hành chính');
  return row;
}

/** A procedure's versions, newest first. */
export const versionRows = (db: Executor, procedureId: string) =>
  db
    .selectFrom('procedure_versions')
    .selectAll()
    .where('procedure_id', '=', procedureId)
    .orderBy('seq', 'desc')
    .execute();

const parse = <T>(s: string): T[] => {
  const v: unknown = JSON.parse(s || '[]');
  return Array.isArray(v) ? (v as T[]) : [];
};

export const processingTime = (amount: number, unit: string) => ({
  amount: num(amount),
  unit: unit as TimeUnit,
  label: timeLimitLabel(num(amount), unit as TimeUnit),
});

/** The content a version holds, as the contracts carry it (for copying into a new draft and for the workbook). */
export function contentOf(v: ProcedureVersionTable): Content {
  return {
    legalBasis: v.legal_basis,
    time: { amount: num(v.time_amount), unit: v.time_unit as TimeUnit },
    noAppointment: !!num(v.no_appointment),
    fees: parse<Content['fees'][number]>(v.fees),
    documents: parse<Content['documents'][number]>(v.documents),
    steps: parse<Content['steps'][number]>(v.steps),
    legs: parse<Content['legs'][number]>(v.legs),
    result: v.result,
    resultValidity: v.result_validity,
    complianceCost: num(v.compliance_cost),
    yearlyDossiers: num(v.yearly_dossiers),
    changeNote: v.change_note,
    effectiveFrom: v.effective_from,
    effectiveTo: v.effective_to,
  };
}

/** The columns a version's content is stored in. */
export function contentColumns(c: Content) {
  return {
    legal_basis: c.legalBasis,
    time_amount: c.time.amount,
    time_unit: c.time.unit,
    no_appointment: c.noAppointment ? 1 : 0,
    fees: JSON.stringify(c.fees),
    fee_total: c.fees.reduce((s, f) => s + f.amount, 0),
    documents: JSON.stringify(c.documents),
    steps: JSON.stringify(c.steps),
    legs: JSON.stringify(c.legs),
    result: c.result,
    result_validity: c.resultValidity,
    compliance_cost: c.complianceCost,
    yearly_dossiers: c.yearlyDossiers,
    change_note: c.changeNote,
    effective_from: c.effectiveFrom,
    effective_to: c.effectiveTo,
  };
}

export function versionView(v: ProcedureVersionTable): VersionView {
  const c = contentOf(v);
  return {
    ...c,
    id: v.id,
    seq: num(v.seq),
    status: v.status as VersionView['status'],
    decision: { no: v.decision_no, date: v.decision_date, signer: v.decision_signer },
    processingTime: processingTime(c.time.amount, c.time.unit),
    fees: c.fees.map((f) => ({ ...f, note: f.note ?? '' })),
    steps: c.steps.map((s) => ({ ...s, unit: s.unit ?? '', role: s.role ?? '' })),
    feeTotal: num(v.fee_total),
    version: num(v.version),
    updatedAt: v.updated_at,
  };
}

/** The version a list shows: the one in force, else the draft. */
export function shownVersion(p: ProcedureTable, versions: readonly ProcedureVersionTable[]) {
  return versions.find((v) => v.id === p.current_version_id) ?? versions.find((v) => v.status === 'draft');
}

export function summaryOf(p: ProcedureTable, shown: ProcedureVersionTable | undefined): Summary {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    field: p.field as ProcedureField,
    fieldLabel: PROCEDURE_FIELD_LABELS[p.field as ProcedureField] ?? p.field,
    level: p.level as ProcedureLevel,
    status: p.status,
    onlineLevel: p.online_level as OnlineLevel,
    processingTime: shown ? processingTime(shown.time_amount, shown.time_unit) : null,
    feeTotal: shown ? num(shown.fee_total) : 0,
  };
}

/** The day before an ISO date: a superseded version's last day. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
