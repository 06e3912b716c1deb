import type { Kysely } from 'kysely';
import { PROCEDURE_FIELDS, collationKey, searchKey, type ProcedureField } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { jsonList } from './format.ts';
import { templateNames } from '../procedures/templates.ts';

export const PAGE_SIZE = 20;
/** The department's whole catalog is a few hundred procedures: read once, ordered and paged here. */
const CATALOG_CAP = 5000;

export interface CatalogItem {
  code: string;
  name: string;
  field: string;
  onlineLevel: string;
  timeAmount: number;
  timeUnit: string;
  noAppointment: boolean;
  feeTotal: number;
}

const fieldRank = (f: string) => {
  const i = PROCEDURE_FIELDS.indexOf(f as ProcedureField);
  return i < 0 ? PROCEDURE_FIELDS.length : i;
};

/**
 * Published procedures (never a draft or an abolished one) with the version in force: every word of
 * `q` must occur in the diacritics-free search key (or `q` is the national code), ordered by field
 * then by name as Vietnamese sorts it, one page of `PAGE_SIZE`.
 */
export async function listPublished(
  db: Kysely<Database>,
  opts: { q: string; field: string | null; page: number },
): Promise<{ items: CatalogItem[]; total: number; page: number; pages: number }> {
  const words = searchKey(opts.q).split(' ').filter(Boolean).slice(0, 8);
  let query = db
    .selectFrom('procedures')
    .innerJoin('procedure_versions', (j) =>
      j
        .onRef('procedure_versions.procedure_id', '=', 'procedures.id')
        .on('procedure_versions.status', '=', 'published'),
    )
    .select([
      'procedures.code',
      'procedures.name',
      'procedures.field',
      'procedures.online_level',
      'procedure_versions.seq',
      'procedure_versions.time_amount',
      'procedure_versions.time_unit',
      'procedure_versions.no_appointment',
      'procedure_versions.fee_total',
    ])
    .where('procedures.status', '=', 'published');
  if (opts.field) query = query.where('procedures.field', '=', opts.field);
  if (words.length)
    query = query.where((eb) =>
      eb.or([
        eb.and(words.map((w) => eb('procedures.search_key', 'like', `%${w}%`))),
        eb('procedures.code', '=', opts.q.trim()),
      ]),
    );
  const rows = await query.limit(CATALOG_CAP).execute();
  // One version in force per procedure; should two ever be marked so, the later one wins.
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if ((latest.get(r.code)?.seq ?? -1) < r.seq) latest.set(r.code, r);
  const sorted = [...latest.values()]
    .map((r) => ({ r, key: collationKey(r.name) }))
    .sort((a, b) => fieldRank(a.r.field) - fieldRank(b.r.field) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ r }) => r);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page), pages);
  const items = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => ({
    code: r.code,
    name: r.name,
    field: r.field,
    onlineLevel: r.online_level,
    timeAmount: Number(r.time_amount),
    timeUnit: r.time_unit,
    noAppointment: Number(r.no_appointment) === 1,
    feeTotal: Number(r.fee_total),
  }));
  return { items, total: sorted.length, page, pages };
}

export interface ProcedureDocument {
  name: string;
  kind: string;
  count: number;
  required: boolean;
  templateFileId?: string;
}
export interface ProcedureFee {
  name: string;
  amount: number;
  note?: string;
}
export interface ProcedureStep {
  name: string;
  unit?: string;
  amount?: number;
  timeUnit?: string;
}
export interface ProcedureLeg {
  agency: string;
  name: string;
  amount?: number;
  timeUnit?: string;
}

/** One published procedure's version in force, by national code; undefined for drafts and abolished ones. */
export async function publishedProcedure(db: Kysely<Database>, code: string) {
  const row = await db
    .selectFrom('procedures')
    .innerJoin('procedure_versions', (j) =>
      j
        .onRef('procedure_versions.procedure_id', '=', 'procedures.id')
        .on('procedure_versions.status', '=', 'published'),
    )
    .select([
      'procedures.id',
      'procedures.code',
      'procedures.field',
      'procedures.level',
      'procedures.agency',
      'procedures.online_level',
      'procedures.inter_agency',
      'procedure_versions.name',
      'procedure_versions.decision_no',
      'procedure_versions.decision_date',
      'procedure_versions.legal_basis',
      'procedure_versions.time_amount',
      'procedure_versions.time_unit',
      'procedure_versions.no_appointment',
      'procedure_versions.fee_total',
      'procedure_versions.fees',
      'procedure_versions.documents',
      'procedure_versions.steps',
      'procedure_versions.legs',
      'procedure_versions.result',
      'procedure_versions.result_validity',
      'procedure_versions.effective_from',
    ])
    .where('procedures.status', '=', 'published')
    .where('procedures.code', '=', code)
    .orderBy('procedure_versions.seq', 'desc')
    .executeTakeFirst();
  if (!row) return undefined;
  const documents = jsonList<ProcedureDocument>(row.documents);
  // The form templates the citizen may download, by their file's name (a file no longer kept is left out).
  const names = await templateNames(
    db,
    documents.flatMap((d) => (d.templateFileId ? [d.templateFileId] : [])),
  );
  return {
    ...row,
    time_amount: Number(row.time_amount),
    fee_total: Number(row.fee_total),
    no_appointment: Number(row.no_appointment) === 1,
    inter_agency: Number(row.inter_agency) === 1,
    fees: jsonList<ProcedureFee>(row.fees),
    documents: documents.map((d) => ({
      ...d,
      template: d.templateFileId ? (names.get(d.templateFileId) ?? null) : null,
    })),
    steps: jsonList<ProcedureStep>(row.steps),
    legs: jsonList<ProcedureLeg>(row.legs),
  };
}
export type PublishedProcedure = NonNullable<Awaited<ReturnType<typeof publishedProcedure>>>;
