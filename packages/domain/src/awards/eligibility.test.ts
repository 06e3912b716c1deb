import { describe, expect, it } from 'vitest';
import { evaluate } from './eligibility.ts';
import { makeSettings } from './settings.ts';
import {
  collective,
  crit,
  failing,
  fighterYears,
  held,
  initiative,
  person,
  ratings,
  ratingsRange,
} from './testFixtures.ts';

describe('Bằng khen của Chủ tịch UBND tỉnh', () => {
  it('individual route d: two consecutive CSTĐCS', () => {
    const r = evaluate(person('certificate_of_merit_provincial', 2025, { awards: fighterYears(2024, 2025) }));
    expect(r.verdict).toBe('eligible');
    expect(crit(r, 'other_routes').detail).toContain('điểm d khoản 1 Điều 74');
  });

  it('individual route d: two excellent years need two unused initiatives (MoHA reading)', () => {
    const input = person('certificate_of_merit_provincial', 2025, {
      ratings: ratingsRange(2024, 2025, 'excellent'),
      initiatives: [initiative('A', 'grassroots', '2024-06-01'), initiative('B', 'grassroots', '2025-06-01')],
    });
    expect(evaluate(input).verdict).toBe('eligible');
    const reused = evaluate({
      ...input,
      awards: [held('grassroots_emulation_fighter', 2024, { initiativeIds: ['A'] })],
    });
    expect(failing(reused)).toEqual(['route_d']);
    expect(crit(reused, 'route_d').detail).toContain('có 1');
    expect(crit(reused, 'route_d').detail).toContain('Sáng kiến "Cải tiến A" (cấp cơ sở');
  });

  it('collective: two consecutive years of excellent completion', () => {
    expect(
      evaluate(collective('certificate_of_merit_provincial', 2025, { ratings: ratingsRange(2024, 2025, 'excellent') }))
        .verdict,
    ).toBe('eligible');
    const r = evaluate(
      collective('certificate_of_merit_provincial', 2025, { ratings: ratings({ 2024: 'good', 2025: 'excellent' }) }),
    );
    expect(failing(r)).toEqual(['excellent_years']);
    expect(crit(r, 'excellent_years').evidence).toEqual(['2024: Hoàn thành tốt nhiệm vụ']);
  });
});

describe('Bằng khen của Thủ tướng (route b)', () => {
  const input = person('certificate_of_merit_pm', 2025, {
    ratings: ratingsRange(2021, 2025, 'good'),
    awards: [held('certificate_of_merit_provincial', 2020), ...fighterYears(2021, 2023, 2025)],
  });
  it('BK tỉnh, then exactly 5 years of good completion with 3 CSTĐCS', () => {
    const r = evaluate(input);
    expect(r.verdict).toBe('eligible');
    expect(crit(r, 'grassroots_fighter_3').evidence).toHaveLength(3);
  });
  it('a BK tỉnh only 4 years ago is too recent, and says when', () => {
    const r = evaluate({
      ...input,
      awards: [held('certificate_of_merit_provincial', 2021), ...fighterYears(2021, 2023, 2025)],
    });
    expect(failing(r)).toEqual(['holds_provincial_merit']);
    expect(crit(r, 'holds_provincial_merit').detail).toContain('sớm nhất xét năm 2026');
  });
  it('an ad-hoc Bằng khen does not count upward', () => {
    const r = evaluate({
      ...input,
      awards: [held('certificate_of_merit_provincial', 2020, { type: 'ad_hoc' }), ...fighterYears(2021, 2023, 2025)],
    });
    expect(failing(r)).toEqual(['holds_provincial_merit']);
  });
});

describe('Huân chương Lao động hạng Ba (route e)', () => {
  const input = person('order_labour_3', 2025, {
    ratings: [...ratingsRange(2021, 2023, 'good'), ...ratings({ 2024: 'excellent', 2025: 'good' })],
    awards: [held('certificate_of_merit_pm', 2020), ...fighterYears(2022, 2023, 2024)],
  });
  it('BK TTg, then 5 good years with one excellent and 3 CSTĐCS', () => {
    expect(evaluate(input).verdict).toBe('eligible');
  });
  it('without an excellent year it is refused', () => {
    const r = evaluate({ ...input, ratings: ratingsRange(2021, 2025, 'good') });
    expect(failing(r)).toEqual(['excellent_1_year']);
    expect(crit(r, 'excellent_1_year').detail).toContain('ít nhất 1 năm trong 2021–2025');
  });
});

describe('Cờ thi đua', () => {
  it('bloc leadership comes from outside: needs_review saying what is missing', () => {
    const r = evaluate(collective('emulation_flag_provincial', 2025, { ratings: ratings({ 2025: 'excellent' }) }));
    expect(r.verdict).toBe('needs_review');
    expect(crit(r, 'bloc_leader')).toMatchObject({ met: null });
    expect(crit(r, 'bloc_leader').detail).toContain('thông tin từ bên ngoài');
  });
  it('a flag presupposes an excellent year of the collective (setting), so not every unit is a candidate', () => {
    const good = evaluate(collective('emulation_flag_government', 2025, { ratings: ratings({ 2025: 'good' }) }));
    expect(failing(good)).toEqual(['rating']);
    const off = evaluate(
      collective('emulation_flag_government', 2025, {
        ratings: ratings({ 2025: 'good' }),
        settings: makeSettings({ flagNeedsExcellentRating: false }),
      }),
    );
    expect(off.verdict).toBe('needs_review');
  });
  it("the ministry's flag also needs TT LĐXS that year (setting)", () => {
    const r = evaluate(collective('emulation_flag_ministry', 2025, { ratings: ratings({ 2025: 'excellent' }) }));
    expect(failing(r)).toEqual(['excellent_collective']);
    const off = evaluate(
      collective('emulation_flag_ministry', 2025, {
        ratings: ratings({ 2025: 'excellent' }),
        settings: makeSettings({ ministryFlagNeedsExcellentCollective: false }),
      }),
    );
    expect(off.verdict).toBe('needs_review');
  });
});

describe('rule set, bad input and unencoded awards', () => {
  it('a judgement about 2024 uses ND 98/2023; about 2025 uses ND 152/2025', () => {
    expect(evaluate(person('advanced_worker', 2024, { ratings: ratings({ 2024: 'good' }) })).ruleSet).toBe('nd98_2023');
    expect(evaluate(person('advanced_worker', 2025, { ratings: ratings({ 2025: 'good' }) })).ruleSet).toBe(
      'nd152_2025',
    );
  });
  it('refuses unknown codes, wrong subjects and years before the Law', () => {
    expect(() => evaluate(person('nope', 2025))).toThrowError(/Không có danh hiệu/);
    expect(() => evaluate(person('advanced_collective', 2025))).toThrowError(/không xét tặng cho cá nhân/);
    expect(() => evaluate(person('advanced_worker', 2020))).toThrowError(/Chưa có bộ quy tắc/);
  });
  it('flags two LĐTT for one year instead of guessing', () => {
    const r = evaluate(
      person('advanced_worker', 2025, {
        ratings: ratings({ 2025: 'good' }),
        awards: [held('advanced_worker', 2023), held('advanced_worker', 2023)],
      }),
    );
    expect(r.verdict).toBe('needs_review');
    expect(crit(r, 'history_consistent').evidence[0]).toContain('Lao động tiên tiến năm 2023');
  });
  it('an award without encoded criteria asks for manual review', () => {
    const r = evaluate(collective('certificate_of_merit_pm', 2025));
    expect(r.verdict).toBe('needs_review');
    expect(crit(r, 'not_encoded').met).toBeNull();
  });
});
