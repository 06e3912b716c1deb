import { describe, expect, it } from 'vitest';
import { parRecord, rankText, type ParRow } from './record.ts';

const row = (year: number, rank: number | null, score: number | null = 90, of: number | null = 20): ParRow => ({
  id: String(year),
  orgId: 'o',
  year,
  selfScore: null,
  appraisedScore: null,
  surveyScore: null,
  score,
  rank,
  of,
  classification: '',
  decision: null,
  scorecardId: null,
  note: '',
  version: 1,
});

describe('the PAR record shown from the rows', () => {
  it('finds the run of first or second places up to the latest year, and counts the firsts', () => {
    const rows = [row(2015, 4), row(2016, 2), row(2017, 1), row(2018, 1, 92.5), row(2019, 2)];
    expect(parRecord(rows)).toMatchObject({
      streak: { from: 2016, to: 2019, allFirst: false },
      firsts: 2,
      ranked: 5,
      best: { year: 2018, score: 92.5 },
    });
  });

  it('ends the run at a missing year or a year without a rank, and has none when the latest is third', () => {
    expect(parRecord([row(2016, 1), row(2018, 1), row(2019, 1)]).streak).toEqual({
      from: 2018,
      to: 2019,
      allFirst: true,
    });
    expect(parRecord([row(2016, 1), row(2017, null), row(2018, 2)]).streak).toEqual({
      from: 2018,
      to: 2018,
      allFirst: false,
    });
    expect(parRecord([row(2016, 1), row(2017, 3)]).streak).toBeNull();
    expect(parRecord([])).toMatchObject({ streak: null, latest: null, best: null, ranked: 0 });
  });

  it('writes a rank as the province announces it', () => {
    expect(rankText({ rank: 1, of: 21 })).toBe('1/21');
    expect(rankText({ rank: 2, of: null })).toBe('2');
    expect(rankText({ rank: null, of: 20 })).toBe('—');
  });
});
