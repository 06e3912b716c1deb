import type { Kysely } from 'kysely';
import type { ScoringRule, SourceFigure } from '@thidua/domain';
import type { Database } from '../../../db/schema.ts';

/**
 * The computed criteria's sources (docs/scorecards.md): figures the product already holds (the one-stop desk,
 * initiatives, movements, statistics), counted for a member and a year. A figure with nothing to count has
 * `value: null` ("không đủ số liệu"), never a made-up number.
 */
export interface SourceQuery {
  /** The member's organisation (its subtree is counted); null for a member outside the department. */
  orgId: string | null;
  year: number;
  /** ISO instant of the computation (the server's clock). */
  now: string;
}

export interface ScorecardSource {
  key: string;
  label: string;
  unit: string;
  module: 'onestop' | 'initiatives' | 'movements' | 'statistics';
  description: string;
  suggested: ScoringRule | null;
  compute(db: Kysely<Database>, q: SourceQuery): Promise<SourceFigure>;
}

export const SCORECARD_SOURCES: readonly ScorecardSource[] = [];

export const sourceByKey = (key: string): ScorecardSource | undefined => SCORECARD_SOURCES.find((s) => s.key === key);

/** The figure of one source; an unknown key is a programming error (templates are validated when saved). */
export async function computeFigure(db: Kysely<Database>, key: string, q: SourceQuery): Promise<SourceFigure> {
  const source = sourceByKey(key);
  if (!source) throw new Error(`unknown scorecard source ${key}`);
  return source.compute(db, q);
}
