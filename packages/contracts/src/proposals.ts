import { z } from 'zod';
import { ACHIEVEMENT_YEAR_TEXT } from './achievementYear.ts';
import { listQuery } from './lists.ts';
import { NextStepView, TransitionView, UnavailableAction } from './workflow.ts';
import {
  COMMENDATION_TYPES,
  COMPARISONS,
  COUNCIL_ROLES,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
  VOTE_CHOICES,
} from '@thidua/domain';
import { CitationView } from './awards.ts';
import {
  AttachmentView,
  Id,
  IsoDateTime,
  Version,
  longText,
  text,
  PlausibleDate,
  namedDate,
  safeString,
  paged,
} from './common.ts';

const Year = z.coerce.number().int().min(1945, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const Subject = z.enum(['individual', 'collective']);
const Verdict = z.enum(['eligible', 'not_eligible', 'needs_review']);

export const ProposalStatusCode = z.enum(PROPOSAL_STATUSES);
export const ProposalActionCode = z.enum(PROPOSAL_ACTIONS);

export const ProposalItemInput = z.strictObject({
  /** Present for an item already in the dossier (its return reason and history stay). */
  id: Id.optional(),
  subjectKind: Subject,
  subjectId: Id,
  awardCode: safeString().min(1, 'Chưa chọn hình thức khen thưởng').max(80),
  /** The achievement report (báo cáo thành tích, Mẫu 02/03) in brief. */
  achievement: longText(8000).default(''),
  /** Required when the subject does not qualify: why propose anyway (shown to the council). */
  justification: longText(2000).default(''),
  /** Initiatives the award rests on (evidence for CSTĐCS and the like); each may found one award only. */
  initiativeIds: z.array(Id).max(10).default([]),
});

const ProposalFields = {
  /** The proposing unit (a unit of the department, or the department itself for higher levels). */
  orgId: Id,
  /** Trích yếu: "Đề nghị khen thưởng thành tích năm 2026". */
  title: text(300),
  commendationType: z.enum(COMMENDATION_TYPES).default('periodic'),
  year: Year.describe(ACHIEVEMENT_YEAR_TEXT),
  /** The simplified procedure (thủ tục đơn giản, Law Art 85) for an outstanding ad-hoc feat. */
  simplified: z.boolean().default(false),
  movementId: Id.nullable().default(null),
  items: z.array(ProposalItemInput).max(2000),
};
export const CreateProposalRequest = z.strictObject(ProposalFields);
export const UpdateProposalRequest = z.strictObject({ ...ProposalFields, version: Version });

export const VoteResult = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  abstain: z.number().int(),
  eligible: z.number().int(),
  share: z.number(),
  threshold: z.number(),
  /** Whether the share had to reach the threshold (`at_least`) or exceed it (`more_than`), as judged at the close. */
  comparison: z.enum(COMPARISONS),
  /** Ballots cast (agree + disagree + abstain). */
  cast: z.number().int(),
  /** Every member entitled to vote agreed: only then does the result say "nhất trí". */
  unanimous: z.boolean(),
  approved: z.boolean(),
  /** "Không đạt: 2/4 phiếu đồng ý (50%), ngưỡng: trên 50%". */
  text: z.string(),
});

export const ProposalItemView = z.object({
  id: Id,
  subjectKind: Subject,
  subjectId: Id,
  subjectName: z.string(),
  orgId: Id,
  orgName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  achievement: z.string(),
  justification: z.string(),
  initiatives: z.array(z.object({ id: Id, title: z.string() })),
  /** The eligibility verdict taken when the dossier was submitted; null before. */
  verdict: Verdict.nullable(),
  /** The criteria that failed or need a human, as the engine worded them. */
  verdictNotes: z.array(z.string()),
  /** Proposed although not eligible (with a justification), or for a title not registered: the council sees it. */
  flags: z.array(z.string()),
  returnReason: z.string(),
  outcome: z.enum(['pending', 'approved', 'not_approved', 'decided', 'withdrawn']),
  /** Only once the session has closed. */
  vote: VoteResult.nullable(),
  decisionNumber: z.string().nullable(),
});

export const ProposalSummary = z.object({
  id: Id,
  orgId: Id,
  orgName: z.string(),
  title: z.string(),
  commendationType: z.enum(COMMENDATION_TYPES),
  year: z.number().int().describe(ACHIEVEMENT_YEAR_TEXT),
  status: ProposalStatusCode,
  itemCount: z.number().int(),
  flaggedCount: z.number().int(),
  submittedAt: IsoDateTime.nullable().describe(
    'Ngày của hồ sơ: lúc gửi (khác năm thành tích); ngày xét "đang bị xem xét" khi gửi. / The dossier\'s date: when it was submitted.',
  ),
  updatedAt: IsoDateTime,
  /** What a clerk picking the dossier from a list saw: a later change is refused (409). */
  version: Version,
});

export const ProposalView = ProposalSummary.extend({
  simplified: z.boolean(),
  movementId: Id.nullable(),
  /** Every item's award is decided by the Director (else the dossier is forwarded upward). */
  decidedHere: z.boolean(),
  postingFrom: z.string().nullable(),
  postingTo: z.string().nullable(),
  items: z.array(ProposalItemView),
  transitions: z.array(TransitionView),
  attachments: z.array(AttachmentView),
  abilities: z.object({
    edit: z.boolean(),
    actions: z.array(ProposalActionCode),
    attach: z.boolean(),
    /** Actions of the user's role that a rule closes now, each with the refusal the server would give. */
    unavailable: z.array(UnavailableAction),
  }),
  nextStep: NextStepView.nullable(),
  version: Version,
  createdAt: IsoDateTime,
});

export const PROPOSAL_SORTS = ['updatedAt', 'title', 'year', 'submittedAt'] as const;
export const ProposalsQuery = listQuery(PROPOSAL_SORTS, '-updatedAt', {
  status: ProposalStatusCode.optional(),
  orgId: Id.optional(),
  year: Year.optional(),
  /** Dossiers whose public posting ends on or before this day (those already ended included). */
  postingEndsBy: namedDate('Hết công khai đến ngày').optional(),
});
export const ProposalList = paged(ProposalSummary);

export const ProposalTransitionRequest = z.strictObject({
  action: ProposalActionCode,
  reason: longText(2000).default(''),
  /** For "return": what each item must supplement. */
  itemReasons: z
    .array(z.strictObject({ itemId: Id, reason: text(1000) }))
    .max(2000)
    .default([]),
  version: Version,
});

// Council (Hội đồng Thi đua – Khen thưởng)
export const CouncilMemberView = z.object({
  id: Id,
  userId: Id,
  personId: Id.nullable(),
  name: z.string(),
  role: z.enum(COUNCIL_ROLES),
  orgId: Id,
  orgName: z.string(),
  termFrom: z.string(),
  termTo: z.string().nullable(),
  active: z.boolean(),
  version: Version,
});
export const SaveCouncilMemberRequest = z.strictObject({
  userId: Id,
  /** The member as a person of the department (he is then recused from his own item). */
  personId: Id.nullable().default(null),
  role: z.enum(COUNCIL_ROLES),
  /** The member's own unit: he cannot vote on its items. */
  orgId: Id,
  termFrom: PlausibleDate,
  termTo: PlausibleDate.nullable().default(null),
  version: Version.optional(),
});
export const CouncilMemberList = z.object({ items: z.array(CouncilMemberView) });

export const CreateSessionRequest = z.strictObject({
  title: text(300),
  heldOn: PlausibleDate,
  venue: text(300, 0).default(''),
  /** Dossiers waiting for the council; their items form the agenda. */
  proposalIds: z.array(Id).min(1, 'Chọn ít nhất một hồ sơ').max(500),
});

export const SessionItemView = z.object({
  itemId: Id,
  proposalId: Id,
  subjectName: z.string(),
  orgName: z.string(),
  awardName: z.string(),
  flags: z.array(z.string()),
  /** The eligibility verdict at submission; null for items submitted before it was kept. */
  verdict: Verdict.nullable(),
  /** The criteria not met (or left to the council) at submission, with their legal basis when kept. */
  unmet: z.array(z.object({ detail: z.string(), met: z.boolean().nullable(), citation: CitationView.nullable() })),
  /** The unit's justification for proposing the item (required when it does not qualify). */
  justification: z.string(),
  threshold: z.number(),
  comparison: z.enum(COMPARISONS),
  /** "trên 50%", "từ 90% trở lên" (the rule in force while open, the one judged by once closed). */
  thresholdText: z.string(),
  /** How many entitled members have voted (never who, never how). */
  voted: z.number().int(),
  eligible: z.number().int(),
  recused: z.array(z.string()),
  mine: z.enum(['can_vote', 'voted', 'recused', 'not_member', 'absent']),
  result: VoteResult.nullable(),
});

/** What the requesting user may do in a session: run it (roll call, close) or cast a ballot. */
export const SessionAbilities = z.object({ manage: z.boolean(), vote: z.boolean() });
export const SessionView = z.object({
  id: Id,
  title: z.string(),
  heldOn: z.string(),
  venue: z.string(),
  status: z.enum(['open', 'closed']),
  members: z.array(z.object({ memberId: Id, name: z.string(), role: z.enum(COUNCIL_ROLES), present: z.boolean() })),
  quorum: z.object({ present: z.number().int(), members: z.number().int(), met: z.boolean() }),
  items: z.array(SessionItemView),
  abilities: SessionAbilities,
  nextStep: NextStepView.nullable(),
  version: Version,
});
export const SessionList = z.object({
  items: z.array(
    z.object({
      id: Id,
      title: z.string(),
      heldOn: z.string(),
      status: z.enum(['open', 'closed']),
      itemCount: z.number().int(),
    }),
  ),
});
export const AttendanceRequest = z.strictObject({ presentMemberIds: z.array(Id).max(200), version: Version });
export const BallotRequest = z.strictObject({
  votes: z
    .array(z.strictObject({ itemId: Id, choice: z.enum(VOTE_CHOICES) }))
    .min(1, 'Chưa chọn biểu quyết nào')
    .max(2000),
});
export const BallotResult = z.object({ recorded: z.number().int() });
export const CloseSessionRequest = z.strictObject({ version: Version });

/** Accounts that may sit on the council (council members and leaders), for the office's member form. */
export const CouncilUserList = z.object({
  items: z.array(z.object({ id: Id, username: z.string(), displayName: z.string() })),
});
