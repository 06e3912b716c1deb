import type { Kysely } from 'kysely';
import { DecisionPreviewRequest } from '@thidua/contracts';
import {
  fullName,
  nameSortKey,
  searchKey,
  DEFAULT_PHASES,
  DEFAULT_RUBRIC,
  type MovementStatus,
  type ProposalStatus,
  type Rating,
} from '@thidua/domain';
import { nowIso } from '../db/index.ts';
import { initiativeSearchKey } from '../db/searchKeys.ts';
import type { Database } from '../db/schema.ts';
import { newId } from '../platform/ids.ts';
import { indexNames } from '../modules/people/nameIndex.ts';
import { draftDecision } from '../modules/decisions/draft.ts';
import { nextNumber, writeDecision } from '../modules/decisions/service.ts';
import type { Deps } from '../platform/context.ts';

/**
 * Records put straight into a given state, with the status history that state implies written to
 * `transitions` (one row per step, numbered as `applyTransition` numbers them), so a test needs no walk
 * through the workflow — and no earlier `it` — to reach it.
 */

type Db = Kysely<Database>;
const ACTOR = { id: null, name: 'Dữ liệu kiểm thử' };

/** Writes a row's creation and its steps, as `applyTransition` would have, one second apart. */
async function writeSteps(
  k: Db,
  entityType: 'movement' | 'proposal' | 'initiative' | 'initiative_round',
  entityId: string,
  steps: readonly { action: string; to: string }[],
  start: string,
  initial = 'draft',
): Promise<void> {
  const t0 = Date.parse(start);
  let from: string | null = null;
  const rows = [{ action: null as string | null, to: initial }, ...steps].map((s, i) => {
    const row = {
      id: newId(),
      entity_type: entityType,
      entity_id: entityId,
      seq: i + 1,
      action: s.action,
      from_status: from,
      to_status: s.to,
      actor_id: ACTOR.id,
      actor_name: ACTOR.name,
      reason: '',
      at: new Date(t0 + i * 1000).toISOString(),
      data: '{}',
    };
    from = s.to;
    return row;
  });
  await k.insertInto('transitions').values(rows).execute();
}

/** A unit under `parentId` (the org tree is re-read on every request in tests). */
export async function insertUnit(k: Db, parentId: string, code: string, name = `Phòng ${code}`): Promise<string> {
  const id = newId();
  const now = nowIso();
  await k
    .insertInto('organisations')
    .values({
      id,
      parent_id: parentId,
      code,
      name,
      kind: 'division',
      active: 1,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return id;
}

export interface PersonRow {
  id: string;
  org_id: string;
  full_name: string;
}

/** A working civil servant of a unit, searchable by name like one created through the API. */
export async function insertPerson(
  k: Db,
  orgId: string,
  over: { familyName?: string; middleName?: string; givenName?: string; gender?: string; startDate?: string } = {},
): Promise<PersonRow> {
  const names = {
    familyName: over.familyName ?? 'Nguyễn',
    middleName: over.middleName ?? 'Văn',
    givenName: over.givenName ?? 'An',
  };
  const full = fullName(names);
  const now = nowIso();
  const row = {
    id: newId(),
    family_name: names.familyName,
    middle_name: names.middleName,
    given_name: names.givenName,
    full_name: full,
    search_key: searchKey(full),
    sort_key: nameSortKey(names),
    gender: over.gender ?? 'male',
    date_of_birth: null,
    position: '',
    org_id: orgId,
    employment_type: 'civil_servant',
    start_date: over.startDate ?? '2015-01-05',
    status: 'working',
    citizen_id: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await k.insertInto('people').values(row).execute();
  await indexNames(k as never, [row], { fresh: true });
  return { id: row.id, org_id: orgId, full_name: full };
}

/** A year's rating of a person (or, with `subjectKind: 'collective'`, of a unit). */
export async function insertRating(
  k: Db,
  subject: { id: string; org_id: string; kind?: 'individual' | 'collective' },
  year: number,
  rating: Rating,
): Promise<void> {
  const now = nowIso();
  await k
    .insertInto('ratings')
    .values({
      id: newId(),
      subject_kind: subject.kind ?? 'individual',
      subject_id: subject.id,
      org_id: subject.org_id,
      year,
      rating,
      note: '',
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
}

/** The steps that bring a movement from draft to each stage. */
const MOVEMENT_PATH: Record<string, { action: string; to: string }[]> = {
  draft: [],
  launched: [{ action: 'launch', to: 'launched' }],
  in_progress: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
  ],
  interim_review: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
    { action: 'interim', to: 'interim_review' },
  ],
  final_review: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
    { action: 'final', to: 'final_review' },
  ],
  closed: [
    { action: 'launch', to: 'launched' },
    { action: 'start', to: 'in_progress' },
    { action: 'final', to: 'final_review' },
    { action: 'close', to: 'closed' },
  ],
};

/** An emulation movement of `year` in a given stage, its units taking part. */
export async function insertMovement(
  k: Db,
  opts: {
    stage: keyof typeof MOVEMENT_PATH;
    orgIds: string[];
    year?: number;
    name?: string;
    kind?: 'regular' | 'thematic';
    deadline?: string | null;
  },
): Promise<{ id: string; version: number }> {
  const id = newId();
  const now = nowIso();
  const year = opts.year ?? 2026;
  const name = opts.name ?? `Phong trào thi đua năm ${year}`;
  const steps = MOVEMENT_PATH[opts.stage]!;
  await k
    .insertInto('movements')
    .values({
      id,
      name,
      search_key: searchKey(name),
      kind: opts.kind ?? 'regular',
      year,
      launch_level: 'department',
      launch_doc_number: '',
      launch_doc_date: null,
      launch_doc_signer: '',
      objectives: '',
      content: '',
      criteria: '',
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      registration_deadline: opts.deadline === undefined ? `${year}-03-31` : opts.deadline,
      report_every: 'quarter',
      status: opts.stage as MovementStatus,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: steps.length + 1,
    })
    .execute();
  if (opts.orgIds.length)
    await k
      .insertInto('movement_orgs')
      .values(opts.orgIds.map((org_id) => ({ movement_id: id, org_id })))
      .execute();
  await writeSteps(k, 'movement', id, steps, now);
  return { id, version: steps.length + 1 };
}

const PROPOSAL_STEP: Record<string, string> = {
  submit: 'submitted',
  return: 'returned',
  accept: 'accepted',
  post: 'posting',
  to_council: 'council',
  close_vote: 'voted',
  forward: 'forwarded',
  decide: 'decided',
  reject: 'rejected',
};
/** The actions that bring a dossier from draft to each status (through acceptance, without posting). */
const PROPOSAL_PATH: Record<Exclude<ProposalStatus, 'decided'>, string[]> = {
  draft: [],
  submitted: ['submit'],
  returned: ['submit', 'return'],
  accepted: ['submit', 'accept'],
  posting: ['submit', 'accept', 'post'],
  council: ['submit', 'accept', 'to_council'],
  voted: ['submit', 'accept', 'to_council', 'close_vote'],
  forwarded: ['submit', 'accept', 'to_council', 'close_vote', 'forward'],
  rejected: ['submit', 'reject'],
};

export interface ItemSpec {
  subject: { id: string; org_id: string; kind?: 'individual' | 'collective' };
  awardCode: string;
  /** Default: `approved` once the council has voted, else `pending`. */
  outcome?: string;
  justification?: string;
  initiativeIds?: string[];
}

/**
 * A dossier of `orgId` for the achievement year `year` at a given status, with its items (and their
 * initiatives) and the steps that led there. Submitted dossiers carry a submission time; a dossier in
 * `posting` its posting period.
 */
export async function insertProposal(
  k: Db,
  opts: {
    orgId: string;
    year: number;
    status: keyof typeof PROPOSAL_PATH;
    items: ItemSpec[];
    title?: string;
    posting?: { from: string; to: string };
  },
): Promise<{ id: string; version: number; itemIds: string[] }> {
  const id = newId();
  const now = nowIso();
  const steps = PROPOSAL_PATH[opts.status]!.map((action) => ({ action, to: PROPOSAL_STEP[action]! }));
  const title = opts.title ?? `Đề nghị khen thưởng năm ${opts.year}`;
  const voted = ['voted', 'forwarded'].includes(opts.status);
  await k
    .insertInto('proposals')
    .values({
      id,
      org_id: opts.orgId,
      title,
      search_key: searchKey(title),
      commendation_type: 'periodic',
      year: opts.year,
      simplified: 0,
      movement_id: null,
      status: opts.status,
      posting_from: opts.posting?.from ?? null,
      posting_to: opts.posting?.to ?? null,
      submitted_at: opts.status === 'draft' ? null : now,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: steps.length + 1,
    })
    .execute();
  const itemIds: string[] = [];
  for (const [i, it] of opts.items.entries()) {
    const itemId = newId();
    itemIds.push(itemId);
    await k
      .insertInto('proposal_items')
      .values({
        id: itemId,
        proposal_id: id,
        position: i + 1,
        subject_kind: it.subject.kind ?? 'individual',
        subject_id: it.subject.id,
        org_id: it.subject.org_id,
        award_code: it.awardCode,
        achievement: '',
        justification: it.justification ?? '',
        snapshot: null,
        return_reason: '',
        outcome: it.outcome ?? (voted ? 'approved' : 'pending'),
        decision_id: null,
      })
      .execute();
    if (it.initiativeIds?.length)
      await k
        .insertInto('proposal_item_initiatives')
        .values(it.initiativeIds.map((initiative_id) => ({ item_id: itemId, initiative_id })) as never)
        .execute();
  }
  await writeSteps(k, 'proposal', id, steps, now);
  return { id, version: steps.length + 1, itemIds };
}

/** A dossier the council has voted, with one approved Giấy khen the Director decides. */
export async function votedProposal(k: Db, person: { id: string; org_id: string }, year: number): Promise<string> {
  const p = await insertProposal(k, {
    orgId: person.org_id,
    year,
    status: 'voted',
    title: 'Hồ sơ đã biểu quyết',
    items: [{ subject: person, awardCode: 'commendation_certificate' }],
  });
  return p.id;
}

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
