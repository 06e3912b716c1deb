import type { Kysely } from 'kysely';
import { nowIso } from '../db/index.ts';
import type { Database } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';

/** Records put straight into a given state, so a test needs no walk through the workflow to reach it. */

/** A dossier the council has voted, with one approved Giấy khen the Director decides. */
export async function votedProposal(
  k: Kysely<Database>,
  person: { id: string; org_id: string },
  year: number,
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await k
    .insertInto('proposals')
    .values({
      id,
      org_id: person.org_id,
      title: 'Hồ sơ đã biểu quyết',
      search_key: 'ho so da bieu quyet',
      commendation_type: 'annual',
      year,
      simplified: 0,
      movement_id: null,
      status: 'voted',
      posting_from: null,
      posting_to: null,
      submitted_at: now,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 5,
    })
    .execute();
  await k
    .insertInto('proposal_items')
    .values({
      id: newId(),
      proposal_id: id,
      position: 1,
      subject_kind: 'individual',
      subject_id: person.id,
      org_id: person.org_id,
      award_code: 'commendation_certificate',
      achievement: '',
      justification: '',
      snapshot: null,
      return_reason: '',
      outcome: 'approved',
      decision_id: null,
    })
    .execute();
  return id;
}
