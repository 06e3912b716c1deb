import type { Kysely } from 'kysely';
import type { ScoringRule, SourceFigure } from '@thidua/domain';
import type { Database } from '../../../db/schema.ts';
import { initiativesRecognised } from './initiatives.ts';
import { movementTargetsMet } from './movements.ts';
import { ONESTOP_SOURCES } from './onestop.ts';
import { statisticsOnTime } from './statistics.ts';
import { workTasksOnTime } from './workTasks.ts';

/**
 * The computed criteria's sources (docs/scorecards.md): figures the product already holds (the one-stop desk,
 * initiatives, movements, statistics, work programmes), counted for a member and a year. A figure with nothing to count has
 * `value: null` ("không đủ số liệu"), never a made-up number. Each figure names its query period (1/1–31/12 of the
 * year, or 1/1 to the day of `now` while the year runs) and says in `detail` what was counted, so an auditor can
 * count it again; the counting rules are the modules' own (Biểu 06, the movement dashboard, the submissions list).
 */
export interface SourceQuery {
  /**
   * The member's organisation (its subtree is counted); null counts the whole department (every organisation).
   * A member outside the department has no records here: its computed items are not asked of the sources.
   */
  orgId: string | null;
  year: number;
  /** ISO instant of the computation (the server's clock). */
  now: string;
}

export interface ScorecardSource {
  key: string;
  label: string;
  unit: string;
  module: 'onestop' | 'initiatives' | 'movements' | 'statistics' | 'workProgrammes';
  description: string;
  suggested: ScoringRule | null;
  compute(db: Kysely<Database>, q: SourceQuery): Promise<SourceFigure>;
}

/** In the order a template editor offers them. */
export const SCORECARD_SOURCES: readonly ScorecardSource[] = [
  ...ONESTOP_SOURCES,
  initiativesRecognised,
  movementTargetsMet,
  statisticsOnTime,
  workTasksOnTime,
];

export const sourceByKey = (key: string): ScorecardSource | undefined => SCORECARD_SOURCES.find((s) => s.key === key);

/** The figure of one source; an unknown key is a programming error (templates are validated when saved). */
export async function computeFigure(db: Kysely<Database>, key: string, q: SourceQuery): Promise<SourceFigure> {
  const source = sourceByKey(key);
  if (!source) throw new Error(`unknown scorecard source ${key}`);
  return source.compute(db, q);
}
