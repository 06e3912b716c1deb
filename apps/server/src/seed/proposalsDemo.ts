import {
  check,
  DEFAULT_VOTING,
  PROPOSAL_WORKFLOW,
  ruleFor,
  searchKey,
  type ProposalAction,
  type ProposalStatus,
} from '@thidua/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Database, PersonTable } from '../db/schema.ts';
import { appendAudit, SYSTEM_ACTOR } from '../platform/audit.ts';
import { newId } from '../platform/ids.ts';
import { OrgTree } from '../platform/orgtree.ts';
import { applyTransition } from '../platform/transitions.ts';
import { draftDecision } from '../modules/decisions/draft.ts';
import { nextNumber, writeDecision } from '../modules/decisions/service.ts';
import { keepWording } from '../modules/decisions/wording.ts';
import { SYMBOL } from './decisionsDemoWrite.ts';
import { DEMO_CAST, RECRUIT, WARNED } from './awardsDemoCast.ts';
import { DIRECTOR } from './decisionsDemoData.ts';

/**
 * A few award dossiers of 2026, one in each state a new user should see on
 * first start: a draft at the unit (Phòng Quản lý Công nghiệp, whose officer
 * is the demo's unit account), one submitted to the office, one before the
 * council with its session open, one the council approved that awaits the
 * Director's decision, and one decided, its decision in the register. Each
 * reached its state through the proposal workflow's steps (applyTransition),
 * so each has its history. Runs after the register's last pass: the decided
 * dossier's decision takes the next number of 2026.
 */

type Actor = { id: string | null; displayName: string };
interface Plan {
  unit: string;
  title: string;
  path: ProposalAction[];
  awards: { code: string; count: number }[];
  collective?: string;
}

const PLANS: Plan[] = [
  {
    unit: 'QLCN',
    title: 'Đề nghị công nhận danh hiệu Lao động tiên tiến năm 2026 – Phòng Quản lý Công nghiệp',
    path: [],
    awards: [{ code: 'advanced_worker', count: 4 }],
  },
  {
    unit: 'QLTM',
    title: 'Đề nghị khen thưởng năm 2026 – Phòng Quản lý Thương mại',
    path: ['submit'],
    awards: [
      { code: 'advanced_worker', count: 3 },
      { code: 'commendation_certificate', count: 1 },
    ],
  },
  {
    unit: 'KHTC',
    title: 'Đề nghị khen thưởng năm 2026 – Phòng Kế hoạch – Tài chính',
    path: ['submit', 'accept', 'to_council'],
    awards: [
      { code: 'advanced_worker', count: 3 },
      { code: 'grassroots_emulation_fighter', count: 1 },
    ],
  },
  {
    unit: 'QLNL',
    title: 'Đề nghị tặng Giấy khen năm 2026 – Phòng Quản lý Năng lượng',
    path: ['submit', 'accept', 'to_council', 'close_vote'],
    awards: [{ code: 'commendation_certificate', count: 3 }],
    collective: 'QLNL',
  },
  {
    unit: 'TTR',
    title: 'Đề nghị công nhận danh hiệu Lao động tiên tiến năm 2026 – Thanh tra Sở',
    path: ['submit', 'accept', 'to_council', 'close_vote'],
    awards: [{ code: 'advanced_worker', count: 3 }],
  },
];

/** When each step happened: a few days apart in November 2026, the last before the demo's today. */
const STEP_DAYS: Record<string, string> = {
  created: '2026-11-09',
  submit: '2026-11-12',
  accept: '2026-11-16',
  to_council: '2026-11-18',
  close_vote: '2026-11-20',
  decide: '2026-11-25',
};

export async function insertDemoProposals(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
  people: PersonTable[],
): Promise<{ proposals: number; decision: string }> {
  const users = new Map(
    (await trx.selectFrom('users').select(['id', 'username', 'display_name']).execute()).map((u) => [u.username, u]),
  );
  const as = (username: string): Actor => ({
    id: users.get(username)!.id,
    displayName: users.get(username)!.display_name,
  });
  const unitActor = (code: string): Actor =>
    code === 'QLCN' ? as('canbo.donvi') : { id: null, displayName: `Cán bộ thi đua – ${unitName(code)}` };
  const orgs = new Map(
    (await trx.selectFrom('organisations').select(['id', 'name']).execute()).map((o) => [o.id, o.name]),
  );
  const unitName = (code: string) => orgs.get(orgIds.get(code)!)!;
  const ratings = new Set(
    (
      await trx
        .selectFrom('ratings')
        .select(['subject_id'])
        .where('year', '=', 2026)
        .where('rating', 'in', ['excellent', 'good'])
        .execute()
    ).map((r) => r.subject_id),
  );
  const blocked = new Set(
    (
      await trx
        .selectFrom('subject_periods')
        .select('subject_id')
        .where('category', 'in', ['discipline', 'review'])
        .execute()
    ).map((p) => p.subject_id),
  );
  const awarded = new Set(
    (await trx.selectFrom('award_records').select('subject_id').where('year', '=', 2026).execute()).map(
      (a) => a.subject_id,
    ),
  );
  // The cast of the 2026 candidate list (awardsDemoCast.ts) keeps its story: none of them is proposed here.
  const cast = new Set([...DEMO_CAST, WARNED, RECRUIT].map((c) => `${c.unit}|${c.name ?? ''}`));
  const codeOf = new Map([...orgIds].map(([code, id]) => [id, code]));

  const ids: Record<string, string> = {};
  const step = async (id: string, action: ProposalAction, by: Actor, reason = '') => {
    const p = await trx
      .selectFrom('proposals')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const s = check(PROPOSAL_WORKFLOW, p.status as ProposalStatus, action, null, { reason });
    if (!s.ok) throw new Error(`demo proposals: ${action} refused from ${p.status}`);
    const at = `${STEP_DAYS[action]}T02:30:00.000Z`;
    await applyTransition(trx, {
      entityType: 'proposal',
      entityId: id,
      action,
      from: p.status,
      to: s.to,
      user: by,
      ...(reason ? { reason } : {}),
      at,
      update: {
        version: p.version,
        set: { updated_at: at, ...(action === 'submit' ? { submitted_at: at } : {}) },
      },
    });
  };

  for (const plan of PLANS) {
    const orgId = orgIds.get(plan.unit)!;
    const id = newId();
    ids[plan.unit] = id;
    const at = `${STEP_DAYS.created}T02:00:00.000Z`;
    const creator = unitActor(plan.unit);
    await trx
      .insertInto('proposals')
      .values({
        id,
        org_id: orgId,
        title: plan.title,
        search_key: searchKey(plan.title),
        commendation_type: 'periodic',
        year: 2026,
        simplified: 0,
        movement_id: null,
        status: 'draft',
        posting_from: null,
        posting_to: null,
        submitted_at: null,
        created_by: creator.id,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    // Staff of the unit rated well in 2026, with no discipline or open review and no 2026 award.
    const pool = people
      .filter(
        (p) =>
          p.org_id === orgId &&
          p.status === 'working' &&
          ratings.has(p.id) &&
          !blocked.has(p.id) &&
          !awarded.has(p.id) &&
          !cast.has(`${codeOf.get(p.org_id)}|${p.full_name}`),
      )
      .sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1));
    const items: { subject_kind: string; subject_id: string; award_code: string }[] = [];
    if (plan.collective)
      items.push({ subject_kind: 'collective', subject_id: orgId, award_code: 'commendation_certificate' });
    let k = 0;
    for (const a of plan.awards)
      for (let i = 0; i < a.count; i++) {
        const p = pool[k++];
        if (!p) throw new Error(`demo proposals: too few candidates in ${plan.unit}`);
        items.push({ subject_kind: 'individual', subject_id: p.id, award_code: a.code });
      }
    await trx
      .insertInto('proposal_items')
      .values(
        items.map((it, i) => ({
          id: newId(),
          proposal_id: id,
          position: i + 1,
          ...it,
          org_id: orgId,
          achievement:
            it.award_code === 'advanced_worker'
              ? 'Hoàn thành tốt nhiệm vụ được giao năm 2026; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.'
              : 'Hoàn thành xuất sắc nhiệm vụ được giao năm 2026.',
          justification: '',
          snapshot: null,
          return_reason: '',
          outcome: 'pending',
          decision_id: null,
        })),
      )
      .execute();
    await applyTransition(trx, {
      entityType: 'proposal',
      entityId: id,
      action: null,
      from: null,
      to: 'draft',
      user: creator,
      at,
    });
    for (const action of plan.path) {
      if (action === 'close_vote') continue; // the session's close, below
      await step(id, action, action === 'submit' ? creator : as('canbo.tdkt'));
    }
  }

  // The council: a session held on 20/11 voted two dossiers; one opened for 27/11 holds the third.
  const members = await trx.selectFrom('council_members').select('id').execute();
  const session = async (title: string, heldOn: string, units: string[], closed: boolean) => {
    const id = newId();
    const at = `${heldOn}T07:00:00.000Z`;
    await trx
      .insertInto('council_sessions')
      .values({
        id,
        title,
        held_on: heldOn,
        venue: 'Phòng họp tầng 3, Sở Công Thương',
        status: closed ? 'closed' : 'open',
        closed_at: closed ? `${heldOn}T09:30:00.000Z` : null,
        created_at: `${STEP_DAYS.to_council}T03:00:00.000Z`,
        updated_at: at,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('session_members')
      .values(members.map((m) => ({ session_id: id, member_id: m.id, present: closed ? 1 : 0 })))
      .execute();
    const items = await trx
      .selectFrom('proposal_items')
      .select(['id', 'award_code', 'proposal_id'])
      .where(
        'proposal_id',
        'in',
        units.map((u) => ids[u]!),
      )
      .orderBy('proposal_id')
      .orderBy('position')
      .execute();
    await trx
      .insertInto('session_items')
      .values(
        items.map((it, position) => ({
          session_id: id,
          item_id: it.id,
          position,
          agree: closed ? members.length : 0,
          disagree: 0,
          abstain: 0,
          // Every seated member agreed: the result reads "nhất trí", judged by the award's default rule.
          eligible: closed ? members.length : null,
          threshold: ruleFor(it.award_code, DEFAULT_VOTING).threshold,
          comparison: closed ? ruleFor(it.award_code, DEFAULT_VOTING).comparison : null,
          approved: closed ? 1 : null,
        })),
      )
      .execute();
    await appendAudit(trx, SYSTEM_ACTOR, 'council.session_created', 'council_session', id, null, {
      title,
      heldOn,
      items: items.length,
    });
    if (closed) {
      await trx
        .updateTable('proposal_items')
        .set({ outcome: 'approved' })
        .where(
          'id',
          'in',
          items.map((i) => i.id),
        )
        .execute();
      for (const u of units) await step(ids[u]!, 'close_vote', as('hoidong'), `Biểu quyết tại ${title}`);
    }
  };
  await session(
    'Phiên họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm 2026 (đợt 1)',
    '2026-11-20',
    ['QLNL', 'TTR'],
    true,
  );
  await session(
    'Phiên họp Hội đồng Thi đua – Khen thưởng xét khen thưởng năm 2026 (đợt 2)',
    '2026-11-27',
    ['KHTC'],
    false,
  );

  // The Director decides the Thanh tra dossier: the register's next number of 2026.
  const tree = await new OrgTree(trx as unknown as Kysely<Database>, 0).fresh();
  const last = await trx
    .selectFrom('decisions')
    .select((eb) => eb.fn.max('signed_on').as('on'))
    .where('symbol', '=', SYMBOL)
    .where('year', '=', 2026)
    .executeTakeFirst();
  const signedOn = last?.on && last.on > STEP_DAYS.decide! ? last.on : STEP_DAYS.decide!;
  const draft = await draftDecision(trx as unknown as Kysely<Database>, tree, {
    proposalIds: [ids.TTR!],
    summary: '',
    signedOn,
    signer: DIRECTOR,
    signerTitle: 'GIÁM ĐỐC',
    legalBasis: [],
  });
  const seq = await nextNumber(trx, SYMBOL, 2026);
  const id = newId();
  const leader = as('lanhdao');
  // The seed writes as the system (its audit entries say so); the steps name who acted in the story.
  await writeDecision(
    trx,
    SYSTEM_ACTOR,
    {
      id,
      number: `${seq}/${SYMBOL}`,
      seq,
      symbol: SYMBOL,
      year: 2026,
      signed_on: signedOn,
      signer: DIRECTOR,
      signer_title: 'GIÁM ĐỐC',
      authority: orgs.get(tree.roots()[0]!) ?? '',
      level: 'here',
      kind: 'award',
      summary: draft.summary,
      legal_basis: JSON.stringify(draft.legalBasis),
      status: 'issued',
      revokes_id: null,
      revoked_by_id: null,
      created_by: leader.id,
    },
    draft.recipients,
    draft.items,
    [ids.TTR!],
  );
  await keepWording(trx, id, draft.wording);
  await step(ids.TTR!, 'decide', leader, `Quyết định số ${seq}/${SYMBOL}`);
  return { proposals: PLANS.length, decision: `${seq}/${SYMBOL}` };
}
