import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type {
  DossierDocumentTable,
  DossierLegTable,
  DossierPauseTable,
  DossierStepTable,
  DossierTable,
  ProcedureTable,
  ProcedureVersionTable,
} from '../../db/schema-onestop.ts';

/** What the forms of one dossier read: the dossier, its procedure and pinned version, checklist, steps, history. */

export interface FormTransition {
  seq: number;
  action: string | null;
  toStatus: string;
  actorId: string | null;
  actorName: string;
  reason: string;
  at: string;
  data: Record<string, unknown>;
}

export interface DossierForms {
  dossier: Selectable<DossierTable>;
  procedure: Pick<Selectable<ProcedureTable>, 'code' | 'name' | 'agency'>;
  version: Pick<
    Selectable<ProcedureVersionTable>,
    'time_amount' | 'time_unit' | 'no_appointment' | 'result' | 'legal_basis' | 'name'
  >;
  /** The units of the version's internal steps, by step number (1-based). */
  stepUnits: string[];
  documents: Selectable<DossierDocumentTable>[];
  steps: Selectable<DossierStepTable>[];
  pauses: Selectable<DossierPauseTable>[];
  /** Inter-agency legs (liên thông), in the order they were sent. */
  legs: Selectable<DossierLegTable>[];
  transitions: FormTransition[];
  /** Display names of the users the steps and the history name. */
  userNames: Map<string, string>;
}

function parseData(raw: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(raw || '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function stepUnitsOf(raw: string): string[] {
  try {
    const v: unknown = JSON.parse(raw || '[]');
    if (!Array.isArray(v)) return [];
    return v.map((s: unknown) =>
      s && typeof s === 'object' && typeof (s as { unit?: unknown }).unit === 'string'
        ? (s as { unit: string }).unit
        : '',
    );
  } catch {
    return [];
  }
}

/** The dossier with everything its forms print; undefined when there is no such dossier. */
export async function loadDossierForms(db: Kysely<Database>, id: string): Promise<DossierForms | undefined> {
  const dossier = await db.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!dossier) return undefined;
  const [procedure, version, documents, steps, pauses, legs, history] = await Promise.all([
    db
      .selectFrom('procedures')
      .select(['code', 'name', 'agency'])
      .where('id', '=', dossier.procedure_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('procedure_versions')
      .select(['time_amount', 'time_unit', 'no_appointment', 'result', 'legal_basis', 'name', 'steps'])
      .where('id', '=', dossier.procedure_version_id)
      .executeTakeFirstOrThrow(),
    db.selectFrom('dossier_documents').selectAll().where('dossier_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('dossier_steps').selectAll().where('dossier_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('dossier_pauses').selectAll().where('dossier_id', '=', id).orderBy('from_at').execute(),
    db.selectFrom('dossier_legs').selectAll().where('dossier_id', '=', id).orderBy('sent_at').orderBy('id').execute(),
    db
      .selectFrom('transitions')
      .select(['seq', 'action', 'to_status', 'actor_id', 'actor_name', 'reason', 'at', 'data'])
      .where('entity_type', '=', 'dossier')
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute(),
  ]);
  const transitions = history.map((t) => ({
    seq: Number(t.seq),
    action: t.action,
    toStatus: t.to_status,
    actorId: t.actor_id,
    actorName: t.actor_name,
    reason: t.reason,
    at: t.at,
    data: parseData(t.data),
  }));
  const ids = new Set<string>();
  for (const s of steps) if (s.assignee_id) ids.add(s.assignee_id);
  for (const t of transitions) {
    if (t.actorId) ids.add(t.actorId);
    if (typeof t.data.assigneeId === 'string') ids.add(t.data.assigneeId);
  }
  const users = ids.size
    ? await db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('id', 'in', [...ids])
        .execute()
    : [];
  const { steps: stepsJson, ...versionRow } = version;
  return {
    dossier,
    stepUnits: stepUnitsOf(stepsJson),
    procedure,
    version: {
      ...versionRow,
      time_amount: Number(versionRow.time_amount),
      no_appointment: Number(versionRow.no_appointment),
    },
    documents: documents.map((d) => ({ ...d, count: Number(d.count), seq: Number(d.seq) })),
    steps: steps.map((s) => ({ ...s, seq: Number(s.seq) })),
    pauses,
    legs,
    transitions,
    userNames: new Map(users.map((u) => [u.id, u.display_name])),
  };
}
