import type { z } from 'zod';
import type { EligibilityCheckRequest, EligibilityCheckResult } from '@thidua/contracts';
import { AwardsError, REGISTRABLE_TITLES, assertSubject, awardByCode, evaluate } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { badRequest } from '../../platform/errors.ts';
import { loadSubjectData, resolveSubject } from '../awards/history/service.ts';
import { registeredTitles } from '../movements/service.ts';
import { awardSettings } from '../settings/read.ts';
import { publishedBlocResults } from './blocResults.ts';
import { ACTIVE, LOOKBACK_YEARS, assertYear, inputOf, member, ruleSetView } from './input.ts';

/**
 * One subject, one award, one achievement year: the verdict with every criterion explained. Review
 * flags are read on the consideration date: today by the app's clock, or a proposal's date.
 */
export async function checkEligibility(
  deps: Deps,
  user: RequestUser,
  req: z.output<typeof EligibilityCheckRequest>,
  opts: { asOf?: string } = {},
): Promise<z.infer<typeof EligibilityCheckResult>> {
  const { subject } = await resolveSubject(deps, user, req.subjectId);
  let award;
  try {
    award = awardByCode(req.awardCode);
    assertSubject(award, subject.kind);
  } catch (e) {
    if (e instanceof AwardsError) throw badRequest(e.code, e.message, [{ path: 'awardCode', message: e.message }]);
    throw e;
  }
  assertYear(req.year, clockOf(deps));
  const asOf = opts.asOf ?? todayVn(clockOf(deps));
  const db = deps.db.kysely;
  const members =
    subject.kind === 'collective'
      ? await db
          .selectFrom('people')
          .select(['id', 'full_name'])
          .where('org_id', '=', subject.id)
          .where('status', 'in', ACTIVE)
          .execute()
      : [];
  const data = await loadSubjectData(deps.db, [subject.id, ...members.map((m) => m.id)], {
    sinceYear: req.year - LOOKBACK_YEARS,
    details: true,
  });
  const settings = await awardSettings(db);
  const blocs =
    subject.kind === 'collective'
      ? (await publishedBlocResults(db, [subject.id], { from: req.year, to: req.year })).get(subject.id)
      : undefined;
  const result = evaluate({
    ...inputOf(
      subject,
      data.get(subject.id),
      award.code,
      req.year,
      subject.kind === 'collective' ? members.map((m) => member(m, data.get(m.id))) : undefined,
      asOf,
      blocs,
    ),
    settings,
  });
  const registrable = (REGISTRABLE_TITLES as readonly string[]).includes(award.code);
  const registered = registrable
    ? (await registeredTitles(db, req.year, [subject.id])).find((r) => r.awardCode === award.code)
    : undefined;
  return {
    verdict: result.verdict,
    awardCode: award.code,
    awardName: award.name,
    year: req.year,
    ruleSet: ruleSetView(req.year, settings),
    subject,
    criteria: result.criteria.map((c) => ({
      key: c.key,
      met: c.met,
      detail: c.detail,
      evidence: c.evidence,
      citation: { instrument: c.citation.instrument, article: c.citation.article, confidence: c.citation.confidence },
    })),
    registration: registrable ? { registered: !!registered, movementName: registered?.movementName ?? null } : null,
  };
}

export { computeCandidates } from './candidates.ts';
