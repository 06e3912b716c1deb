import { describe, expect, it } from 'vitest';
import { inDays, simplificationOf, timeLimitLabel, totalsBy } from './simplification.ts';

describe('simplification of an amended procedure', () => {
  it('counts days cut and the yearly compliance cost saved on the previous version’s dossiers', () => {
    // 15 → 10 working days; 1,200,000 → 900,000 đồng a dossier; 250 dossiers a year before.
    const f = simplificationOf(
      { timeAmount: 15, timeUnit: 'working_days', complianceCost: 1_200_000, yearlyDossiers: 250 },
      { timeAmount: 10, timeUnit: 'working_days', complianceCost: 900_000, yearlyDossiers: 300 },
      'dossiers_per_year',
    );
    expect(f).toMatchObject({ comparable: true, kind: 'working', daysCut: 5, costCutPerDossier: 300_000 });
    expect(f.costCut).toBe(75_000_000);
  });

  it('converts working hours at eight a day and compares them with working days', () => {
    expect(inDays(4, 'working_hours')).toEqual({ days: 0.5, kind: 'working' });
    const f = simplificationOf(
      { timeAmount: 2, timeUnit: 'working_days', complianceCost: 0, yearlyDossiers: 0 },
      { timeAmount: 4, timeUnit: 'working_hours', complianceCost: 0, yearlyDossiers: 0 },
      'per_dossier',
    );
    expect(f.daysCut).toBe(1.5);
    expect(f.note).toContain('8 giờ = 1 ngày làm việc');
  });

  it('does not compare working days with calendar days, and says so', () => {
    const f = simplificationOf(
      { timeAmount: 30, timeUnit: 'calendar_days', complianceCost: 500_000, yearlyDossiers: 10 },
      { timeAmount: 15, timeUnit: 'working_days', complianceCost: 400_000, yearlyDossiers: 10 },
      'per_dossier',
    );
    expect(f).toMatchObject({ comparable: false, daysCut: null, costCut: 100_000 });
    expect(f.note).toBe('Không so sánh thời hạn: trước tính theo ngày, sau tính theo ngày làm việc.');
  });

  it('sums by group, keeping working and calendar days apart', () => {
    const side = (timeAmount: number, timeUnit: 'working_days' | 'calendar_days', cost: number) => ({
      timeAmount,
      timeUnit,
      complianceCost: cost,
      yearlyDossiers: 10,
    });
    const items = [
      {
        y: '2026',
        figures: simplificationOf(side(10, 'working_days', 100), side(7, 'working_days', 60), 'dossiers_per_year'),
      },
      {
        y: '2026',
        figures: simplificationOf(side(30, 'calendar_days', 50), side(20, 'calendar_days', 50), 'dossiers_per_year'),
      },
      {
        y: '2027',
        figures: simplificationOf(side(30, 'calendar_days', 50), side(5, 'working_days', 0), 'dossiers_per_year'),
      },
    ];
    const t = totalsBy(items, (i) => i.y);
    expect(t.get('2026')).toEqual({
      amendments: 2,
      notComparable: 0,
      workingDaysCut: 3,
      calendarDaysCut: 10,
      costCutPerDossier: 40,
      costCut: 400,
    });
    expect(t.get('2027')).toMatchObject({ amendments: 1, notComparable: 1, costCut: 500 });
  });

  it('labels a time limit as the catalog writes it', () => {
    expect(timeLimitLabel(15, 'working_days')).toBe('15 ngày làm việc');
    expect(timeLimitLabel(0.5, 'working_days')).toBe('0,5 ngày làm việc');
    expect(timeLimitLabel(30, 'calendar_days')).toBe('30 ngày');
  });
});
