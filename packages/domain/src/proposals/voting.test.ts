import { describe, expect, it } from 'vitest';
import { DEFAULT_VOTING, tally, votesNeeded } from './voting.ts';

describe('council voting settings', () => {
  it('"at least" needs the threshold reached; "above" needs it exceeded', () => {
    expect(votesNeeded(0.5, 10)).toBe(5);
    expect(votesNeeded(0.5, 10, true)).toBe(6);
    expect(votesNeeded(0.9, 9)).toBe(9);
    expect(votesNeeded(2 / 3, 3)).toBe(2);
    expect(votesNeeded(2 / 3, 3, true)).toBe(3);
    const counts = { agree: 5, disagree: 5, abstain: 0 };
    expect(tally(counts, 10, 0.5).approved).toBe(true);
    expect(tally(counts, 10, 0.5, true).approved).toBe(false);
  });

  it('keeps "at least" by default, as the reference\'s historical rule', () => {
    expect(DEFAULT_VOTING.strict).toBe(false);
  });
});
