import { describe, expect, it } from 'vitest';
import { historyIssues } from './history.ts';

describe('historyIssues', () => {
  it('reports one award twice for overlapping periods, and names both decisions', () => {
    const issues = historyIssues([
      { awardCode: 'provincial_emulation_fighter', year: 2023, fromYear: 2021, decision: { number: '10/QĐ-UBND' } },
      { awardCode: 'provincial_emulation_fighter', year: 2024, fromYear: 2022, decision: { number: '11/QĐ-UBND' } },
      { awardCode: 'provincial_emulation_fighter', year: 2026, fromYear: 2024 },
    ]);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ kind: 'duplicate', records: [0, 1] });
    expect(issues[0]!.message).toContain('10/QĐ-UBND');
    expect(issues[0]!.message).toContain('11/QĐ-UBND');
    expect(issues[1]).toMatchObject({ kind: 'duplicate', records: [1, 2] });
  });
  it('reports two LĐTT in one year, and an annual title in a year rated below "good"', () => {
    const issues = historyIssues(
      [
        { awardCode: 'advanced_worker', year: 2024 },
        { awardCode: 'advanced_worker', year: 2024 },
        { awardCode: 'advanced_worker', year: 2025 },
      ],
      [
        { year: 2024, rating: 'excellent' },
        { year: 2025, rating: 'completed' },
      ],
    );
    expect(issues.map((i) => [i.kind, i.records])).toEqual([
      ['duplicate', [0, 1]],
      ['contradiction', [2]],
    ]);
    expect(issues[1]!.message).toContain('chỉ xếp loại "Hoàn thành nhiệm vụ"');
  });
  it('finds nothing in a clean history: LĐTT and CSTĐCS of one year, different awards in one year', () => {
    expect(
      historyIssues(
        [
          { awardCode: 'advanced_worker', year: 2024 },
          { awardCode: 'grassroots_emulation_fighter', year: 2024 },
          { awardCode: 'certificate_of_merit_provincial', year: 2024 },
        ],
        [{ year: 2024, rating: 'excellent' }],
      ),
    ).toEqual([]);
  });
});
