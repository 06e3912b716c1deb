import { ScorecardVotingMethod, type ScorecardMinutesInput, type ScorecardMinutesView } from '@thidua/contracts';
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import { nowIso } from '../../../db/index.ts';
import type { Database } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/audit.ts';
import { appendAudit } from '../../../platform/audit.ts';
import type { Deps } from '../../../platform/context.ts';
import { badRequest, conflict, notFound, staleVersion, type FieldError } from '../../../platform/errors.ts';
import { ballotTally, sessionSummary } from './ballot.ts';
import { loadCycle, loadMembers, type MemberRow } from './data.ts';

/**
 * The bloc's acclamation minutes (biên bản họp bình xét, suy tôn): one per cycle, recorded by the office once the
 * cycle is ranked, since the vote is on the ranking. The counts must be possible: no member more votes than
 * ballots cast, no more ballots than people present.
 */

type Input = z.infer<typeof ScorecardMinutesInput>;
type View = z.infer<typeof ScorecardMinutesView>;
type Row = Awaited<ReturnType<typeof readRow>>;

const OPEN_FOR_MINUTES = new Set(['ranked', 'published']);
const METHODS = new Set<string>(ScorecardVotingMethod.options);

async function readRow(deps: Deps, id: string) {
  return deps.db.kysely.selectFrom('scorecard_minutes').selectAll().where('scorecard_id', '=', id).executeTakeFirst();
}

async function toView(db: Kysely<Database>, r: NonNullable<Row>): Promise<View> {
  return {
    heldOn: r.held_on,
    place: r.place,
    chair: r.chair,
    secretary: r.secretary,
    attendees: r.attendees,
    present: Number(r.present),
    ballots: Number(r.ballots),
    votes: JSON.parse(r.votes) as View['votes'],
    conclusion: r.conclusion,
    votingMethod: METHODS.has(r.voting_method ?? '') ? (r.voting_method as View['votingMethod']) : 'show_of_hands',
    tellers: r.tellers ?? '',
    councilSession: await sessionSummary(db, r.council_session_id ?? null),
    version: Number(r.version),
  };
}

/** The minutes of a cycle, or null when none were recorded. */
export async function findMinutes(deps: Deps, id: string): Promise<View | null> {
  const row = await readRow(deps, id);
  return row ? toView(deps.db.kysely, row) : null;
}

export async function getMinutes(deps: Deps, id: string): Promise<View> {
  await loadCycle(deps.db.kysely, id);
  const m = await findMinutes(deps, id);
  if (!m) throw notFound('biên bản họp bình xét, suy tôn của kỳ chấm điểm này');
  return m;
}

/** Field errors of impossible counts, each naming the field and, for votes, the member. */
export function minutesErrors(input: Input, members: readonly MemberRow[]): FieldError[] {
  const errors: FieldError[] = [];
  if (input.ballots > input.present)
    errors.push({
      path: 'ballots',
      message: `Số phiếu phát ra (${input.ballots}) không được lớn hơn số người có mặt (${input.present})`,
    });
  const byId = new Map(members.map((m) => [m.id, m]));
  const seen = new Set<string>();
  input.votes.forEach((v, i) => {
    const m = byId.get(v.memberId);
    if (!m) errors.push({ path: `votes.${i}.memberId`, message: 'Không phải thành viên của kỳ chấm điểm này' });
    else if (seen.has(v.memberId))
      errors.push({ path: `votes.${i}.memberId`, message: `${m.name} được ghi số phiếu hai lần` });
    else if (v.votes > input.ballots)
      errors.push({
        path: `votes.${i}.votes`,
        message: `Số phiếu của ${m.name} (${v.votes}) không được lớn hơn số phiếu phát ra (${input.ballots})`,
      });
    seen.add(v.memberId);
  });
  return errors;
}

export async function saveMinutes(deps: Deps, actor: Actor, id: string, input: Input): Promise<View> {
  const db = deps.db.kysely;
  const cycle = await loadCycle(db, id);
  if (cycle.kind !== 'bloc')
    throw conflict('minutes_not_open', 'Biên bản bình xét, suy tôn chỉ lập cho kỳ chấm điểm của khối thi đua.');
  if (!OPEN_FOR_MINUTES.has(cycle.status))
    throw conflict(
      'minutes_not_open',
      'Kỳ chấm điểm chưa xếp hạng: biên bản bình xét, suy tôn lập sau khi có kết quả xếp hạng.',
      [{ path: 'status', message: 'Chưa xếp hạng' }],
    );
  const members = await loadMembers(db, id);
  // A secret ballot's tallies are the council session's stored results; a show of hands keeps what was typed.
  let fields: Omit<Input, 'version'> = { ...input, councilSessionId: null };
  let errors: FieldError[];
  if (input.votingMethod === 'secret_ballot') {
    const got = await ballotTally(db, input.councilSessionId, members);
    errors = 'errors' in got ? got.errors : [];
    if ('tally' in got) {
      const { present, ballots, votes } = got.tally;
      fields = { ...fields, present, ballots, votes, councilSessionId: got.tally.session.id };
    }
  } else errors = minutesErrors(input, members);
  // A paper ballot is counted by a committee the minutes must name; other methods keep no committee.
  if (input.votingMethod === 'paper_ballot' && !input.tellers.trim())
    errors.push({ path: 'tellers', message: 'Bỏ phiếu kín bằng phiếu giấy phải ghi thành phần Ban kiểm phiếu' });
  if (input.votingMethod !== 'paper_ballot') fields = { ...fields, tellers: '' };
  if (errors.length)
    throw badRequest('invalid_minutes', `Chưa lưu được biên bản: ${errors.map((e) => e.message).join('; ')}.`, errors);
  const { version } = input;
  const values = {
    held_on: fields.heldOn,
    place: fields.place,
    chair: fields.chair,
    secretary: fields.secretary,
    attendees: fields.attendees,
    present: fields.present,
    ballots: fields.ballots,
    votes: JSON.stringify(fields.votes),
    conclusion: fields.conclusion,
    voting_method: fields.votingMethod,
    council_session_id: fields.councilSessionId,
    tellers: fields.tellers,
  };
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('scorecard_minutes')
      .selectAll()
      .where('scorecard_id', '=', id)
      .executeTakeFirst();
    if ((before ? Number(before.version) : null) !== version) throw staleVersion();
    if (before) {
      // The version in the condition: of two saves of the same version, one updates and the other gets 409.
      const res = await trx
        .updateTable('scorecard_minutes')
        .set({ ...values, updated_at: now, version: Number(before.version) + 1 })
        .where('scorecard_id', '=', id)
        .where('version', '=', Number(before.version))
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    } else {
      const res = await trx
        .insertInto('scorecard_minutes')
        .values({ scorecard_id: id, ...values, created_at: now, updated_at: now, version: 1 })
        .onConflict((oc) => oc.column('scorecard_id').doNothing())
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows) !== 1) throw staleVersion();
    }
    await appendAudit(
      trx,
      actor,
      'scorecard.minutes_saved',
      'scorecard',
      id,
      before ? await toView(trx, before) : null,
      fields,
    );
  });
  return getMinutes(deps, id);
}
