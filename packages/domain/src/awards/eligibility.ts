import { assertSubject, awardByCode } from './catalog.ts';
import { cite, law, LAW_2022, type CriterionCitation } from './citations.ts';
import type { Citation } from './types.ts';
import type {
  AwardRecord,
  CriterionResult,
  EligibilityInput,
  EligibilityResult,
  RatingRecord,
  Verdict,
} from './eligibilityInput.ts';
import { buildLadders, type Ladder } from './ladders.ts';
import { historyIssues } from './history.ts';
import { check, type Context, type Criterion } from './predicates.ts';
import { citationUnder, ruleSetFor, type RuleSet } from './ruleSets.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

export interface EvaluateOptions {
  /** Stop at the first unmet criterion: same verdict, shorter explanation (candidate lists). */
  brief?: boolean;
}

/** Any unmet criterion refuses; otherwise any open one asks a human; otherwise eligible. */
export function verdictOf(criteria: readonly Pick<CriterionResult, 'met'>[]): Verdict {
  if (criteria.some((c) => c.met === false)) return 'not_eligible';
  if (criteria.some((c) => c.met === null)) return 'needs_review';
  return 'eligible';
}

export function ladderFor(
  awardCode: string,
  subject: Ladder['subject'],
  settings: Settings = DEFAULT_SETTINGS,
): Ladder | undefined {
  return buildLadders(settings).find((l) => l.awardCode === awardCode && l.subject === subject);
}

/** Initiative id → the first award that used it, excluding the award being judged itself. */
function firstUses(awards: readonly AwardRecord[], target: string, year: number): Map<string, AwardRecord> {
  const sorted = [...awards].sort(
    (a, b) => a.year - b.year || (a.decision?.date ?? '').localeCompare(b.decision?.date ?? ''),
  );
  const used = new Map<string, AwardRecord>();
  for (const r of sorted) {
    if (r.awardCode === target && r.year === year) continue;
    for (const id of r.initiativeIds ?? []) if (!used.has(id)) used.set(id, r);
  }
  return used;
}

const NO_USES = new Map<string, AwardRecord>();

/**
 * The history check depends only on the records and ratings, which a candidate run passes unchanged
 * to every ladder of a subject: computed once per pair of arrays (inputs are treated as immutable).
 */
const ISSUES = new WeakMap<readonly AwardRecord[], WeakMap<readonly RatingRecord[], string[]>>();
function issuesOf(awards: readonly AwardRecord[], ratings: readonly RatingRecord[]): string[] {
  let byRatings = ISSUES.get(awards);
  if (!byRatings) ISSUES.set(awards, (byRatings = new WeakMap()));
  let out = byRatings.get(ratings);
  if (!out) byRatings.set(ratings, (out = historyIssues(awards, ratings).map((i) => i.message)));
  return out;
}

/**
 * Judges one subject for one award and year. Pure: everything it reads is in `input`.
 * Throws AwardsError (Vietnamese message) for an unknown award code, a wrong subject kind or a year
 * before the 2022 Law.
 */
export function evaluate(input: EligibilityInput, options: EvaluateOptions = {}): EligibilityResult {
  const award = awardByCode(input.awardCode);
  assertSubject(award, input.subject.kind);
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const ruleSet = input.ruleSet ?? ruleSetFor(input.year, settings);
  const ladder = ladderFor(award.code, input.subject.kind, settings);
  const criteria: CriterionResult[] = [];

  const dups = issuesOf(input.awards, input.ratings);
  if (dups.length) {
    criteria.push({
      key: 'history_consistent',
      met: null,
      detail: 'Lịch sử khen thưởng có bản ghi trùng hoặc mâu thuẫn; cần kiểm tra lại trước khi xét.',
      evidence: dups,
      citation: law('Điều 5', 'V', 'S12'),
    });
  }

  if (!ladder) {
    criteria.push({
      key: 'not_encoded',
      met: null,
      detail: `Chưa mã hóa tiêu chuẩn xét "${award.name}" cho đối tượng này (tiêu chuẩn chưa được kiểm chứng hoặc cần đánh giá thành tích); cần xét thủ công.`,
      evidence: [],
      citation: catalogCitation(award.citation, ruleSet),
    });
    return { verdict: verdictOf(criteria), awardCode: award.code, year: input.year, ruleSet: ruleSet.id, criteria };
  }

  const ctx: Context = {
    input,
    settings,
    year: input.year,
    asOf: input.asOf ?? `${input.year + 1}-01-01`,
    // Most subjects hold no initiative: nothing to look up.
    usedInitiatives: input.initiatives?.length ? firstUses(input.awards, award.code, input.year) : NO_USES,
  };
  const yearRating = ratingOfYearNeeded(ladder.criteria);
  if (yearRating && !input.ratings.some((r) => r.year === input.year)) {
    // The year asked for is the achievement year: without its rating the engine says so, rather than
    // judging a window that ends earlier.
    criteria.push({
      key: 'achievement_year_rating',
      met: false,
      detail: `Chưa có kết quả xếp loại năm ${input.year}, năm thành tích (năm cuối của thời kỳ xét): chưa xét được "${award.name}" cho năm ${input.year}; xét lại khi đã có xếp loại năm ${input.year}.`,
      evidence: [`${input.year}: chưa có xếp loại`],
      citation: citationUnder(yearRating, ruleSet),
    });
    if (options.brief)
      return { verdict: 'not_eligible', awardCode: award.code, year: input.year, ruleSet: ruleSet.id, criteria };
  }
  for (const c of ladder.criteria) {
    const outcome = check(c, ctx);
    criteria.push({ key: c.key, ...outcome, citation: citationUnder(c.citation, ruleSet) });
    if (options.brief && outcome.met === false) break;
  }
  if (ladder.route) {
    // Other routes (outstanding in a movement, ad-hoc feats) need the council's judgement.
    criteria.push({
      key: 'other_routes',
      met: true,
      detail: `Xét theo ${ladder.route}; các điểm khác của điều này (thành tích trong phong trào, đột xuất) do Hội đồng đánh giá riêng.`,
      evidence: [],
      citation: cite(LAW_2022, ladder.route, 'V'),
    });
  }
  return { verdict: verdictOf(criteria), awardCode: award.code, year: input.year, ruleSet: ruleSet.id, criteria };
}

/**
 * The citation of a criterion that needs the achievement year's own rating (a rating over consecutive
 * years ending in Y, required rather than one route among others), or undefined.
 */
function ratingOfYearNeeded(criteria: readonly Criterion[]): CriterionCitation | undefined {
  for (const c of criteria) {
    if (c.test.p === 'rating' && c.test.atLeast === undefined) return c.citation;
    if (c.test.p === 'all') {
      const inner = ratingOfYearNeeded(c.test.of);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** An award's own basis when the rule set judged knows its instrument; else the Law, article not given. */
function catalogCitation(c: Citation, rs: RuleSet): Citation {
  return rs.instruments.includes(c.instrument) ? c : cite(LAW_2022, null, 'U');
}
