import type { z } from 'zod';
import type { SessionItemView } from '@thidua/contracts';
import { findAward, ruleFor, thresholdText, type VotingSettings } from '@thidua/domain';
import type { OrgTree } from '../../platform/orgtree.ts';
import type { Snapshot } from '../proposals/service.ts';
import type { sessionState } from './sessions.ts';
import { storedComparison, storedResult } from './results.ts';

type State = Awaited<ReturnType<typeof sessionState>>;
type Item = z.infer<typeof SessionItemView>;

/** What the unit's dossier says about an item: the verdict at submission, what it lacks and why it is proposed anyway. */
function eligibilityOf(snapshot: string | null): Pick<Item, 'verdict' | 'unmet' | 'flags'> {
  if (!snapshot) return { verdict: null, unmet: [], flags: [] };
  const s = JSON.parse(snapshot) as Snapshot;
  // Items submitted before the criteria were kept have their wording only, without the legal basis.
  const unmet = s.unmet ?? s.notes.map((detail) => ({ detail, met: null, citation: null }));
  return { verdict: s.verdict, unmet, flags: s.flags };
}

/**
 * One agenda item as a member, the office or anyone reading the session sees it. It tells whether
 * the requesting member voted (`mine`) and how many did (`voted`), never how anyone voted; counts
 * appear only once the session is closed, as stored at the close.
 */
export function agendaItemView(
  st: State,
  a: State['agenda'][number],
  ctx: {
    tree: OrgTree;
    names: Map<string, { name: string }>;
    receipts: { item_id: string; member_id: string }[];
    me: State['members'][number] | undefined;
    closed: boolean;
    voting: VotingSettings;
  },
): Item {
  const { tree, names, receipts, me, closed, voting } = ctx;
  const it = st.items.get(a.item_id)!;
  const recused = st.recusedOf(a.item_id);
  const voted = receipts.filter((r) => r.item_id === a.item_id);
  const mine = !me
    ? 'not_member'
    : recused.some((r) => r.id === me.id)
      ? 'recused'
      : voted.some((r) => r.member_id === me.id)
        ? 'voted'
        : me.present !== 1
          ? 'absent'
          : 'can_vote';
  // An open session is judged at its close by the rule then in force; a closed one keeps its own.
  const rule = closed
    ? { threshold: Number(a.threshold), comparison: storedComparison(a.comparison) }
    : ruleFor(it.award_code, voting);
  return {
    itemId: a.item_id,
    proposalId: it.proposal_id,
    subjectName: names.get(it.subject_id)?.name ?? '?',
    orgName: tree.name(it.org_id),
    awardName: findAward(it.award_code)?.name ?? it.award_code,
    ...eligibilityOf(it.snapshot),
    justification: it.justification,
    threshold: rule.threshold,
    comparison: rule.comparison,
    thresholdText: thresholdText(rule),
    voted: voted.length,
    eligible: st.members.length - recused.length,
    recused: recused.map((r) => r.display_name),
    mine: closed && mine === 'can_vote' ? 'absent' : mine,
    // Counts are shown only once the session is closed: nobody watches a tally move as a member votes.
    result: closed ? storedResult(a) : null,
  };
}
