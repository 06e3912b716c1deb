import type { z } from 'zod';
import type { DecisionList, DecisionsQuery, DecisionView, IssueDecisionRequest } from '@thidua/contracts';
import { decisionAwardName, RULE_SETS } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DecisionTable } from '../../db/schema-proposals.ts';
import { linkAwardToInitiatives } from '../initiatives/service.ts';
import { nowIso } from '../../db/index.ts';
import { decisionSearchKey } from '../../db/searchKeys.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { defineList } from '../../platform/lists.ts';
import { draftDecision, type Draft } from './draft.ts';
import { advanceProposals } from '../proposals/service.ts';
import { canIssue, decisionAbilities } from './policy.ts';
import { keepWording } from './wording.ts';

type View = z.infer<typeof DecisionView>;

/**
 * What a decision's total means: an amount; "theo quy định" for one signed before the bonus tables the catalog
 * holds (Law 2022's decrees, from 2024), whose amount the rules of the day fixed; none for an award that
 * carries no bonus, a recognition or a disciplinary decision.
 */
export function bonusNoteOf(d: Pick<DecisionTable, 'kind' | 'signed_on'>, total: number) {
  if (total > 0) return 'amount' as const;
  return d.kind === 'award' && d.signed_on < RULE_SETS[0]!.validFrom ? ('by_rules' as const) : ('none' as const);
}

const summaryOf = (d: DecisionTable, count: number, total: number) => ({
  id: d.id,
  number: d.number,
  year: d.year,
  signedOn: d.signed_on,
  signer: d.signer,
  authority: d.authority,
  level: d.level as 'here' | 'higher',
  kind: d.kind as 'award' | 'revocation' | 'recognition' | 'discipline',
  summary: d.summary,
  status: d.status as 'issued' | 'revoked',
  recipientCount: count,
  totalBonus: total,
  bonusNote: bonusNoteOf(d, total),
});

type DecisionsFilter = Omit<z.output<typeof DecisionsQuery>, 'page' | 'pageSize'>;

/** The register as a list: newest signature first by default, searched on its key (migration 108). */
export const decisionList = defineList<Database, 'decisions', DecisionTable, DecisionsFilter>({
  sorts: {
    signedOn: ['signed_on', { ref: 'seq', nullable: true }],
    number: ['year', { ref: 'seq', nullable: true }, 'number'],
    signer: ['signer'],
  },
  tieBreaker: 'id',
  search: ['search_key'],
  filters: {
    year: (q, year) => q.where('year', '=', year),
    level: (q, level) => q.where('level', '=', level),
  },
});

/** Every decision, unfiltered: `decisionList` filters, orders and pages it. */
export const decisionRows = (deps: Deps) => deps.db.kysely.selectFrom('decisions').selectAll();

/** Recipient counts and bonus totals of the given decisions, as summaries. */
export async function decisionSummaries(deps: Deps, rows: DecisionTable[]) {
  const totals = rows.length
    ? await deps.db.kysely
        .selectFrom('decision_recipients')
        .select([
          'decision_id',
          (eb) => eb.fn.countAll<number>().as('n'),
          (eb) => eb.fn.sum<number>('bonus').as('total'),
        ])
        .where(
          'decision_id',
          'in',
          rows.map((r) => r.id),
        )
        .groupBy('decision_id')
        .execute()
    : [];
  return rows.map((d) => {
    const t = totals.find((x) => x.decision_id === d.id);
    return summaryOf(d, Number(t?.n ?? 0), Number(t?.total ?? 0));
  });
}

export async function listDecisions(
  deps: Deps,
  q: z.output<typeof DecisionsQuery>,
): Promise<z.infer<typeof DecisionList>> {
  const page = await decisionList.page(decisionRows(deps), q);
  return { ...page, items: await decisionSummaries(deps, page.items) };
}

/** A decision as the register holds it, the same for every reader (documents are built from it). */
export async function getDecision(deps: Deps, id: string): Promise<Omit<View, 'abilities'>> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const d = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound('quyết định');
  const recipients = await db
    .selectFrom('decision_recipients')
    .selectAll()
    .where('decision_id', '=', id)
    .orderBy('position')
    .execute();
  const links = await db.selectFrom('decision_proposals').select('proposal_id').where('decision_id', '=', id).execute();
  const other = async (otherId: string | null) =>
    otherId
      ? ((await db.selectFrom('decisions').select(['id', 'number']).where('id', '=', otherId).executeTakeFirst()) ??
        null)
      : null;
  return {
    ...summaryOf(
      d,
      recipients.length,
      recipients.reduce((s, r) => s + (r.bonus ?? 0), 0),
    ),
    signerTitle: d.signer_title,
    legalBasis: JSON.parse(d.legal_basis) as string[],
    recipients: recipients.map((r) => ({
      position: r.position,
      subjectKind: r.subject_kind as 'individual' | 'collective',
      subjectId: r.subject_id,
      name: r.name,
      detail: r.detail,
      orgName: tree.name(r.org_id),
      awardCode: r.award_code,
      awardName: decisionAwardName(r.award_code),
      bonus: r.bonus,
      awardRecordId: r.award_record_id,
    })),
    revokes: await other(d.revokes_id),
    revokedBy: await other(d.revoked_by_id),
    proposalIds: links.map((l) => l.proposal_id),
    createdAt: d.created_at,
  };
}

/** A decision with what this user may do with it. */
export async function decisionDetail(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const d = await getDecision(deps, id);
  return { ...d, abilities: decisionAbilities(user, await deps.tree.fresh(), d, d.recipients.length) };
}

import { nextNumber } from '../../platform/register.ts';
export { nextNumber };

interface Recipient {
  subjectKind: 'individual' | 'collective';
  subjectId: string;
  name: string;
  detail: string;
  awardCode: string;
  bonus: number | null;
}

/** Writes a decision with its recipients and, for each, the award record the history and eligibility read. */
export async function writeDecision(
  trx: Transaction<Database>,
  actor: Actor,
  d: Omit<DecisionTable, 'created_at' | 'updated_at' | 'version' | 'search_key'>,
  recipients: Recipient[],
  items: Draft['items'],
  proposalIds: string[],
) {
  const now = nowIso();
  await trx
    .insertInto('decisions')
    .values({ ...d, search_key: decisionSearchKey(d), created_at: now, updated_at: now, version: 1 })
    .execute();
  for (const [k, r] of recipients.entries()) {
    const it = items[k]!;
    const recordId = newId();
    await trx
      .insertInto('award_records')
      .values({
        id: recordId,
        subject_kind: r.subjectKind,
        subject_id: r.subjectId,
        org_id: it.orgId,
        award_code: r.awardCode,
        year: it.year,
        from_year: it.year,
        commendation_type: it.commendationType,
        decision_number: d.number,
        decision_date: d.signed_on,
        decision_signer: d.signer,
        decision_authority: d.authority,
        origin: d.level === 'here' ? 'here' : 'higher',
        note: '',
        flag: null,
        movement_id: it.movementId,
        decision_id: d.id,
        bonus: r.bonus,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('decision_recipients')
      .values({
        decision_id: d.id,
        position: k + 1,
        subject_kind: r.subjectKind,
        subject_id: r.subjectId,
        org_id: it.orgId,
        name: r.name,
        detail: r.detail,
        award_code: r.awardCode,
        bonus: r.bonus,
        item_id: it.itemId,
        award_record_id: recordId,
      })
      .execute();
    await trx
      .updateTable('proposal_items')
      .set({ outcome: 'decided', decision_id: d.id })
      .where('id', '=', it.itemId)
      .execute();
    await linkAwardToInitiatives(trx, it.itemId, recordId);
  }
  if (proposalIds.length)
    await trx
      .insertInto('decision_proposals')
      .values(proposalIds.map((proposal_id) => ({ decision_id: d.id, proposal_id })))
      .execute();
  await appendAudit(
    trx,
    actor,
    d.kind === 'revocation' ? 'decision.revocation_issued' : 'decision.issued',
    'decision',
    d.id,
    null,
    {
      number: d.number,
      signedOn: d.signed_on,
      signer: d.signer,
      recipients: recipients.map((r) => ({ subjectId: r.subjectId, awardCode: r.awardCode, bonus: r.bonus })),
    },
  );
}

export const mustLead = async (deps: Deps, user: RequestUser) => {
  if (!canIssue(user, await deps.tree.fresh())) throw forbidden('Chỉ lãnh đạo Sở ban hành quyết định khen thưởng.');
};

/** Issues the Director's decision: the number from the register, the history records and bonuses, in one transaction. */
export async function issueDecision(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof IssueDecisionRequest>,
): Promise<View> {
  await mustLead(deps, user);
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const draft = await draftDecision(db, tree, input);
  if (draft.recipients.length !== input.confirmCount)
    throw conflict(
      'preview_stale',
      `Danh sách đã thay đổi từ khi xem trước (nay có ${draft.recipients.length} người nhận): hãy xem trước lại rồi xác nhận.`,
    );
  const id = newId();
  const year = Number(input.signedOn.slice(0, 4));
  await db.transaction().execute(async (trx) => {
    const seq = await nextNumber(trx, draft.symbol, year);
    await writeDecision(
      trx,
      actor,
      {
        id,
        number: `${seq}/${draft.symbol}`,
        seq,
        symbol: draft.symbol,
        year,
        signed_on: input.signedOn,
        signer: input.signer,
        signer_title: input.signerTitle,
        authority: tree.name(tree.roots()[0]!),
        level: 'here',
        kind: 'award',
        summary: draft.summary,
        legal_basis: JSON.stringify(draft.legalBasis),
        status: 'issued',
        revokes_id: null,
        revoked_by_id: null,
        created_by: user.id,
      },
      draft.recipients,
      draft.items,
      input.proposalIds,
    );
    // The decision keeps the wording it is issued with, whatever the office's templates become.
    await keepWording(trx, id, draft.wording);
    await advanceProposals(
      trx,
      user,
      input.proposalIds,
      'decide',
      `Quyết định số ${seq}/${draft.symbol}`,
      nowIsoOf(clockOf(deps)),
    );
  });
  return decisionDetail(deps, user, id);
}
export { buildCertificatesPdf } from './certificates.ts';
