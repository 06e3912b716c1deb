/** Builders for the awards tests (not exported from the package). */
import type {
  AwardRecord,
  CriterionResult,
  EligibilityResult,
  EligibilityInput,
  InitiativeRecord,
  MemberRecord,
  RatingRecord,
} from './eligibilityInput.ts';
import type { Rating } from './types.ts';

export function ratings(byYear: Record<number, Rating>): RatingRecord[] {
  return Object.entries(byYear).map(([y, rating]) => ({ year: Number(y), rating }));
}

/** Same rating for every year in [from, to]. */
export function ratingsRange(from: number, to: number, rating: Rating): RatingRecord[] {
  const out: RatingRecord[] = [];
  for (let y = from; y <= to; y++) out.push({ year: y, rating });
  return out;
}

let decisionSeq = 0;
export function held(awardCode: string, year: number, extra: Partial<AwardRecord> = {}): AwardRecord {
  decisionSeq++;
  return { awardCode, year, decision: { number: `${decisionSeq}/QĐ-SCT`, date: `${year + 1}-01-15` }, ...extra };
}

export function initiative(id: string, level: InitiativeRecord['level'], recognisedOn: string): InitiativeRecord {
  return { id, title: `Cải tiến ${id}`, kind: 'initiative', level, recognisedOn, decision: { number: `${id}/QĐ-SCT` } };
}

export function person(awardCode: string, year: number, extra: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    subject: { kind: 'individual', id: 'p1', name: 'Nguyễn Thị An', recruitedOn: '2015-03-01' },
    awardCode,
    year,
    awards: [],
    ratings: [],
    ...extra,
  };
}

export function collective(awardCode: string, year: number, extra: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    subject: { kind: 'collective', id: 'c1', name: 'Phòng Quản lý công nghiệp' },
    awardCode,
    year,
    awards: [],
    ratings: [],
    ...extra,
  };
}

/** `n` members; the first `advanced` hold LĐTT in `year`, all rated good. */
export function members(n: number, advanced: number, year: number): MemberRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Thành viên ${i + 1}`,
    awards: i < advanced ? [held('advanced_worker', year)] : [],
    ratings: [{ year, rating: 'good' as const }],
  }));
}

export function crit(r: EligibilityResult, key: string): CriterionResult {
  const c = r.criteria.find((x) => x.key === key);
  if (!c) throw new Error(`no criterion ${key}`);
  return c;
}

/** Keys of the unmet criteria. */
export const failing = (r: EligibilityResult): string[] => r.criteria.filter((c) => c.met === false).map((c) => c.key);

export const fighterYears = (...years: number[]): AwardRecord[] =>
  years.map((y) => held('grassroots_emulation_fighter', y));
