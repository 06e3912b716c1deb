import { z } from 'zod';
import { CitationView } from './awards.ts';
import { Id, safeString } from './common.ts';
import { ACHIEVEMENT_YEAR_TEXT } from './achievementYear.ts';
import { SubjectRef } from './history.ts';

export const VerdictCode = z.enum(['eligible', 'not_eligible', 'needs_review']);
const Year = z.coerce.number().int().min(2000, 'Năm từ 2000').max(2100, 'Năm không hợp lệ');

export const EligibilityCheckRequest = z.strictObject({
  subjectId: Id,
  awardCode: safeString().min(1, 'Chưa chọn danh hiệu/hình thức').max(80),
  year: Year.describe(ACHIEVEMENT_YEAR_TEXT),
});

export const CriterionView = z.object({
  key: z.string(),
  /** Null: a human must judge (or a fact from outside is missing). */
  met: z.boolean().nullable(),
  detail: z.string(),
  evidence: z.array(z.string()),
  citation: CitationView,
});

export const EligibilityCheckResult = z.object({
  verdict: VerdictCode,
  awardCode: z.string(),
  awardName: z.string(),
  year: z.number().int().describe(ACHIEVEMENT_YEAR_TEXT),
  ruleSet: z.object({ id: z.string(), instrument: z.string() }),
  subject: SubjectRef,
  criteria: z.array(CriterionView),
  /**
   * Whether the subject registered for this title in that year's emulation
   * (null for awards nobody registers for, such as Bằng khen): a proposal for
   * an unregistered title is flagged.
   */
  registration: z.object({ registered: z.boolean(), movementName: z.string().nullable() }).nullable(),
});

export const CandidatesQuery = z.object({
  orgId: Id,
  year: Year.describe(ACHIEVEMENT_YEAR_TEXT),
  /** Only subjects qualifying for this award. */
  awardCode: safeString().max(80).optional(),
  /** `eligible` only, or also those a human must judge (default). */
  include: z.enum(['eligible', 'all']).default('all'),
});

export const CandidateAward = z.object({ code: z.string(), name: z.string(), verdict: VerdictCode });
export const Candidate = z.object({
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: Id,
  name: z.string(),
  orgId: Id,
  orgName: z.string(),
  awards: z.array(CandidateAward),
});
export const CandidateList = z.object({
  year: z.number().int().describe(ACHIEVEMENT_YEAR_TEXT),
  ruleSet: z.object({ id: z.string(), instrument: z.string() }),
  /** Awards the engine judged (the ladders it knows). */
  awardsJudged: z.array(
    z.object({ code: z.string(), name: z.string(), subject: z.enum(['individual', 'collective']) }),
  ),
  subjectsJudged: z.number().int(),
  items: z.array(Candidate),
});
export type CandidateList = z.infer<typeof CandidateList>;
