import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { storedResult } from '../../council/results.ts';
import type { MemberRow } from './data.ts';

/**
 * The bloc's acclamation vote held by secret ballot with the council's machinery (modules/council): the office
 * puts the members proposed for the flag on a council session as collective proposal items, the council's
 * members vote through `castBallot` and the office closes it through `closeSession`. The minutes then take their
 * tallies from what that close stored (`storedResult`) — nothing is counted again here, and no ballot is kept here.
 *
 * A cycle member is matched to the session's agenda item whose collective subject is its organisation (the first
 * in agenda order when the session holds several for it); a member outside the department (no organisation) can
 * have none and stays without a tally.
 */

type Db = Kysely<Database>;

export interface BallotTally {
  session: { id: string; title: string; heldOn: string; closedAt: string | null };
  present: number;
  ballots: number;
  votes: { memberId: string; votes: number }[];
}

type Outcome = { tally: BallotTally } | { errors: FieldError[] };

const PATH = 'councilSessionId';

export async function sessionSummary(db: Db, id: string | null) {
  if (!id) return null;
  const s = await db
    .selectFrom('council_sessions')
    .select(['id', 'title', 'held_on', 'closed_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return s ? { id: s.id, title: s.title, heldOn: s.held_on, closedAt: s.closed_at } : null;
}

/** The tallies of a closed council session for the cycle's members, or the field errors that forbid them. */
export async function ballotTally(db: Db, sessionId: string | null, members: readonly MemberRow[]): Promise<Outcome> {
  if (!sessionId) return { errors: [{ path: PATH, message: 'Bỏ phiếu kín: chọn phiên họp Hội đồng đã bỏ phiếu' }] };
  const session = await db.selectFrom('council_sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
  if (!session) return { errors: [{ path: PATH, message: 'Không tìm thấy phiên họp Hội đồng đã chọn' }] };
  if (session.status !== 'closed')
    return {
      errors: [
        {
          path: PATH,
          message: `Phiên họp "${session.title}" chưa kết thúc: chưa có kết quả kiểm phiếu để ghi biên bản`,
        },
      ],
    };
  const present = await db
    .selectFrom('session_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .where('present', '=', 1)
    .executeTakeFirstOrThrow();
  const agenda = await db
    .selectFrom('session_items')
    .innerJoin('proposal_items', 'proposal_items.id', 'session_items.item_id')
    .select([
      'proposal_items.subject_id',
      'session_items.agree',
      'session_items.disagree',
      'session_items.abstain',
      'session_items.eligible',
      'session_items.threshold',
      'session_items.comparison',
      'session_items.approved',
    ])
    .where('session_items.session_id', '=', sessionId)
    .where('proposal_items.subject_kind', '=', 'collective')
    .orderBy('session_items.position')
    .execute();
  const votes: BallotTally['votes'] = [];
  for (const m of members) {
    const item = m.orgId ? agenda.find((a) => a.subject_id === m.orgId) : undefined;
    const result = item ? storedResult(item) : null;
    if (result) votes.push({ memberId: m.id, votes: result.agree });
  }
  if (!votes.length)
    return {
      errors: [
        {
          path: PATH,
          message: `Phiên họp "${session.title}" không biểu quyết đề nghị nào cho các thành viên của khối`,
        },
      ],
    };
  // Every member present received a ballot: the council's receipts let each vote once per item.
  const n = Number(present.n);
  return {
    tally: {
      session: { id: session.id, title: session.title, heldOn: session.held_on, closedAt: session.closed_at },
      present: n,
      ballots: n,
      votes,
    },
  };
}
