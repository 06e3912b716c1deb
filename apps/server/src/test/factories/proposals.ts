import { searchKey, type ProposalStatus } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { newId } from '../../platform/ids.ts';
import { type Db, writeSteps } from './steps.ts';

/** Award dossiers in a given status. */

const PROPOSAL_STEP: Record<string, string> = {
  submit: 'submitted',
  return: 'returned',
  accept: 'accepted',
  post: 'posting',
  to_council: 'council',
  close_vote: 'voted',
  submit_decision: 'signing',
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
  signing: ['submit', 'accept', 'to_council', 'close_vote', 'submit_decision'],
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
  const voted = ['voted', 'signing', 'forwarded'].includes(opts.status);
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
