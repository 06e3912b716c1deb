import {
  AwardsError,
  ruleSetFor,
  type BlocResult,
  type EligibilityInput,
  type MemberRecord,
  type Settings,
} from '@thidua/domain';
import { currentYearVn, type Clock } from '../../platform/clock.ts';
import { badRequest } from '../../platform/errors.ts';
import type { Subject, SubjectData } from '../awards/history/service.ts';

/**
 * Ratings read: no ladder looks further back (CSTĐ toàn quốc: two 3-year periods). The check and the
 * candidate list read the same window, so the history check they both make agrees.
 */
export const LOOKBACK_YEARS = 12;
export const ACTIVE = ['working', 'on_leave'];

/** The achievement year (năm thành tích) asked for must have begun by the app's today. */
export function assertYear(year: number, clock: Clock): void {
  const last = currentYearVn(clock);
  if (year > last)
    throw badRequest('year_out_of_range', `Năm ${year} chưa diễn ra; chỉ xét đến năm ${last}.`, [
      { path: 'year', message: `Chỉ xét đến năm ${last}` },
    ]);
  try {
    ruleSetFor(year);
  } catch (e) {
    if (e instanceof AwardsError) throw badRequest(e.code, e.message, [{ path: 'year', message: e.message }]);
    throw e;
  }
}

export const ruleSetView = (year: number, settings?: Pick<Settings, 'ruleSetDay'>) => {
  const rs = ruleSetFor(year, settings);
  return { id: rs.id, instrument: rs.instrument };
};

export function inputOf(
  subject: Pick<Subject, 'kind' | 'id' | 'name' | 'recruitedOn'>,
  data: SubjectData | undefined,
  awardCode: string,
  year: number,
  members?: MemberRecord[],
  /** The consideration date: review flags open that day refuse (ND 152 Art 4 cl. 3). */
  asOf?: string,
  /** A collective's places in published bloc rankings (the flags' "leads its bloc"). */
  blocResults?: readonly BlocResult[],
): EligibilityInput {
  return {
    subject: {
      kind: subject.kind,
      id: subject.id,
      name: subject.name,
      ...(subject.recruitedOn ? { recruitedOn: subject.recruitedOn } : {}),
      maternityLeaves: data?.maternityLeaves ?? [],
    },
    awardCode,
    year,
    awards: data?.awards ?? [],
    ratings: data?.ratings ?? [],
    initiatives: data?.initiatives ?? [],
    discipline: data?.discipline ?? [],
    reviewFlags: data?.reviewFlags ?? [],
    ...(members ? { members } : {}),
    ...(asOf ? { asOf } : {}),
    ...(blocResults?.length ? { blocResults } : {}),
  };
}

export const member = (p: { id: string; full_name: string }, d: SubjectData | undefined): MemberRecord => ({
  id: p.id,
  name: p.full_name,
  awards: d?.awards ?? [],
  ratings: d?.ratings ?? [],
  discipline: d?.discipline ?? [],
});
