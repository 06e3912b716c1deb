import { describe, expect, it } from 'vitest';
import { AWARD_CATALOG } from './catalog.ts';
import { evaluate } from './eligibility.ts';
import type { EligibilityInput } from './eligibilityInput.ts';
import { ruleSetFor } from './ruleSets.ts';
import { makeSettings } from './settings.ts';
import { crit, failing, fighterYears, held, initiative, members, person, ratingsRange } from './testFixtures.ts';

/** Histories that make every ladder speak: passing, failing, under review, disciplined, contradictory. */
function histories(year: number): Omit<EligibilityInput, 'subject' | 'awardCode' | 'year'>[] {
  const full = {
    ratings: ratingsRange(year - 11, year, 'excellent'),
    awards: [
      ...fighterYears(year - 5, year - 4, year - 3, year - 2, year - 1, year),
      held('certificate_of_merit_provincial', year - 6),
      held('certificate_of_merit_pm', year - 6),
      held('excellent_collective', year),
      held('advanced_worker', year - 7),
    ],
    initiatives: [initiative('A', 'provincial', `${year}-03-01`), initiative('B', 'grassroots', `${year - 1}-03-01`)],
    members: members(4, 4, year),
  };
  return [
    full,
    { awards: [], ratings: [] },
    {
      ...full,
      discipline: [{ form: 'reprimand', from: `${year}-05-01`, to: `${year}-11-01` }],
      reviewFlags: [{ kind: 'investigation', from: `${year}-02-01`, to: null }],
      // The same record twice: the history check speaks too.
      awards: [...full.awards, held('advanced_worker', year - 7)],
    },
  ];
}

describe('every citation comes from the rule set of the year judged', () => {
  for (const ruleSetDay of ['year_end', 'year_start'] as const)
    for (const year of [2024, 2025, 2026]) {
      it(`${year}, rule set picked at the ${ruleSetDay === 'year_end' ? 'end' : 'start'} of the year`, () => {
        const settings = makeSettings({ ruleSetDay });
        const rs = ruleSetFor(year, settings);
        let lines = 0;
        for (const award of AWARD_CATALOG)
          for (const kind of award.subjects)
            for (const h of histories(year)) {
              const r = evaluate({
                subject: { kind, id: 's', name: 'S', recruitedOn: `${year - 10}-01-01` },
                awardCode: award.code,
                year,
                settings,
                ...h,
              });
              expect(r.ruleSet).toBe(rs.id);
              for (const c of r.criteria) {
                lines++;
                expect(rs.instruments, `${award.code}/${kind}/${c.key}: ${c.citation.instrument}`).toContain(
                  c.citation.instrument,
                );
              }
            }
        expect(lines).toBeGreaterThan(200);
      });
    }

  it('a 2024 judgement cites Decree 98/2023 on the discipline and under-review lines; 2025 cites 152/2025', () => {
    const input = person('advanced_worker', 2024, { ratings: ratingsRange(2024, 2024, 'good') });
    const r2024 = evaluate(input);
    expect(crit(r2024, 'no_discipline').citation).toMatchObject({
      instrument: 'Nghị định 98/2023/NĐ-CP',
      article: 'Điều 4',
    });
    expect(crit(r2024, 'not_under_review').citation.instrument).toBe('Nghị định 98/2023/NĐ-CP');
    expect(crit(r2024, 'tenure').citation.instrument).toBe('Thông tư 01/2024/TT-BNV');
    const r2025 = evaluate({ ...input, year: 2025, ratings: ratingsRange(2025, 2025, 'good') });
    expect(crit(r2025, 'no_discipline').citation.instrument).toBe('Nghị định 152/2025/NĐ-CP');
    expect(crit(r2025, 'tenure').citation.instrument).toBe('Thông tư 15/2025/TT-BNV');
  });
});

describe('not under review on the consideration date', () => {
  const worker = (extra: Partial<EligibilityInput>) =>
    person('advanced_worker', 2025, { ratings: ratingsRange(2025, 2025, 'good'), ...extra });

  it('a review opened in 2026 refuses a 2025 judgement considered while it is open', () => {
    const flag = { kind: 'discipline_review' as const, from: '2026-02-10', to: null };
    const r = evaluate(worker({ reviewFlags: [flag], asOf: '2026-03-15' }));
    expect(r.verdict).toBe('not_eligible');
    expect(failing(r)).toEqual(['not_under_review']);
    expect(crit(r, 'not_under_review').detail).toContain('15/03/2026');
    // Considered before it was opened, the same history is eligible.
    expect(evaluate(worker({ reviewFlags: [flag], asOf: '2026-01-20' })).verdict).toBe('eligible');
  });

  it('a review open during the year judged that ended in discipline refuses, even after it closed', () => {
    const flag = { kind: 'discipline_review' as const, from: '2025-10-01', to: '2026-01-20' };
    const discipline = [{ form: 'reprimand' as const, from: '2026-01-20', to: '2026-07-20' }];
    const r = evaluate(worker({ reviewFlags: [flag], discipline, asOf: '2026-03-15' }));
    expect(r.verdict).toBe('not_eligible');
    expect(crit(r, 'not_under_review').detail).toContain('kết thúc bằng kỷ luật');
    // The discipline itself falls outside 2025: only the review rule catches it.
    expect(crit(r, 'no_discipline').met).toBe(true);
    // Cleared, or recorded as cleared: no refusal.
    expect(evaluate(worker({ reviewFlags: [flag], asOf: '2026-03-15' })).verdict).toBe('eligible');
    expect(
      evaluate(
        worker({ reviewFlags: [{ ...flag, outcome: 'cleared' }], discipline, asOf: '2026-03-15' }),
      ).criteria.find((c) => c.key === 'not_under_review')?.met,
    ).toBe(true);
  });
});

describe('the year is the achievement year', () => {
  it('Bằng khen Thủ tướng for 2025 without a 2025 rating says the rating is missing, not another window', () => {
    const input = person('certificate_of_merit_pm', 2025, {
      ratings: ratingsRange(2020, 2024, 'excellent'),
      awards: [held('certificate_of_merit_provincial', 2019), ...fighterYears(2021, 2022, 2023, 2024)],
    });
    const r = evaluate(input);
    expect(r.verdict).toBe('not_eligible');
    expect(r.criteria[0]).toMatchObject({ key: 'achievement_year_rating', met: false });
    expect(r.criteria[0]!.detail).toContain('Chưa có kết quả xếp loại năm 2025');
    expect(evaluate(input, { brief: true }).criteria.map((c) => c.key)).toEqual(['achievement_year_rating']);
    // The five-year window ends at the year asked for: 2021–2025 once 2025 is rated.
    const rated = evaluate({ ...input, ratings: ratingsRange(2020, 2025, 'excellent') });
    expect(rated.criteria.some((c) => c.key === 'achievement_year_rating')).toBe(false);
    expect(crit(rated, 'rating_5_years').detail).toContain('2021–2025');
  });

  it('Huân chương Lao động hạng Ba for 2025 without a 2025 rating says so too', () => {
    const r = evaluate(
      person('order_labour_3', 2025, {
        ratings: ratingsRange(2019, 2024, 'excellent'),
        awards: [held('certificate_of_merit_pm', 2018), ...fighterYears(2021, 2022, 2023)],
      }),
    );
    expect(r.verdict).toBe('not_eligible');
    expect(crit(r, 'achievement_year_rating').met).toBe(false);
  });
});
