import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DossierTable, ProcedureVersionTable } from '../../db/schema-onestop.ts';
import { num } from '../../db/index.ts';
import { notFound } from '../../platform/errors.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/** The JSON of a procedure version, as the desk reads it (docs/one-stop.md). */
export interface VersionDocument {
  name: string;
  kind: string;
  count: number;
  required: boolean;
}
export interface VersionStep {
  name: string;
  unit?: string;
  role?: string;
  amount: number;
  timeUnit: string;
}
export interface VersionLeg {
  agency: string;
  name: string;
  amount: number;
  timeUnit: string;
}

const parse = <T>(s: string): T[] => {
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
};
export const versionDocuments = (v: ProcedureVersionTable) => parse<VersionDocument>(v.documents);
export const versionLegs = (v: ProcedureVersionTable) => parse<VersionLeg>(v.legs);
/** The internal steps; a version without any is handled in one step over the whole time limit. */
export function versionSteps(v: ProcedureVersionTable): VersionStep[] {
  const steps = parse<VersionStep>(v.steps).filter((s) => s && typeof s.name === 'string');
  return steps.length
    ? steps.map((s) => ({ ...s, amount: Number(s.amount) || 0, timeUnit: s.timeUnit ?? v.time_unit }))
    : [{ name: 'Giải quyết hồ sơ', amount: Number(v.time_amount), timeUnit: v.time_unit }];
}

export async function dossierRow(db: Executor, id: string): Promise<DossierTable> {
  const row = await db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('hồ sơ');
  return { ...row, version: num(row.version), apologies: num(row.apologies), step_index: num(row.step_index) };
}

export async function versionRow(db: Executor, id: string): Promise<ProcedureVersionTable> {
  const row = await db.selectFrom('procedure_versions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('phiên bản thủ tục');
  return { ...row, time_amount: Number(row.time_amount), seq: num(row.seq) };
}

export const checklistOf = (db: Executor, dossierId: string) =>
  db.selectFrom('dossier_documents').selectAll().where('dossier_id', '=', dossierId).orderBy('seq').execute();

/** The replaced scans of a dossier's checklist rows, oldest replacement first, with their file's name and upload. */
export const scanHistoryOf = (db: Executor, dossierId: string) =>
  db
    .selectFrom('dossier_document_scans as s')
    .innerJoin('dossier_documents as d', 'd.id', 's.document_id')
    .innerJoin('files as f', 'f.id', 's.file_id')
    .select([
      's.document_id',
      's.file_id',
      's.superseded_at',
      's.superseded_by',
      'f.filename',
      'f.created_at as attached_at',
      'f.uploaded_by',
    ])
    .where('d.dossier_id', '=', dossierId)
    .orderBy('s.superseded_at')
    .orderBy('s.id')
    .execute();

export const stepsOf = (db: Executor, dossierId: string) =>
  db
    .selectFrom('dossier_steps')
    .leftJoin('users', 'users.id', 'dossier_steps.assignee_id')
    .selectAll('dossier_steps')
    .select('users.display_name as assignee_name')
    .where('dossier_id', '=', dossierId)
    .orderBy('seq')
    .execute();

export const pausesOf = (db: Executor, dossierId: string) =>
  db.selectFrom('dossier_pauses').selectAll().where('dossier_id', '=', dossierId).orderBy('from_at').execute();

export const legsOf = (db: Executor, dossierId: string) =>
  db.selectFrom('dossier_legs').selectAll().where('dossier_id', '=', dossierId).orderBy('sent_at').execute();

/** The dossier's current internal step (by `step_index`, 1-based), if it has been transferred. */
export async function currentStep(db: Executor, d: { id: string; step_index: number }) {
  if (!d.step_index) return undefined;
  return db
    .selectFrom('dossier_steps')
    .selectAll()
    .where('dossier_id', '=', d.id)
    .where('seq', '=', d.step_index)
    .executeTakeFirst();
}

export async function userName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const u = await db.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst();
  return u?.display_name ?? null;
}

/** What the guards and the next-step words read about a dossier now. */
export async function stepContext(db: Executor, d: DossierTable, apologyLimit: number) {
  const [docs, steps, openLegs] = await Promise.all([
    checklistOf(db, d.id),
    db
      .selectFrom('dossier_steps')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('dossier_id', '=', d.id)
      .executeTakeFirst(),
    db
      .selectFrom('dossier_legs')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('dossier_id', '=', d.id)
      .where('answered_at', 'is', null)
      .executeTakeFirst(),
  ]);
  const step = await currentStep(db, d);
  const stepCount = num(steps?.n);
  return {
    missingDocuments: docs.filter((x) => num(x.required) && !num(x.provided)).map((x) => x.name),
    apologies: d.apologies,
    apologyLimit,
    lastStep: stepCount > 0 ? d.step_index >= stepCount : undefined,
    openLegs: num(openLegs?.n),
    stepName: step?.name,
    assigneeName: (await userName(db, d.assignee_id)) ?? undefined,
    dueAt: step?.due_at ?? d.due_at ?? undefined,
  };
}
