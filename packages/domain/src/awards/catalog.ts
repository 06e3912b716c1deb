import { COMMENDATION_FORMS } from './catalogForms.ts';
import { EMULATION_TITLES } from './catalogTitles.ts';
import { audienceOf } from './audiences.ts';
import { AwardsError, type Award, type SubjectKind } from './types.ts';

/**
 * Every emulation title and commendation form of the reference (Law 06/2022 Art 9 and Ch. II),
 * each with its audience when it is not for a civilian agency's staff (`audiences.ts`).
 */
export const AWARD_CATALOG: readonly Award[] = [...EMULATION_TITLES, ...COMMENDATION_FORMS].map((a) => {
  const audience = audienceOf(a.code);
  return audience ? { ...a, audience } : a;
});

const BY_CODE = new Map(AWARD_CATALOG.map((a) => [a.code, a]));

export function findAward(code: string): Award | undefined {
  return BY_CODE.get(code);
}

/** The award, or a Vietnamese error for an unknown code (never a guess). */
export function awardByCode(code: string): Award {
  const award = BY_CODE.get(code);
  if (!award)
    throw new AwardsError('unknown_award', `Không có danh hiệu thi đua hoặc hình thức khen thưởng mã "${code}".`);
  return award;
}

/** Refuses e.g. a collective title for a person. */
export function assertSubject(award: Award, subject: SubjectKind): void {
  if (!award.subjects.includes(subject)) {
    const who = { individual: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình' }[subject];
    throw new AwardsError('wrong_subject', `"${award.name}" không xét tặng cho ${who}.`);
  }
}

/** The catalog as in force on an ISO date (for `GET /awards/catalog?date=`). */
export function catalogAt(date: string): Award[] {
  return AWARD_CATALOG.filter((a) => a.validFrom <= date && (a.validTo === null || date <= a.validTo));
}
