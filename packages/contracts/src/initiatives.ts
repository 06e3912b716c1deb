import { z } from 'zod';
import { TransitionView } from './workflow.ts';
import { ESCALATION_STATUSES, INITIATIVE_STATUSES, ROUND_STATUSES } from '@thidua/domain';
import { Id, Version, longText, text, PlausibleDate, safeString } from './common.ts';

const Year = z.coerce.number().int().min(1945, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');

export const InitiativeStatusCode = z.enum(INITIATIVE_STATUSES);
export const RoundStatusCode = z.enum(ROUND_STATUSES);

/** The provincial council's review of province-wide effect, tracked to its result. */
export const EscalationView = z.object({
  status: z.enum(ESCALATION_STATUSES),
  proposedOn: z.string(),
  resultOn: z.string().nullable(),
  decision: z.string(),
  note: z.string(),
});

/** The application form's fields (Initiative Charter): what the registry adds to the award engine's needs. */
export const InitiativeDossierFields = {
  problem: longText(8000).default(''),
  solution: longText(8000).default(''),
  novelty: longText(4000).default(''),
  firstAppliedOn: PlausibleDate.nullable().default(null),
  appliedAt: text(500, 0).default(''),
  /** Money saved or earned, in đồng. */
  benefitAmount: z
    .number()
    .int('Số tiền làm lợi là số nguyên (đồng)')
    .min(0, 'Số tiền làm lợi không được âm')
    .max(1e15)
    .nullable()
    .default(null),
  socialBenefit: longText(4000).default(''),
};

export const EscalationRequest = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('propose'),
    on: PlausibleDate,
    note: text(1000, 0).default(''),
    version: Version,
  }),
  z.strictObject({
    action: z.literal('result'),
    outcome: z.enum(['recognised', 'not_recognised']),
    on: PlausibleDate,
    /** The province's decision: "125/QĐ-UBND". */
    decision: text(120, 0).default(''),
    note: text(1000, 0).default(''),
    version: Version,
  }),
]);

export const RubricCriterionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/u, 'Mã tiêu chí: chữ thường không dấu, số, gạch dưới'),
  label: text(200),
  weight: z.number().min(0.1, 'Trọng số phải lớn hơn 0').max(1000),
  min: z.number().int().min(0).max(1000),
  max: z.number().int().min(1).max(1000),
  anchors: z.array(z.strictObject({ score: z.number(), text: text(300) })).max(20),
});
export const RoundPhaseSchema = z.strictObject({
  key: safeString().min(1).max(40),
  label: text(120),
  canScore: z.boolean(),
  seeOthers: z.boolean(),
  seeAuthors: z.boolean(),
});

/** The same shapes in responses (no input transforms: responses are only checked, never rewritten). */
export const RubricCriterionView = z.object({
  key: z.string(),
  label: z.string(),
  weight: z.number(),
  min: z.number(),
  max: z.number(),
  anchors: z.array(z.object({ score: z.number(), text: z.string() })),
});
export const RoundPhaseView = z.object({
  key: z.string(),
  label: z.string(),
  canScore: z.boolean(),
  seeOthers: z.boolean(),
  seeAuthors: z.boolean(),
});

export const ReviewerInput = z.strictObject({
  userId: Id,
  /** The reviewer as a person of the department, when he is one. */
  personId: Id.nullable().default(null),
  /** The unit he sits for; the department's root when none. */
  orgId: Id,
  /** Assigned by field; with `initiativeIds` empty too, he reviews the whole round. */
  fields: z.array(text(120)).max(50).default([]),
  initiativeIds: z.array(Id).max(500).default([]),
});

const RoundFields = {
  title: text(300),
  opensOn: PlausibleDate,
  closesOn: PlausibleDate,
  phases: z.array(RoundPhaseSchema).min(1, 'Cần ít nhất một giai đoạn').max(10).optional(),
  rubric: z.array(RubricCriterionSchema).min(1, 'Thang điểm cần ít nhất một tiêu chí').max(20).optional(),
  contestedStdev: z.number().int().min(1).max(100).default(15),
  initiativeIds: z.array(Id).max(500),
  reviewers: z.array(ReviewerInput).max(50),
};
export const CreateRoundRequest = z.strictObject(RoundFields);
export const UpdateRoundRequest = z.strictObject({ ...RoundFields, version: Version });
export const RoundActionRequest = z.strictObject({
  action: z.enum(['open', 'close', 'reopen', 'phase']),
  /** For `phase`: the index of the phase to move to. */
  phase: z.number().int().min(0).optional(),
  version: Version,
});

export const AggregateView = z.object({
  count: z.number().int(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  stdev: z.number().nullable(),
  contested: z.boolean(),
});

export const RoundView = z.object({
  id: Id,
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: RoundStatusCode,
  phases: z.array(RoundPhaseView),
  currentPhase: z.number().int(),
  rubric: z.array(RubricCriterionView),
  contestedStdev: z.number().int(),
  itemCount: z.number().int(),
  reviewerCount: z.number().int(),
  /** Score sheets saved (scored, abstained or declared recused) of those expected. */
  sheetsDone: z.number().int(),
  sheetsExpected: z.number().int(),
  version: Version,
});
export const RoundList = z.object({ items: z.array(RoundView) });

const ReviewStatus = z.enum(['scored', 'abstained', 'recused']);
export const SheetView = z.object({
  status: ReviewStatus,
  scores: z.record(z.string(), z.number()),
  total: z.number().nullable(),
  comment: z.string(),
  reason: z.string(),
  updatedAt: z.string(),
});

/** The chair's view of one initiative in a round: every sheet with its reviewer. */
export const RoundItemView = z.object({
  initiativeId: Id,
  title: z.string(),
  kind: z.string(),
  field: z.string(),
  orgName: z.string(),
  authors: z.array(z.object({ personId: Id, name: z.string(), share: z.number().int() })),
  outcome: z.enum(['pending', 'recognised', 'not_recognised']),
  aggregate: AggregateView,
  sheets: z.array(SheetView.extend({ reviewerId: Id, reviewerName: z.string() })),
  /** Reviewers kept off this initiative automatically, with the cause. */
  recused: z.array(z.object({ reviewerId: Id, reviewerName: z.string(), reason: z.string() })),
  /** Assigned reviewers who have not yet filed a sheet. */
  pending: z.array(z.object({ reviewerId: Id, reviewerName: z.string() })),
});
export const ReviewerView = z.object({
  id: Id,
  userId: Id,
  name: z.string(),
  personId: Id.nullable(),
  orgId: Id,
  orgName: z.string(),
  fields: z.array(z.string()),
  initiativeIds: z.array(Id),
  assigned: z.number().int(),
  done: z.number().int(),
});
export const RoundDetail = z.object({
  round: RoundView,
  items: z.array(RoundItemView),
  reviewers: z.array(ReviewerView),
  canManage: z.boolean(),
  /** What the manager may do with the round now (the server refuses by the same rules). */
  abilities: z.object({
    edit: z.boolean(),
    actions: z.array(z.enum(['open', 'close', 'reopen'])),
    phase: z.boolean(),
    recognise: z.boolean(),
  }),
  /** The round's status history, oldest first. */
  transitions: z.array(TransitionView),
});

/**
 * One initiative in a reviewer's queue. While the phase hides authors, nothing
 * here names them or their unit; others' scores only when the phase shows them.
 */
export const QueueItemView = z.object({
  roundId: Id,
  initiativeId: Id,
  title: z.string(),
  kind: z.string(),
  field: z.string(),
  summary: z.string(),
  problem: z.string(),
  solution: z.string(),
  novelty: z.string(),
  firstAppliedOn: z.string().nullable(),
  appliedAt: z.string(),
  benefitAmount: z.number().nullable(),
  socialBenefit: z.string(),
  orgName: z.string().nullable(),
  authors: z.array(z.object({ name: z.string(), share: z.number().int() })).nullable(),
  sheet: SheetView.nullable(),
  /** Kept off automatically; the reason is generic while authors are hidden. */
  recusedBecause: z.string().nullable(),
  others: z.object({ aggregate: AggregateView, totals: z.array(z.number()) }).nullable(),
});
export const ReviewQueue = z.object({
  rounds: z.array(RoundView.extend({ phase: RoundPhaseView, canScore: z.boolean(), refusal: z.string().nullable() })),
  items: z.array(QueueItemView),
});
export const ReviewQueueQuery = z.object({ roundId: Id.optional() });

export const SheetRequest = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('score'),
    scores: z.record(z.string(), z.number()),
    comment: longText(4000).default(''),
  }),
  z.strictObject({ action: z.literal('abstain'), comment: longText(4000).default('') }),
  z.strictObject({ action: z.literal('recuse'), reason: text(1000) }),
]);

export const RecognitionRequest = z.strictObject({
  initiativeIds: z.array(Id).min(1, 'Chưa chọn sáng kiến nào').max(500),
  outcome: z.enum(['recognised', 'not_recognised']),
  signedOn: PlausibleDate,
  signer: text(120),
  /** The count the chair saw in the preview: a changed selection is refused. */
  expectedCount: z.number().int().min(1),
});
export const RecognitionPreviewRequest = z.strictObject({
  initiativeIds: z.array(Id).min(1, 'Chưa chọn sáng kiến nào').max(500),
  outcome: z.enum(['recognised', 'not_recognised']).default('recognised'),
});
export const RecognitionPreview = z.object({
  count: z.number().int(),
  /** The number the recognising decision will take ("15/QĐ-SCT"); null when not recognising. */
  decisionNumber: z.string().nullable(),
  items: z.array(
    z.object({
      initiativeId: Id,
      title: z.string(),
      authors: z.string(),
      mean: z.number().nullable(),
      contested: z.boolean(),
    }),
  ),
  /** Selected initiatives that cannot take this outcome, with why. */
  refused: z.array(z.object({ initiativeId: Id, title: z.string(), reason: z.string() })),
});
export const RecognitionResult = z.object({ count: z.number().int(), decisionNumber: z.string().nullable() });

export const StatsQuery = z.object({ from: Year, to: Year });
const LevelCounts = z.object({
  grassroots: z.number().int(),
  provincial: z.number().int(),
  national: z.number().int(),
  /** Registered but not (yet) recognised. */
  unrecognised: z.number().int(),
});
export const InitiativeStats = z.object({
  from: z.number().int(),
  to: z.number().int(),
  total: z.number().int(),
  byLevel: LevelCounts,
  /** Recognised with province-wide effect or wider. */
  provincialOrWider: z.number().int(),
  byYear: z.array(LevelCounts.extend({ year: z.number().int(), total: z.number().int() })),
  byUnit: z.array(
    z.object({ orgId: Id, name: z.string(), total: z.number().int(), provincialOrWider: z.number().int() }),
  ),
  byField: z.array(z.object({ field: z.string(), total: z.number().int() })),
  byKind: z.array(z.object({ kind: z.string(), total: z.number().int() })),
});
