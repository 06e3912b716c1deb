import { DEFAULT_PHASES, DEFAULT_RUBRIC } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { initiativeSearchKey } from '../../db/searchKeys.ts';
import { newId } from '../../platform/ids.ts';
import { type Db, ACTOR, writeSteps } from './steps.ts';

/** Initiatives and their review rounds. */

/** An initiative of `orgId` recognised at `level` on `recognisedOn`, by its authors (shares in %). */
export async function insertInitiative(
  k: Db,
  opts: {
    orgId: string;
    authors: { personId: string; share: number }[];
    level?: 'grassroots' | 'provincial' | 'national';
    recognisedOn?: string;
    title?: string;
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  const title = opts.title ?? 'Cải tiến quy trình kiểm tra';
  const row = {
    id,
    title,
    search_key: initiativeSearchKey({ title }),
    kind: 'initiative',
    field: '',
    org_id: opts.orgId,
    level: opts.level ?? 'grassroots',
    recognised_on: opts.recognisedOn ?? '2026-03-10',
    decision_number: '12/QĐ-SCT',
    decision_signer: '',
    summary: '',
    status: 'recognised',
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await k
    .insertInto('initiatives')
    .values(row as never)
    .execute();
  await k
    .insertInto('initiative_authors')
    .values(opts.authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share })))
    .execute();
  return id;
}

/**
 * An initiative of `orgId` registered and not yet reviewed (`submitted`, its registration step
 * written), as a unit's form leaves it.
 */
export async function insertSubmittedInitiative(
  k: Db,
  opts: { orgId: string; authors: { personId: string; share: number }[]; title: string },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await k
    .insertInto('initiatives')
    .values({
      id,
      title: opts.title,
      search_key: initiativeSearchKey({ title: opts.title }),
      kind: 'initiative',
      field: '',
      org_id: opts.orgId,
      level: null,
      recognised_on: null,
      decision_number: '',
      decision_signer: '',
      summary: '',
      status: 'submitted',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await k
    .insertInto('initiative_authors')
    .values(opts.authors.map((a) => ({ initiative_id: id, person_id: a.personId, share: a.share })))
    .execute();
  await writeSteps(k, 'initiative', id, [], now, 'submitted');
  return id;
}

/** The steps that bring a review round from setup to each status. */
const ROUND_PATH = {
  setup: [],
  open: [{ action: 'open', to: 'open' }],
  closed: [
    { action: 'open', to: 'open' },
    { action: 'close', to: 'closed' },
  ],
} as const;

/**
 * A review round of `year` over submitted initiatives, with its reviewers (every one assigned the whole
 * round), in `status` with the steps that led there, scoring in its first (anonymous) phase with the
 * default rubric. The initiatives move into review with that step, as the round's creation does.
 */
export async function insertReviewRound(
  k: Db,
  opts: {
    year: number;
    initiativeIds: string[];
    reviewers: { userId: string; personId: string | null; orgId: string }[];
    status: keyof typeof ROUND_PATH;
  },
): Promise<{ id: string; version: number }> {
  const id = newId();
  const now = nowIso();
  const steps = ROUND_PATH[opts.status];
  await k
    .insertInto('initiative_rounds')
    .values({
      id,
      title: `Đợt xét sáng kiến năm ${opts.year}`,
      opens_on: `${opts.year}-01-01`,
      closes_on: `${opts.year}-12-31`,
      status: opts.status,
      phases: JSON.stringify(DEFAULT_PHASES),
      current_phase: 0,
      rubric: JSON.stringify(DEFAULT_RUBRIC),
      contested_stdev: 15,
      created_at: now,
      updated_at: now,
      version: steps.length + 1,
    })
    .execute();
  await k
    .insertInto('initiative_round_items')
    .values(
      opts.initiativeIds.map((initiative_id, position) => ({
        round_id: id,
        initiative_id,
        position,
        outcome: 'pending',
      })),
    )
    .execute();
  await k
    .insertInto('initiative_reviewers')
    .values(
      opts.reviewers.map((r) => ({
        id: newId(),
        round_id: id,
        user_id: r.userId,
        person_id: r.personId,
        org_id: r.orgId,
        fields: '[]',
        initiative_ids: '[]',
        created_at: now,
      })),
    )
    .execute();
  await writeSteps(k, 'initiative_round', id, steps, now, 'setup');
  for (const initiativeId of opts.initiativeIds) {
    await k
      .updateTable('initiatives')
      .set({ status: 'in_review', version: 2, updated_at: now })
      .where('id', '=', initiativeId)
      .execute();
    const last = await k
      .selectFrom('transitions')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('entity_type', '=', 'initiative')
      .where('entity_id', '=', initiativeId)
      .executeTakeFirst();
    await k
      .insertInto('transitions')
      .values({
        id: newId(),
        entity_type: 'initiative',
        entity_id: initiativeId,
        seq: Number(last?.seq ?? 0) + 1,
        action: 'enter_review',
        from_status: 'submitted',
        to_status: 'in_review',
        actor_id: ACTOR.id,
        actor_name: ACTOR.name,
        reason: `Đợt xét sáng kiến năm ${opts.year}`,
        at: now,
        data: '{}',
      })
      .execute();
  }
  return { id, version: steps.length + 1 };
}
