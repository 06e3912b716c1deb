import { sql, type Transaction } from 'kysely';
import { nowIso } from '../../db/index.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../platform/audit.ts';
import { appendAudit } from '../../platform/audit.ts';
import { newId } from '../../platform/ids.ts';
import { toParRow } from './service.ts';

/**
 * When a PAR-index cycle is published, its member's self, appraised, survey and final scores become the year's
 * row of the PAR-index history (kept if already entered by hand: the scores are updated, the rank and decision
 * kept), in the publishing transaction, audited.
 *
 * The cycle ranks the department alone, so its rank says nothing about the province's ranking: the rank among
 * the departments comes from the province's announcement, typed by hand. The cycle's decision fills the row's only
 * when the row has none.
 */
export async function recordParFromScorecard(
  trx: Transaction<Database>,
  actor: Actor,
  scorecardId: string,
): Promise<void> {
  const card = await trx
    .selectFrom('scorecards')
    .select(['id', 'kind', 'year', 'decision_number', 'decision_date', 'decision_signer'])
    .where('id', '=', scorecardId)
    .executeTakeFirst();
  if (!card || card.kind !== 'par') return;
  const members = await trx
    .selectFrom('scorecard_members')
    .select(['org_id', 'self_total', 'appraised_total', 'survey_score', 'final_total', 'classification'])
    .where('scorecard_id', '=', scorecardId)
    .where('org_id', 'is not', null)
    .execute();
  const now = nowIso();
  const year = Number(card.year);
  const num = (v: number | null) => (v === null ? null : Number(v));
  for (const m of members) {
    const orgId = m.org_id!;
    const scores = {
      self_score: num(m.self_total),
      appraised_score: num(m.appraised_total),
      survey_score: num(m.survey_score),
      final_score: num(m.final_total),
      scorecard_id: card.id,
    };
    const before = await trx
      .selectFrom('par_index_results')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('year', '=', year)
      .executeTakeFirst();
    let id: string;
    if (before) {
      id = before.id;
      const noDecision = before.decision_number === '' && before.decision_date === null;
      await trx
        .updateTable('par_index_results')
        .set({
          ...scores,
          classification: m.classification || before.classification,
          ...(noDecision
            ? {
                decision_number: card.decision_number,
                decision_date: card.decision_date,
                decision_signer: card.decision_signer,
              }
            : {}),
          updated_at: now,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', id)
        .execute();
    } else {
      id = newId();
      await trx
        .insertInto('par_index_results')
        .values({
          id,
          org_id: orgId,
          year,
          ...scores,
          rank: null,
          of_count: null,
          classification: m.classification,
          decision_number: card.decision_number,
          decision_date: card.decision_date,
          decision_signer: card.decision_signer,
          note: '',
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
    }
    const after = await trx.selectFrom('par_index_results').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await appendAudit(trx, actor, 'par_index.recorded', 'par_index_result', id, before ? toParRow(before) : null, {
      ...toParRow(after),
      fromScorecard: card.id,
    });
  }
}
