import type { Kysely, Transaction } from 'kysely';
import type { SettingValues } from '@thidua/contracts';
import type { OfficeSession, ScorecardSettings, Settings, VotingSettings } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { getSetting, readSettings } from './service.ts';

/**
 * The stored settings in the shapes the domain's engines take. Services call these (in their own
 * transaction when they have one) instead of passing the domain's defaults.
 */
type Executor = Kysely<Database> | Transaction<Database>;

/** Eligibility and bonus rules: the domain's `Settings`, assembled from the keys an admin edits. */
export function awardSettingsOf(v: SettingValues): Settings {
  return {
    ruleSetDay: v['eligibility.ruleSetDay'],
    bonusRounding: v['bonus.rounding'],
    unverifiedBaseSalaries: v['bonus.baseSalaries'],
    bonusMultiples: v['bonus.multiples'],
    collectiveFormFactor: v['bonus.collectiveFormFactor'],
    minTenureMonths: v['eligibility.minTenureMonths'],
    advancedCollectiveShare: v['eligibility.advancedCollectiveShare'],
    excellentCollectiveShare: v['eligibility.excellentCollective'].share,
    excellentCollectiveMinFighters: v['eligibility.excellentCollective'].minFighters,
    collectiveProvincialMeritYears: v['eligibility.collectiveProvincialMeritYears'],
    individualDisciplineFrom: v['eligibility.individualDisciplineFrom'],
    ministryFlagNeedsExcellentCollective: v['eligibility.flagConditions'].ministryFlagNeedsExcellentCollective,
    flagNeedsExcellentRating: v['eligibility.flagConditions'].flagNeedsExcellentRating,
  };
}

export const awardSettings = async (db: Executor): Promise<Settings> => awardSettingsOf(await readSettings(db));

export const votingSettings = (db: Executor): Promise<VotingSettings> => getSetting(db, 'council.voting');

export const postingDays = (db: Executor): Promise<number> => getSetting(db, 'proposals.postingDays');

/** The office day in the shape `dueAt` takes: the morning session, then the afternoon one. */
export async function officeHours(db: Executor): Promise<OfficeSession[]> {
  const v = await getSetting(db, 'calendar.officeHours');
  return [
    { start: v.morningStart, end: v.morningEnd },
    { start: v.afternoonStart, end: v.afternoonEnd },
  ];
}

/** The scorecards' rules in force: tie-break order, classification bands, explanation rounds, evidence kinds. */
export async function scorecardSettings(db: Executor): Promise<ScorecardSettings> {
  const v = await readSettings(db);
  return {
    tieBreak: v['scorecards.tieBreak'],
    bands: v['scorecards.bands'],
    explanationRounds: v['scorecards.explanationRounds'],
    evidenceTypes: v['scorecards.evidenceTypes'],
  };
}
