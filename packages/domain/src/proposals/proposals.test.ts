import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAward } from '../awards/catalog.ts';
import {
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
  checkProposalTransition,
  decidedHere,
  needsPublicPosting,
  proposalActions,
} from './workflow.ts';
import { DEFAULT_VOTING, quorumMet, tally, tallyText, thresholdFor } from './voting.ts';

describe('proposal workflow', () => {
  it('opens exactly the transitions of the table', () => {
    const open: string[] = [];
    for (const s of PROPOSAL_STATUSES)
      for (const a of PROPOSAL_ACTIONS) {
        const c = checkProposalTransition(s, a, { reason: 'x' });
        if (c.ok) open.push(`${s}-${a}->${c.to}`);
      }
    expect(open.sort()).toEqual(
      [
        'draft-submit->submitted',
        'returned-submit->submitted',
        'submitted-return->returned',
        'submitted-accept->accepted',
        'submitted-reject->rejected',
        'accepted-post->posting',
        'accepted-to_council->council',
        'accepted-reject->rejected',
        'posting-to_council->council',
        'posting-reject->rejected',
        'council-close_vote->voted',
        'voted-forward->forwarded',
        'voted-submit_decision->signing',
        'voted-decide->decided',
        'voted-reject->rejected',
        'signing-decide->decided',
        'signing-reject->rejected',
        'forwarded-decide->decided',
        'forwarded-reject->rejected',
      ].sort(),
    );
  });

  it('wants a reason to return or reject, and waits for the posting to end', () => {
    expect(checkProposalTransition('submitted', 'return')).toEqual({
      ok: false,
      reason: '"Trả lại để bổ sung" cần ghi rõ lý do.',
    });
    expect(
      checkProposalTransition('posting', 'to_council', { postingEndsOn: '2026-12-10', today: '2026-12-10' }),
    ).toEqual({
      ok: false,
      reason: 'Danh sách đang được công khai đến hết ngày 10/12/2026: chưa thể trình Hội đồng.',
    });
    expect(
      checkProposalTransition('posting', 'to_council', { postingEndsOn: '2026-12-10', today: '2026-12-11' }).ok,
    ).toBe(true);
    expect(checkProposalTransition('decided', 'submit')).toMatchObject({ ok: false });
  });

  it('never leaves "decided" or "rejected" on any path', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PROPOSAL_ACTIONS), { maxLength: 20 }), (actions) => {
        let s: (typeof PROPOSAL_STATUSES)[number] = 'draft';
        let ended = false;
        for (const a of actions) {
          const c = checkProposalTransition(s, a, { reason: 'r' });
          if (ended && c.ok) return false;
          if (c.ok) s = c.to;
          if (s === 'decided' || s === 'rejected') ended = true;
        }
        return true;
      }),
    );
    expect(proposalActions('submitted', 'office')).toEqual(['return', 'accept', 'reject']);
    expect(proposalActions('submitted', 'unit')).toEqual([]);
  });

  it('knows which awards the Director decides and which need public posting', () => {
    expect(decidedHere(findAward('commendation_certificate')!)).toBe(true);
    expect(decidedHere(findAward('grassroots_emulation_fighter')!)).toBe(true);
    expect(decidedHere(findAward('certificate_of_merit_provincial')!)).toBe(false);
    expect(needsPublicPosting(findAward('order_labour_3')!)).toBe(true);
    expect(needsPublicPosting(findAward('commendation_certificate')!)).toBe(false);
  });
});

describe('secret ballot', () => {
  it('approves on the share of members entitled to vote, with integer thresholds', () => {
    const half = { threshold: 0.5, comparison: 'at_least' } as const;
    const ninety = { threshold: 0.9, comparison: 'at_least' } as const;
    expect(tally({ agree: 5, disagree: 3, abstain: 1 }, 9, half)).toMatchObject({ approved: true, share: 55.6 });
    expect(tally({ agree: 8, disagree: 1, abstain: 0 }, 9, ninety).approved).toBe(false);
    expect(tally({ agree: 9, disagree: 0, abstain: 0 }, 9, ninety).approved).toBe(true);
    expect(tally({ agree: 0, disagree: 0, abstain: 0 }, 0, half).approved).toBe(false);
    expect(tallyText(tally({ agree: 7, disagree: 2, abstain: 0 }, 9, half))).toBe(
      'Đạt: 7/9 phiếu đồng ý (77,8%), ngưỡng: từ 50% trở lên',
    );
    expect(thresholdFor('national_emulation_fighter')).toBe(0.9);
    expect(thresholdFor('commendation_certificate')).toBe(0.5);
  });

  it('needs two thirds of the members present', () => {
    expect(quorumMet(6, 9, DEFAULT_VOTING)).toBe(true);
    expect(quorumMet(5, 9, DEFAULT_VOTING)).toBe(false);
    expect(quorumMet(0, 0)).toBe(false);
  });
});
