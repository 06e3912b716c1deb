import type { Kysely, Transaction } from 'kysely';
import {
  PROPOSAL_WORKFLOW,
  decidedHere,
  findAward,
  needsPublicPosting,
  nextStepOf,
  type ProposalStatus,
  type ProposalStepContext,
} from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { registerTurnContext } from '../../platform/turns.ts';
import { postingDays } from '../settings/read.ts';
import { postingEndsOn } from './posting.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * What a dossier's guards and its next-step line read, from the stored record:
 * the end of its posting and today, whether any item must be posted, whether
 * the Director decides every item, and the open council session it is on. The
 * page's abilities and the step's check read this one answer, so an action the
 * step would refuse is not offered.
 */
export async function proposalStepContext(
  db: Db,
  p: { id: string; status: string; posting_to: string | null },
  today: string,
): Promise<Required<ProposalStepContext>> {
  const items = await db
    .selectFrom('proposal_items')
    .select(['id', 'award_code', 'outcome'])
    .where('proposal_id', '=', p.id)
    .execute();
  const awards = items.map((i) => findAward(i.award_code));
  const session = await db
    .selectFrom('session_items')
    .innerJoin('council_sessions', 'council_sessions.id', 'session_items.session_id')
    .innerJoin('proposal_items', 'proposal_items.id', 'session_items.item_id')
    .select(['council_sessions.title', 'council_sessions.held_on'])
    .where('proposal_items.proposal_id', '=', p.id)
    .where('council_sessions.status', '=', 'open')
    .orderBy('council_sessions.held_on')
    .executeTakeFirst();
  const needsPosting = awards.some((a) => needsPublicPosting(a ?? { group: '' }));
  return {
    postingEndsOn: p.posting_to,
    today,
    needsPosting,
    postingBlocked: p.status === 'accepted' && needsPosting && today ? await postingBlocked(db, today) : null,
    decidedHere: awards.length > 0 && awards.every((a) => (a ? decidedHere(a) : false)),
    decidableHere: items.some((i, k) => i.outcome === 'approved' && !!awards[k] && decidedHere(awards[k])),
    session: session ? { title: session.title, heldOn: session.held_on } : null,
  };
}

/** Why a posting starting today could not be given its end (its calendar year is missing), as the step would say. */
async function postingBlocked(db: Db, today: string): Promise<string | null> {
  try {
    await postingEndsOn(db as Transaction<Database>, today, await postingDays(db));
    return null;
  } catch (e) {
    if (e instanceof AppError && e.code === 'calendar_year_missing') return e.detail;
    throw e;
  }
}

/** The dossier's "Bước tiếp theo", and whether the user is the one whose turn it is. */
export function proposalNextStep(status: ProposalStatus, ctx: ProposalStepContext, kinds: readonly string[]) {
  const n = nextStepOf(PROPOSAL_WORKFLOW, status, ctx);
  return n ? { actor: n.actor, text: n.text, textEn: n.textEn, mine: !!n.actor && kinds.includes(n.actor) } : null;
}

// A notice sent as a dossier changes hands is worded with the same context (today matters to no notice).
registerTurnContext('proposal', (trx, row) =>
  proposalStepContext(trx, row as { id: string; status: string; posting_to: string | null }, ''),
);
