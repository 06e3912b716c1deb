import { DecisionPreviewRequest } from '@thidua/contracts';
import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { draftDecision } from '../../modules/decisions/draft.ts';
import { nextNumber, writeDecision } from '../../modules/decisions/service.ts';
import type { Deps } from '../../platform/context.ts';
import { type Db, ACTOR } from './steps.ts';

/** Decisions and award records. */

/**
 * The Director's decision on voted dossiers, issued as the decision book issues it (number, recipients,
 * award records, initiatives used), the dossiers moved to `decided` with that step in their history.
 */
export async function insertDecision(
  deps: Deps,
  opts: { proposalIds: string[]; signedOn: string; signer?: string },
): Promise<{ id: string; number: string }> {
  const k = deps.db.kysely;
  // The request as the API would have parsed it (its defaults: legal basis, signer's title).
  const input = DecisionPreviewRequest.parse({ ...opts, signer: opts.signer ?? 'Lê Quang Tiến' });
  const draft = await draftDecision(k, await deps.tree.fresh(), input);
  const id = newId();
  const year = Number(opts.signedOn.slice(0, 4));
  let number = '';
  await k.transaction().execute(async (trx) => {
    const seq = await nextNumber(trx, draft.symbol, year);
    number = `${seq}/${draft.symbol}`;
    await writeDecision(
      trx,
      ACTOR,
      {
        id,
        number,
        seq,
        symbol: draft.symbol,
        year,
        signed_on: opts.signedOn,
        signer: opts.signer ?? 'Lê Quang Tiến',
        signer_title: 'Giám đốc',
        authority: 'Sở Công Thương',
        level: 'here',
        kind: 'award',
        summary: draft.summary,
        legal_basis: JSON.stringify(draft.legalBasis),
        status: 'issued',
        revokes_id: null,
        revoked_by_id: null,
        created_by: null,
      },
      draft.recipients,
      draft.items,
      opts.proposalIds,
    );
    for (const pid of opts.proposalIds) {
      const p = await trx
        .selectFrom('proposals')
        .select(['status', 'version'])
        .where('id', '=', pid)
        .executeTakeFirstOrThrow();
      const last = await trx
        .selectFrom('transitions')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('entity_type', '=', 'proposal')
        .where('entity_id', '=', pid)
        .executeTakeFirst();
      await trx
        .updateTable('proposals')
        .set({ status: 'decided', version: p.version + 1, updated_at: nowIso() })
        .where('id', '=', pid)
        .execute();
      await trx
        .insertInto('transitions')
        .values({
          id: newId(),
          entity_type: 'proposal',
          entity_id: pid,
          seq: Number(last?.seq ?? 0) + 1,
          action: 'decide',
          from_status: p.status,
          to_status: 'decided',
          actor_id: null,
          actor_name: ACTOR.name,
          reason: `Quyết định số ${number}`,
          at: nowIso(),
          data: '{}',
        })
        .execute();
    }
  });
  return { id, number };
}

/** A title or form in a subject's award history, decided here by `decisionNumber` (or imported, without one). */
export async function insertAwardRecord(
  k: Db,
  subject: { id: string; org_id: string; kind?: 'individual' | 'collective' },
  opts: { awardCode: string; year: number; fromYear?: number; decisionNumber?: string; decisionDate?: string | null },
): Promise<{ id: string; version: number }> {
  const id = newId();
  const now = nowIso();
  await k
    .insertInto('award_records')
    .values({
      id,
      subject_kind: subject.kind ?? 'individual',
      subject_id: subject.id,
      org_id: subject.org_id,
      award_code: opts.awardCode,
      year: opts.year,
      from_year: opts.fromYear ?? opts.year,
      commendation_type: 'periodic',
      decision_number: opts.decisionNumber ?? '',
      decision_date: opts.decisionDate ?? null,
      decision_signer: opts.decisionNumber ? 'Giám đốc Sở' : '',
      decision_authority: opts.decisionNumber ? 'Sở Công Thương' : '',
      origin: 'here',
      note: '',
      flag: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return { id, version: 1 };
}

/**
 * A Director's Giấy khen decision in the register as typed in (no dossier): its number, signing day and recipients,
 * each a person or a collective with its unit. What the summary report's chapter III counts.
 */
export async function insertCertificateDecision(
  k: Db,
  opts: {
    number: string;
    signedOn: string;
    recipients: { kind: 'individual' | 'collective'; id: string; orgId: string; name?: string }[];
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await k
    .insertInto('decisions')
    .values({
      id,
      number: opts.number,
      seq: null,
      symbol: opts.number.split('/').slice(1).join('/'),
      year: Number(opts.signedOn.slice(0, 4)),
      signed_on: opts.signedOn,
      signer: 'Lê Quang Tiến',
      signer_title: 'Giám đốc',
      authority: 'Sở Công Thương',
      level: 'here',
      kind: 'award',
      summary: 'Tặng Giấy khen',
      legal_basis: '[]',
      search_key: opts.number.toLowerCase(),
      status: 'issued',
      revokes_id: null,
      revoked_by_id: null,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await k
    .insertInto('decision_recipients')
    .values(
      opts.recipients.map((r, i) => ({
        decision_id: id,
        position: i + 1,
        subject_kind: r.kind,
        subject_id: r.id,
        org_id: r.orgId,
        name: r.name ?? '',
        detail: '',
        award_code: 'commendation_certificate',
        bonus: null,
        item_id: null,
        award_record_id: null,
      })),
    )
    .execute();
  return id;
}
