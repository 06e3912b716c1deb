import type { SummaryData } from '@thidua/contracts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { SummaryBuilder, planBaseYear, scopeText } from './summaryBuild.ts';
import { commendationsChapter } from './summaryCommendations.ts';
import { initiativesChapter, movementsChapter, type SummaryScope } from './summaryEmulation.ts';
import { reformChapter } from './summaryReform.ts';
import { sectorChapter } from './summarySector.ts';

export type { SummaryData, SummaryChapter, SummaryFigure, SummarySource, SummaryTable } from '@thidua/contracts';
export type { SummaryScope } from './summaryEmulation.ts';

export interface SummaryInput {
  /** The unit reported on (its subtree counts); the department at the root without it. */
  orgId?: string | undefined;
  from: number;
  to: number;
  /** The day the registries are read at; 31/12 of `to`, or today when the span reaches the current year. */
  asOf?: string | undefined;
}

/** 31/12 of the span's last year, or today while that year is not over. */
export const defaultAsOf = (today: string, to: number) => (Number(today.slice(0, 4)) <= to ? today : `${to}-12-31`);

/**
 * Every figure of the summary report over the years `from`–`to`, computed from the modules that hold the data
 * (docs/reports.md "The summary report"), each naming its source for the appendix "Nguồn số liệu". A figure the
 * data does not give is `null` ("không có số liệu"), never 0. The caller checks the span and the user's scope.
 */
export async function computeSummary(deps: Deps, input: SummaryInput): Promise<SummaryData> {
  const tree = await deps.tree.fresh();
  const orgId = input.orgId ?? tree.roots()[0];
  if (!orgId || !tree.has(orgId)) throw notFound('cơ quan, đơn vị');
  const whole = tree.roots().includes(orgId);
  const orgName = tree.name(orgId);
  const scope: SummaryScope = {
    orgId,
    orgName,
    ids: whole ? null : tree.subtree(orgId),
    from: input.from,
    to: input.to,
    base: planBaseYear(input.from),
    asOf: input.asOf ?? defaultAsOf(todayVn(clockOf(deps)), input.to),
    filter: scopeText(orgName, whole),
  };
  const b = new SummaryBuilder();
  // In the report's order, one after another: the appendix numbers sources as they are first used.
  await movementsChapter(deps, scope, b);
  await initiativesChapter(deps, scope, b);
  await commendationsChapter(deps, scope, b);
  await reformChapter(deps, scope, b);
  await sectorChapter(deps, scope, b);
  return {
    orgId,
    orgName,
    from: input.from,
    to: input.to,
    asOf: scope.asOf,
    computedAt: clockOf(deps).now().toISOString(),
    chapters: b.result(),
    sources: b.sources,
  };
}
