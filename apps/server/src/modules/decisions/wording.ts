import type { z } from 'zod';
import type { DecisionTemplateList, DecisionTemplateView, SaveDecisionTemplateRequest } from '@thidua/contracts';
import {
  DECISION_WORDING_KINDS,
  DEFAULT_WORDING,
  RULE_SETS,
  WORDING_FIELDS,
  WORDING_FIELD_LABELS,
  WORDING_KIND_LABELS,
  WORDING_PLACEHOLDERS,
  formNames,
  quotedTitles,
  recipientsPhrase,
  renderWording,
  wordingKindOf,
  type DecisionWording,
  type DecisionWordingKind,
} from '@thidua/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { notFound, staleVersion } from '../../platform/errors.ts';
import { formatNumberVn } from '../../platform/documents/official.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

/**
 * The wording of decisions as data: the office's template of each kind (the
 * highest saved version, else the built-in default), the copy a decision
 * keeps from its issue, and the articles a decision's facts make of them.
 */

type Executor = Kysely<Database> | Transaction<Database>;
export interface Wording {
  kind: DecisionWordingKind;
  version: number;
  body: DecisionWording;
}

const isKind = (k: string): k is DecisionWordingKind => (DECISION_WORDING_KINDS as readonly string[]).includes(k);
const parse = (body: string): DecisionWording => ({ ...DEFAULT_WORDING.form, ...(JSON.parse(body) as object) });

/** The wording in force for a kind: its highest saved version, else the default (version 0). */
export async function currentWording(db: Executor, kind: DecisionWordingKind): Promise<Wording> {
  const row = await db
    .selectFrom('decision_templates')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? { kind, version: Number(row.version), body: parse(row.body) }
    : { kind, version: 0, body: DEFAULT_WORDING[kind] };
}

/** The wording a decision was issued with; one issued before wording was kept has the default of its kind. */
export async function wordingOf(db: Executor, decisionId: string, awardCodes: string[]): Promise<Wording> {
  const row = await db
    .selectFrom('decision_wordings')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
  if (row && isKind(row.kind)) return { kind: row.kind, version: Number(row.version), body: parse(row.body) };
  const kind = wordingKindOf(awardCodes);
  return { kind, version: 0, body: DEFAULT_WORDING[kind] };
}

/** Keeps the wording a decision is issued with (in the transaction). */
export async function keepWording(trx: Transaction<Database>, decisionId: string, w: Wording): Promise<void> {
  await trx
    .insertInto('decision_wordings')
    .values({ decision_id: decisionId, kind: w.kind, version: w.version, body: JSON.stringify(w.body) })
    .execute();
}

export interface WordingFacts {
  /** "12" once issued, '' for a draft. */
  number: string;
  symbol: string;
  /** ISO signing day. */
  date: string;
  year: number;
  /** The issuing body, "Sở Công Thương tỉnh Thái Nguyên". */
  agency: string;
  recipients: { awardCode: string; subjectKind: 'individual' | 'collective'; bonus: number | null }[];
}

/** "ngày 05 tháng 01 năm 2027", as a decision cites its date in running text. */
export function dayInText(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** The decision's wording filled in: summary, the three articles, the appendix title and its source line. */
export function composeWording(w: DecisionWording, f: WordingFacts) {
  const codes = f.recipients.map((r) => r.awardCode);
  const total = f.recipients.reduce((s, r) => s + (r.bonus ?? 0), 0);
  const collectives = f.recipients.filter((r) => r.subjectKind === 'collective').length;
  const values = {
    so_quyet_dinh: `${f.number.trim() || '…'}/${f.symbol}`,
    ngay_ky: dayInText(f.date),
    nam: String(f.year),
    danh_hieu: quotedTitles(codes),
    hinh_thuc: formNames(codes),
    doi_tuong: recipientsPhrase(collectives, f.recipients.length - collectives),
    tong_tien: formatNumberVn(total, 0),
    co_quan: f.agency,
  };
  const fill = (s: string) => renderWording(s, values);
  const bonus = total > 0 ? w.bonus : f.date < RULE_SETS[0]!.validFrom ? w.byRules : w.noBonus;
  return {
    summary: fill(w.summary),
    articles: [fill(w.grant), fill(bonus), fill(w.execution)],
    appendixTitle: fill(w.appendixTitle),
    appendixSource: fill(w.appendixSource),
  };
}

/** The Director in office: the root unit's working person whose post is Giám đốc (not a deputy). */
export async function directorInOffice(db: Executor, tree: OrgTree): Promise<{ name: string; title: string } | null> {
  const root = tree.roots()[0];
  if (!root) return null;
  const rows = await db
    .selectFrom('people')
    .select(['full_name', 'position'])
    .where('org_id', '=', root)
    .where('status', '=', 'working')
    .execute();
  const director = rows.find((p) => /^giám đốc/iu.test(p.position ?? ''));
  return director ? { name: director.full_name, title: 'GIÁM ĐỐC' } : null;
}

type View = z.infer<typeof DecisionTemplateView>;

async function view(db: Executor, kind: DecisionWordingKind): Promise<View> {
  const row = await db
    .selectFrom('decision_templates')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  const names = row?.created_by
    ? await db.selectFrom('users').select('display_name').where('id', '=', row.created_by).executeTakeFirst()
    : undefined;
  return {
    kind,
    label: WORDING_KIND_LABELS[kind],
    body: row ? parse(row.body) : DEFAULT_WORDING[kind],
    default: DEFAULT_WORDING[kind],
    isDefault: !row,
    version: row ? Number(row.version) : 0,
    updatedBy: names?.display_name ?? null,
    updatedAt: row?.created_at ?? null,
  };
}

export async function listTemplates(db: Executor, tree: OrgTree): Promise<z.infer<typeof DecisionTemplateList>> {
  return {
    items: await Promise.all(DECISION_WORDING_KINDS.map((k) => view(db, k))),
    fields: WORDING_FIELDS.map((key) => ({ key, label: WORDING_FIELD_LABELS[key] })),
    placeholders: Object.entries(WORDING_PLACEHOLDERS).map(([name, help]) => ({ name: `{${name}}`, help })),
    signer: await directorInOffice(db, tree),
  };
}

/** Saves a kind's wording as a new version, at the version read, audited with before and after. */
export async function saveTemplate(
  db: Kysely<Database>,
  actor: Actor,
  kind: string,
  input: z.output<typeof SaveDecisionTemplateRequest>,
  now: string,
): Promise<View> {
  if (!isKind(kind)) throw notFound(`mẫu quyết định "${kind}"`);
  return db.transaction().execute(async (trx) => {
    const before = await view(trx, kind);
    if (before.version !== input.version) throw staleVersion();
    await trx
      .insertInto('decision_templates')
      .values({
        kind,
        version: before.version + 1,
        body: JSON.stringify(input.body),
        created_by: actor.id,
        created_at: now,
      })
      .execute();
    const after = await view(trx, kind);
    await appendAudit(
      trx,
      actor,
      'decision_template.saved',
      'decision_template',
      kind,
      { version: before.version, body: before.body },
      { version: after.version, body: after.body },
    );
    return after;
  });
}
