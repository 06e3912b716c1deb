import { describe, expect, it } from 'vitest';
import { DEFAULT_VOTING, laxerThanCatalog, ruleFor, tally, tallyText, votesNeeded } from './voting.ts';

const split = { agree: 2, disagree: 2, abstain: 0 };

describe('council voting rules', () => {
  it('"at least" needs the threshold reached; "more than" needs it exceeded', () => {
    expect(votesNeeded(0.5, 10)).toBe(5);
    expect(votesNeeded(0.5, 10, 'more_than')).toBe(6);
    expect(votesNeeded(0.9, 9)).toBe(9);
    expect(votesNeeded(2 / 3, 3)).toBe(2);
    expect(votesNeeded(2 / 3, 3, 'more_than')).toBe(3);
  });

  it('a 2–2 split fails at "trên 50%" and passes at "từ 50% trở lên", worded by its counts', () => {
    const above = tally(split, 4, { threshold: 0.5, comparison: 'more_than' });
    expect(above.approved).toBe(false);
    expect(tallyText(above)).toBe('Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%');
    const atLeast = tally(split, 4, { threshold: 0.5, comparison: 'at_least' });
    expect(atLeast.approved).toBe(true);
    expect(tallyText(atLeast)).toBe('Đạt: 2/4 phiếu đồng ý (50%), ngưỡng: từ 50% trở lên');
    expect(tallyText(atLeast)).not.toContain('nhất trí');
  });

  it('says "nhất trí" only when every member entitled to vote agreed', () => {
    const all = tally({ agree: 4, disagree: 0, abstain: 0 }, 4, { threshold: 0.5, comparison: 'more_than' });
    expect(all.unanimous).toBe(true);
    expect(tallyText(all)).toBe('Đạt — Hội đồng nhất trí: 4/4 phiếu đồng ý (100%), ngưỡng: trên 50%');
    const three = tally({ agree: 3, disagree: 1, abstain: 0 }, 4, { threshold: 0.5, comparison: 'more_than' });
    expect(three.unanimous).toBe(false);
    expect(tallyText(three)).toBe('Đạt: 3/4 phiếu đồng ý (75%), ngưỡng: trên 50%');
    // One abstention is not unanimity, nor are three "for" out of five members when two did not vote.
    expect(tally({ agree: 3, disagree: 0, abstain: 1 }, 4, { threshold: 0.5, comparison: 'at_least' }).unanimous).toBe(
      false,
    );
    expect(tally({ agree: 3, disagree: 0, abstain: 0 }, 5, { threshold: 0.5, comparison: 'at_least' }).unanimous).toBe(
      false,
    );
  });

  it('by default a majority is "trên 50%", Bằng khen "từ 80% trở lên"', () => {
    expect(ruleFor('commendation_certificate', DEFAULT_VOTING)).toMatchObject({
      threshold: 0.5,
      comparison: 'more_than',
      origin: 'setting',
    });
    expect(ruleFor('certificate_of_merit_provincial', DEFAULT_VOTING)).toMatchObject({
      threshold: 0.8,
      comparison: 'at_least',
    });
  });

  it('the verified rule of Chiến sĩ thi đua (từ 90% trở lên, ND 91/2017 Art 45) is a floor settings cannot lower', () => {
    const national = ruleFor('national_emulation_fighter', DEFAULT_VOTING);
    expect(national).toMatchObject({ threshold: 0.9, comparison: 'at_least', origin: 'catalog' });
    expect(national.citation).toMatchObject({ instrument: 'Nghị định 91/2017/NĐ-CP', confidence: 'V' });
    // A default of 50% does not lower it; a stricter setting applies.
    expect(ruleFor('provincial_emulation_fighter', { thresholds: { default: 0.5 }, comparisons: {} }).threshold).toBe(
      0.9,
    );
    expect(
      ruleFor('provincial_emulation_fighter', {
        thresholds: { default: 0.5, provincial_emulation_fighter: 0.95 },
        comparisons: { default: 'at_least', provincial_emulation_fighter: 'more_than' },
      }),
    ).toMatchObject({ threshold: 0.95, comparison: 'more_than', origin: 'setting' });
    expect(laxerThanCatalog('provincial_emulation_fighter', 0.8)).toMatch(/không được thấp hơn 90%/u);
    expect(laxerThanCatalog('provincial_emulation_fighter', 0.9, 'at_least')).toBeNull();
    expect(laxerThanCatalog('commendation_certificate', 0.1)).toBeNull();
  });
});
