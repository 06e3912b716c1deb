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
  members,
  person,
  ratings,
  ratingsRange,
} from './testFixtures.ts';

describe('Lao động tiên tiến', () => {
  it('is eligible with a good rating and tenure; cites Law Art 24', () => {
    const r = evaluate(person('advanced_worker', 2025, { ratings: ratings({ 2025: 'good' }) }));
    expect(r.verdict).toBe('eligible');
    expect(crit(r, 'rating').citation).toMatchObject({ article: 'Điều 24 khoản 1 điểm a', confidence: 'V' });
  });

  it('refuses "hoàn thành nhiệm vụ" and shows the year', () => {
    const r = evaluate(person('advanced_worker', 2025, { ratings: ratings({ 2025: 'completed' }) }));
    expect(r.verdict).toBe('not_eligible');
    expect(failing(r)).toEqual(['rating']);
    expect(crit(r, 'rating').evidence).toEqual(['2025: Hoàn thành nhiệm vụ']);
  });

  it('refuses someone recruited less than 6 months before year end; exactly 6 months is enough', () => {
    const late = evaluate(
      person('advanced_worker', 2025, {
        subject: { kind: 'individual', id: 'p', recruitedOn: '2025-08-01' },
        ratings: ratings({ 2025: 'good' }),
      }),
    );
    expect(failing(late)).toEqual(['tenure']);
    expect(crit(late, 'tenure').evidence).toEqual(['Tuyển dụng 01/08/2025']);
    const six = evaluate(
      person('advanced_worker', 2025, {
        subject: { kind: 'individual', id: 'p', recruitedOn: '2025-07-01' },
        ratings: ratings({ 2025: 'good' }),
      }),
    );
    expect(six.verdict).toBe('eligible');
  });

  it('counts maternity leave as working time and says so', () => {
    const r = evaluate(
      person('advanced_worker', 2025, {
        subject: {
          kind: 'individual',
          id: 'p',
          recruitedOn: '2025-06-01',
          maternityLeaves: [{ from: '2025-08-01', to: '2026-01-31' }],
        },
        ratings: ratings({ 2025: 'good' }),
      }),
    );
    expect(r.verdict).toBe('eligible');
    expect(crit(r, 'tenure').detail).toContain('nghỉ thai sản được tính là thời gian công tác');
  });

  it('refuses during a discipline period and while under review; a period ended before the year does not count', () => {
    const disciplined = evaluate(
      person('advanced_worker', 2025, {
        ratings: ratings({ 2025: 'good' }),
        discipline: [{ form: 'reprimand', from: '2025-03-01', to: '2026-02-28', decision: { number: '7/QĐ-SCT' } }],
      }),
    );
    expect(failing(disciplined)).toEqual(['no_discipline']);
    expect(crit(disciplined, 'no_discipline').evidence[0]).toContain('Khiển trách 01/03/2025–28/02/2026 (QĐ 7/QĐ-SCT)');
    const ended = evaluate(
      person('advanced_worker', 2025, {
        ratings: ratings({ 2025: 'good' }),
        discipline: [{ form: 'warning', from: '2024-01-01', to: '2024-12-31' }],
      }),
    );
    expect(ended.verdict).toBe('eligible');
    const review = evaluate(
      person('advanced_worker', 2025, {
        ratings: ratings({ 2025: 'good' }),
        reviewFlags: [{ kind: 'complaint', from: '2025-11-01', to: null }],
      }),
    );
    expect(failing(review)).toEqual(['not_under_review']);
    expect(crit(review, 'not_under_review').evidence[0]).toContain('khiếu nại');
  });
});

describe('Chiến sĩ thi đua cơ sở', () => {
  it('is eligible by excellent completion, or by a good rating plus a grassroots initiative', () => {
    expect(
      evaluate(person('grassroots_emulation_fighter', 2025, { ratings: ratings({ 2025: 'excellent' }) })).verdict,
    ).toBe('eligible');
    const byInitiative = evaluate(
      person('grassroots_emulation_fighter', 2025, {
        ratings: ratings({ 2025: 'good' }),
        initiatives: [initiative('SK1', 'grassroots', '2025-05-10')],
      }),
    );
    expect(byInitiative.verdict).toBe('eligible');
    expect(crit(byInitiative, 'excellent_or_initiative').evidence[0]).toContain('Sáng kiến "Cải tiến SK1"');
  });

  it('refuses an initiative already used and names its first use', () => {
    const r = evaluate(
      person('grassroots_emulation_fighter', 2025, {
        ratings: ratings({ 2025: 'good' }),
        initiatives: [initiative('SK1', 'grassroots', '2025-02-10')],
        awards: [
          held('commendation_certificate', 2025, {
            initiativeIds: ['SK1'],
            decision: { number: '99/QĐ-SCT', date: '2025-06-01' },
          }),
        ],
      }),
    );
    expect(r.verdict).toBe('not_eligible');
    expect(failing(r)).toEqual(['excellent_or_initiative']);
    expect(crit(r, 'excellent_or_initiative').detail).toContain(
      'đã dùng cho Giấy khen năm 2025 (QĐ 99/QĐ-SCT ngày 01/06/2025)',
    );
  });
});

describe('one-use rule of initiatives', () => {
  it('re-checking the award an initiative was used for still counts it; an initiative from last year does not', () => {
    const granted = evaluate(
      person('grassroots_emulation_fighter', 2025, {
        ratings: ratings({ 2025: 'good' }),
        initiatives: [initiative('SK1', 'grassroots', '2025-02-10')],
        awards: [held('grassroots_emulation_fighter', 2025, { initiativeIds: ['SK1'] })],
      }),
    );
    expect(granted.verdict).toBe('eligible');
    const stale = evaluate(
      person('grassroots_emulation_fighter', 2025, {
        ratings: ratings({ 2025: 'good' }),
        initiatives: [initiative('SK0', 'grassroots', '2024-12-31')],
      }),
    );
    expect(failing(stale)).toEqual(['excellent_or_initiative']);
  });
});

describe('Chiến sĩ thi đua cấp tỉnh', () => {
  const base = {
    ratings: ratingsRange(2023, 2025, 'excellent'),
    awards: fighterYears(2023, 2024, 2025),
    initiatives: [initiative('SKT', 'provincial', '2025-09-01')],
  };

  it('with 3 consecutive CSTĐCS and an unused provincial initiative it needs the council, not a guess', () => {
    const r = evaluate(person('provincial_emulation_fighter', 2025, base));
    expect(r.verdict).toBe('needs_review');
    expect(crit(r, 'outstanding')).toMatchObject({ met: null });
    expect(crit(r, 'outstanding').detail).toContain('cần Hội đồng đánh giá');
    expect(crit(r, 'grassroots_fighter_3_years').evidence).toHaveLength(3);
    const confirmed = evaluate(
      person('provincial_emulation_fighter', 2025, {
        ...base,
        confirmations: { outstanding: { met: true, by: 'Biên bản Hội đồng TĐKT tỉnh 12/2025' } },
      }),
    );
    expect(confirmed.verdict).toBe('eligible');
  });

  it('a gap year breaks "consecutive"', () => {
    const r = evaluate(
      person('provincial_emulation_fighter', 2025, { ...base, awards: fighterYears(2022, 2023, 2025) }),
    );
    expect(r.verdict).toBe('not_eligible');
    expect(failing(r)).toEqual(['grassroots_fighter_3_years']);
    expect(crit(r, 'grassroots_fighter_3_years').detail).toContain('thiếu năm 2024');
  });

  it('refuses a provincial initiative that already carried a CSTĐCS title', () => {
    const awards = [
      ...fighterYears(2023, 2024),
      held('grassroots_emulation_fighter', 2025, { initiativeIds: ['SKT'] }),
    ];
    const r = evaluate(person('provincial_emulation_fighter', 2025, { ...base, awards }));
    expect(failing(r)).toEqual(['provincial_initiative']);
    expect(crit(r, 'provincial_initiative').detail).toContain('đã dùng cho Chiến sĩ thi đua cơ sở năm 2025');
  });
});

describe('Chiến sĩ thi đua toàn quốc', () => {
  const cstdTinh = (from: number, to: number) => held('provincial_emulation_fighter', to, { fromYear: from });
  it('needs two consecutive provincial CSTĐ and a national initiative', () => {
    const input = person('national_emulation_fighter', 2025, {
      awards: [cstdTinh(2020, 2022), cstdTinh(2023, 2025)],
      initiatives: [initiative('SKQ', 'national', '2024-10-01')],
    });
    expect(evaluate(input).verdict).toBe('needs_review');
    const once = evaluate({ ...input, awards: [cstdTinh(2019, 2021), cstdTinh(2023, 2025)] });
    expect(failing(once)).toEqual(['provincial_fighter_twice']);
    expect(crit(once, 'provincial_fighter_twice').detail).toContain('thiếu năm 2022');
  });
});

describe('Tập thể lao động tiên tiến', () => {
  it('needs more than 50% LĐTT members (a setting); exactly half fails by default', () => {
    const ok = evaluate(
      collective('advanced_collective', 2025, { ratings: ratings({ 2025: 'good' }), members: members(5, 3, 2025) }),
    );
    expect(ok.verdict).toBe('eligible');
    const half = evaluate(
      collective('advanced_collective', 2025, { ratings: ratings({ 2025: 'good' }), members: members(4, 2, 2025) }),
    );
    expect(failing(half)).toEqual(['members_advanced_share']);
    expect(crit(half, 'members_advanced_share').detail).toContain('2/4 = 50%');
    const lenient = makeSettings({ advancedCollectiveShare: { min: 0.5, strict: false } });
    expect(
      evaluate(
        collective('advanced_collective', 2025, {
          ratings: ratings({ 2025: 'good' }),
          members: members(4, 2, 2025),
          settings: lenient,
        }),
      ).verdict,
    ).toBe('eligible');
  });

  it('is refused when a member has a warning, naming the member', () => {
    const m = members(5, 4, 2025);
    m[1] = { ...m[1]!, discipline: [{ form: 'warning', from: '2025-04-01', to: '2026-03-31' }] };
    const r = evaluate(collective('advanced_collective', 2025, { ratings: ratings({ 2025: 'good' }), members: m }));
    expect(failing(r)).toEqual(['members_no_discipline']);
    expect(crit(r, 'members_no_discipline').evidence[0]).toMatch(/^Thành viên 2: Cảnh cáo/);
  });
});

describe('Tập thể lao động xuất sắc', () => {
  const withFighter = () => {
    const m = members(10, 8, 2025);
    m[0] = { ...m[0]!, awards: [held('grassroots_emulation_fighter', 2025)] };
    return m;
  };
  it('is eligible as TT LĐTT rated excellent with ≥70% LĐTT and a CSTĐCS', () => {
    const r = evaluate(
      collective('excellent_collective', 2025, {
        ratings: ratings({ 2025: 'excellent' }),
        awards: [held('advanced_collective', 2025)],
        members: withFighter(),
      }),
    );
    expect(r.verdict).toBe('eligible');
  });
  it('is refused without any CSTĐCS member', () => {
    const r = evaluate(
      collective('excellent_collective', 2025, {
        ratings: ratings({ 2025: 'excellent' }),
        awards: [held('advanced_collective', 2025)],
        members: members(10, 8, 2025),
      }),
    );
    expect(failing(r)).toEqual(['members_fighter']);
    expect(crit(r, 'members_fighter').detail).toContain('có 0');
  });
});
