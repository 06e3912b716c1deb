import { z } from 'zod';
import { AttachmentView, Id, IsoDate, IsoDateTime, PlausibleDate, Version, longText, paged, text } from './common.ts';
import { listQuery } from './lists.ts';
import { NextStepView, TransitionView, UnavailableAction } from './workflow.ts';
import {
  ScorecardActionCode,
  ScorecardItemView,
  ScorecardKindCode,
  ScorecardStatusCode,
  ScorecardYear,
  ScoreSheetActionCode,
  ScoreSheetStatusCode,
  scorecardPoints,
} from './scorecards.ts';

/** Scoring cycles, member sheets, rankings and the bloc's minutes (docs/scorecards.md). */
// ---- cycles ------------------------------------------------------------------------------------------------

export const ScorecardsQuery = listQuery(['year', 'name', 'status'], '-year', {
  kind: ScorecardKindCode.optional(),
  year: ScorecardYear.optional(),
  blocId: Id.optional(),
  status: ScorecardStatusCode.optional(),
});
export const ScorecardSummary = z.object({
  id: Id,
  kind: ScorecardKindCode,
  year: z.number().int(),
  name: z.string(),
  status: ScorecardStatusCode,
  blocId: Id.nullable(),
  blocName: z.string().nullable(),
  templateId: Id,
  memberCount: z.number().int(),
  submittedCount: z.number().int(),
  selfDue: IsoDate.nullable(),
  appraisalDue: IsoDate.nullable(),
  publishedOn: IsoDate.nullable(),
  /** The leading member once ranked. */
  leader: z.object({ memberId: Id, name: z.string(), total: z.number() }).nullable(),
});
export const ScorecardList = paged(ScorecardSummary);

export const CreateScorecardRequest = z.strictObject({
  templateId: Id,
  name: text(300, 1, 'Tên kỳ chấm điểm').optional(),
  selfDue: PlausibleDate.nullable().default(null),
  appraisalDue: PlausibleDate.nullable().default(null),
  /** PAR index: the organisation scored (default: the department at the root). Bloc: the bloc year's members. */
  orgId: Id.nullable().default(null),
});
export const UpdateScorecardRequest = z.strictObject({
  name: text(300, 1, 'Tên kỳ chấm điểm'),
  selfDue: PlausibleDate.nullable(),
  appraisalDue: PlausibleDate.nullable(),
  decisionNumber: text(60, 0, 'Số quyết định').default(''),
  decisionDate: PlausibleDate.nullable().default(null),
  decisionSigner: text(200, 0, 'Người ký').default(''),
  note: longText(4000, 'Ghi chú').default(''),
  version: Version,
});

export const ScorecardMemberSummary = z.object({
  id: Id,
  orgId: Id.nullable(),
  name: z.string(),
  status: ScoreSheetStatusCode,
  selfTotal: z.number().nullable(),
  appraisedTotal: z.number().nullable(),
  surveyScore: z.number().nullable(),
  finalTotal: z.number().nullable(),
  rank: z.number().int().nullable(),
  classification: z.string(),
  submittedAt: IsoDateTime.nullable(),
  /** The member's head who signs its score sheet ('' while not given). */
  signerName: z.string(),
  /** The user may self-assess this sheet / appraise it. */
  canSelfAssess: z.boolean(),
  canAppraise: z.boolean(),
});

export const ScorecardAbilities = z.object({
  edit: z.boolean(),
  transitions: z.array(ScorecardActionCode),
  unavailable: z.array(UnavailableAction),
});
export const ScorecardView = ScorecardSummary.extend({
  maxTotal: z.number(),
  bonusCap: z.number(),
  penaltyCap: z.number(),
  decisionNumber: z.string(),
  decisionDate: IsoDate.nullable(),
  decisionSigner: z.string(),
  note: z.string(),
  members: z.array(ScorecardMemberSummary),
  abilities: ScorecardAbilities,
  nextStep: NextStepView.nullable(),
  transitionsLog: z.array(TransitionView),
  version: Version,
});
export const ScorecardTransitionRequest = z.strictObject({
  action: ScorecardActionCode,
  version: Version,
  reason: text(2000, 0, 'Lý do').optional(),
});

// ---- sheets ------------------------------------------------------------------------------------------------

export const SourceFigureView = z.object({
  source: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  detail: z.string(),
  computedAt: IsoDateTime,
});

export const AppraisalCode = z.enum(['accepted', 'reduced', 'explain']);
export const ScoreSheetScoreView = z.object({
  itemId: Id,
  selfPoints: z.number().nullable(),
  selfNote: z.string(),
  /** A computed item: the figure (frozen once submitted; live before) and the points it gives. */
  figure: SourceFigureView.nullable(),
  figurePoints: z.number().nullable(),
  appraisal: AppraisalCode.nullable(),
  appraisedPoints: z.number().nullable(),
  appraisalReason: z.string(),
  explanation: z.string(),
  /** appraised − self, when both are known. */
  difference: z.number().nullable(),
  evidence: z.array(AttachmentView),
});
export const ScoreSheetTotalsView = z.object({
  base: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  total: z.number(),
  byField: z.array(
    z.object({ itemId: Id, code: z.string(), name: z.string(), max: z.number(), points: z.number().nullable() }),
  ),
  missing: z.number().int(),
});
export const ScoreSheetAbilities = z.object({
  selfAssess: z.boolean(),
  appraise: z.boolean(),
  explain: z.boolean(),
  transitions: z.array(ScoreSheetActionCode),
  unavailable: z.array(UnavailableAction),
});
export const ScoreSheetView = z.object({
  scorecard: ScorecardSummary.pick({ id: true, kind: true, year: true, name: true, status: true }),
  member: ScorecardMemberSummary,
  items: z.array(ScorecardItemView),
  bonusCap: z.number(),
  penaltyCap: z.number(),
  maxTotal: z.number(),
  scores: z.array(ScoreSheetScoreView),
  selfTotals: ScoreSheetTotalsView,
  appraisedTotals: ScoreSheetTotalsView.nullable(),
  abilities: ScoreSheetAbilities,
  nextStep: NextStepView.nullable(),
  transitionsLog: z.array(TransitionView),
  version: Version,
});

export const SaveSelfScoresRequest = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        itemId: Id,
        points: scorecardPoints('Điểm tự chấm').nullable(),
        note: longText(2000, 'Ghi chú').default(''),
      }),
    )
    .max(1000),
  /** The member's head who signs the score sheet; left out, the name stays as it was. */
  signerName: text(200, 0, 'Người ký (thủ trưởng đơn vị)').optional(),
  version: Version,
});
export const SaveAppraisalRequest = z.strictObject({
  scores: z
    .array(
      z.strictObject({
        itemId: Id,
        appraisal: AppraisalCode,
        /** Required for `reduced` (below the self points); ignored for `accepted` (= self points). */
        points: scorecardPoints('Điểm thẩm định').nullable().default(null),
        reason: longText(2000, 'Lý do').default(''),
      }),
    )
    .max(1000),
  /** PAR index only: the sociological-survey component, added to the appraised total for the final score. */
  surveyScore: scorecardPoints('Điểm điều tra xã hội học').nullable().optional(),
  version: Version,
});
export const SaveExplanationRequest = z.strictObject({
  scores: z.array(z.strictObject({ itemId: Id, explanation: longText(4000, 'Nội dung giải trình') })).max(1000),
  version: Version,
});
export const ScoreSheetTransitionRequest = z.strictObject({
  action: ScoreSheetActionCode,
  version: Version,
  reason: text(2000, 0, 'Lý do').optional(),
});

// ---- ranking, minutes --------------------------------------------------------------------------------------

/** `GET /scorecards/{id}/ranking` (kept stable). */
export const ScorecardRanking = z.object({
  scorecardId: Id,
  kind: ScorecardKindCode,
  year: z.number().int(),
  name: z.string(),
  status: ScorecardStatusCode,
  maxTotal: z.number(),
  /** The tie-break keys applied, in order (settings). */
  tieBreak: z.array(z.string()),
  items: z.array(
    z.object({
      memberId: Id,
      orgId: Id.nullable(),
      name: z.string(),
      rank: z.number().int().nullable(),
      selfScore: z.number().nullable(),
      appraisedScore: z.number().nullable(),
      surveyScore: z.number().nullable(),
      finalScore: z.number().nullable(),
      difference: z.number().nullable(),
      classification: z.string(),
      byField: z.array(
        z.object({ code: z.string(), name: z.string(), max: z.number(), points: z.number().nullable() }),
      ),
      decidedBy: z.string().nullable(),
    }),
  ),
});

/** ScorecardYear-on-year results of one bloc (or the PAR index). */
export const ScorecardHistoryQuery = z.object({ kind: ScorecardKindCode, blocId: Id.optional() });
export const ScorecardHistory = z.object({
  years: z.array(z.number().int()),
  members: z.array(
    z.object({
      orgId: Id.nullable(),
      name: z.string(),
      results: z.array(
        z.object({ year: z.number().int(), rank: z.number().int().nullable(), finalScore: z.number().nullable() }),
      ),
    }),
  ),
});

export const ScorecardVotingMethod = z.enum(['show_of_hands', 'secret_ballot', 'paper_ballot']);
export const ScorecardMinutesInput = z.strictObject({
  heldOn: PlausibleDate,
  place: text(300, 0, 'Địa điểm').default(''),
  chair: text(200, 0, 'Chủ trì').default(''),
  secretary: text(200, 0, 'Thư ký').default(''),
  attendees: longText(4000, 'Thành phần').default(''),
  present: z.number().int().min(0).max(10_000, 'Số người dự họp quá lớn'),
  ballots: z.number().int().min(0).max(10_000, 'Số phiếu quá lớn'),
  votes: z
    .array(z.strictObject({ memberId: Id, votes: z.number().int().min(0).max(10_000, 'Số phiếu quá lớn') }))
    .max(200),
  conclusion: longText(4000, 'Kết luận').default(''),
  /**
   * `show_of_hands`: the tallies above as typed. `secret_ballot`: the tallies are taken from the closed council
   * session `councilSessionId` (its stored secret-ballot results); the typed present, ballots and votes are ignored.
   * `paper_ballot`: a secret ballot on paper by voters without accounts here; the counting committee's tallies as
   * typed, with the committee named in `tellers`.
   */
  votingMethod: ScorecardVotingMethod.default('show_of_hands'),
  councilSessionId: Id.nullable().default(null),
  tellers: text(500, 0, 'Ban kiểm phiếu').default(''),
  version: Version.nullable(),
});
/** The minutes as stored: plain strings (the input's trimming transforms cannot serialise a response). */
export const ScorecardMinutesView = z.object({
  heldOn: IsoDate,
  place: z.string(),
  chair: z.string(),
  secretary: z.string(),
  attendees: z.string(),
  present: z.number().int(),
  ballots: z.number().int(),
  votes: z.array(z.object({ memberId: Id, votes: z.number().int() })),
  conclusion: z.string(),
  votingMethod: ScorecardVotingMethod,
  tellers: z.string(),
  /** The council session whose secret ballot gave the tallies (secret ballot only). */
  councilSession: z.object({ id: Id, title: z.string(), heldOn: IsoDate, closedAt: z.string().nullable() }).nullable(),
  version: Version,
});

export type ScorecardView = z.infer<typeof ScorecardView>;
export type ScoreSheetView = z.infer<typeof ScoreSheetView>;
export type ScorecardRanking = z.infer<typeof ScorecardRanking>;
