import { describe, expect, it } from 'vitest';
import { awardByCode } from './catalog.ts';
import { baseSalaryOn, bonusAmount, roundBonus, ruleSetFor } from './ruleSets.ts';
import { DEFAULT_SETTINGS, makeSettings } from './settings.ts';

const S = DEFAULT_SETTINGS;
const bonus = (code: string, date: string, subject?: 'individual' | 'collective' | 'household', settings = S) =>
  bonusAmount(awardByCode(code), date, settings, subject)?.amount;

describe('rule sets', () => {
  it('switches from Decree 98/2023 to Decree 152/2025 on 01/07/2025', () => {
    expect(ruleSetFor('2025-06-30').id).toBe('nd98_2023');
    expect(ruleSetFor('2025-07-01').id).toBe('nd152_2025');
    expect(ruleSetFor(2024).id).toBe('nd98_2023');
  });

  it('judges the straddling year 2025 under the rules in force at its end, unless set otherwise', () => {
    expect(ruleSetFor(2025).id).toBe('nd152_2025');
    expect(ruleSetFor(2025, { ruleSetDay: 'year_start' }).id).toBe('nd98_2023');
  });

  it('refuses a year before the 2022 Law with a Vietnamese message', () => {
    expect(() => ruleSetFor(2023)).toThrowError(/Chưa có bộ quy tắc cho ngày 2023-12-31/);
  });
});

describe('base salary and bonus', () => {
  it('uses 2,340,000 from 01/07/2024 and the unverified 2026 rise only as a setting', () => {
    expect(baseSalaryOn('2025-01-10', S).amount).toBe(2_340_000);
    expect(baseSalaryOn('2026-07-01', S)).toMatchObject({ amount: 2_530_000, confidence: 'U' });
    expect(baseSalaryOn('2026-07-01', makeSettings({ unverifiedBaseSalaries: [] })).amount).toBe(2_340_000);
  });

  it('rounds up to the next 10,000 đồng by default, as ND 98 Art 53 says', () => {
    expect(bonus('advanced_worker', '2025-03-01')).toBe(710_000); // 702,000 raw
    expect(bonus('advanced_collective', '2025-03-01')).toBe(1_880_000); // 1,872,000 raw
    expect(bonus('certificate_of_merit_pm', '2025-08-01')).toBe(8_190_000); // already round
    const none = makeSettings({ bonusRounding: { mode: 'none', step: 10_000 } });
    expect(bonus('advanced_worker', '2025-03-01', 'individual', none)).toBe(702_000);
    expect(roundBonus(701_999.9999, { mode: 'up', step: 10_000 })).toBe(710_000);
    expect(roundBonus(700_000.0000001, { mode: 'up', step: 10_000 })).toBe(700_000);
  });

  it("doubles the commune chair's Giấy khen from ND 98 to ND 152", () => {
    expect(bonus('commendation_certificate_commune', '2025-06-30')).toBe(360_000); // 0.15 × 2.34M = 351,000
    expect(bonus('commendation_certificate_commune', '2025-07-01')).toBe(710_000);
  });

  it('applies subject factors: collective ×2 (setting), household ×1.5, orders ×2 for collectives', () => {
    expect(bonus('commendation_certificate', '2025-08-01', 'collective')).toBe(1_410_000);
    expect(bonus('commendation_certificate', '2025-08-01', 'household')).toBe(1_060_000);
    expect(bonus('order_labour_3', '2025-08-01', 'collective')).toBe(21_060_000);
    expect(
      bonus('commendation_certificate', '2025-08-01', 'collective', makeSettings({ collectiveFormFactor: 1.5 })),
    ).toBe(1_060_000);
  });

  it('takes P/U multiples from settings and says so', () => {
    const pm = awardByCode('certificate_of_merit_pm');
    const overridden = makeSettings({
      bonusMultiples: { ...S.bonusMultiples, 'nd98_2023:certificate_of_merit_pm': 3.0 },
    });
    expect(bonusAmount(pm, '2025-03-01', overridden)).toMatchObject({ amount: 7_020_000, fromSettings: true });
    expect(bonusAmount(pm, '2025-08-01', overridden)).toMatchObject({ amount: 8_190_000, fromSettings: false });
  });

  it('returns null where the reference gives no figure', () => {
    expect(bonusAmount(awardByCode('hero_labour'), '2025-08-01', S)).toBeNull();
  });
});
