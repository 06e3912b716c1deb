import type { z } from 'zod';
import type {
  AuditPage as AuditPageSchema,
  AuditVerifyResult as AuditVerifySchema,
  AwardRecordView as AwardRecordSchema,
  Candidate as CandidateSchema,
  CatalogAward as CatalogAwardSchema,
  CitationView as CitationSchema,
  CreateAwardRecordRequest as CreateAwardRecordSchema,
  CreateInitiativeRequest as CreateInitiativeSchema,
  CreatePeriodRequest as CreatePeriodSchema,
  CriterionView as CriterionSchema,
  EligibilityCheckResult as EligibilityCheckSchema,
  Health as HealthSchema,
  HistoryIssueView as HistoryIssueSchema,
  InitiativeView as InitiativeSchema,
  PeoplePage as PeoplePageSchema,
  PeriodView as PeriodSchema,
  RatingRow as RatingRowSchema,
  RatingsGrid as RatingsGridSchema,
  RoleGrantView as RoleGrantSchema,
  SaveRatingsRequest as SaveRatingsSchema,
  SaveRatingsResult as SaveRatingsResultSchema,
  SubjectHistory as SubjectHistorySchema,
  VerdictCode as VerdictSchema,
} from '@thidua/contracts';

export type {
  AuditEntry,
  AwardImportResult,
  CandidateList,
  Catalog,
  ImportResult,
  Me,
  Organisation,
  Person,
  PersonListItem,
  Problem,
  User,
} from '@thidua/contracts';
export type Health = z.infer<typeof HealthSchema>;
export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AuditVerifyResult = z.infer<typeof AuditVerifySchema>;
export type PeoplePage = z.infer<typeof PeoplePageSchema>;
export type RoleGrantView = z.infer<typeof RoleGrantSchema>;
export type Ok = { ok: true };

export type CatalogAward = z.infer<typeof CatalogAwardSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type RatingsGrid = z.infer<typeof RatingsGridSchema>;
export type RatingRow = z.infer<typeof RatingRowSchema>;
export type SaveRatingsRequest = z.input<typeof SaveRatingsSchema>;
export type SaveRatingsResult = z.infer<typeof SaveRatingsResultSchema>;
export type SubjectHistory = z.infer<typeof SubjectHistorySchema>;
export type AwardRecordView = z.infer<typeof AwardRecordSchema>;
export type PeriodView = z.infer<typeof PeriodSchema>;
export type HistoryIssue = z.infer<typeof HistoryIssueSchema>;
export type InitiativeView = z.infer<typeof InitiativeSchema>;
export type CreateAwardRecordInput = z.input<typeof CreateAwardRecordSchema>;
export type CreatePeriodInput = z.input<typeof CreatePeriodSchema>;
export type CreateInitiativeInput = z.input<typeof CreateInitiativeSchema>;
export type EligibilityCheckResult = z.infer<typeof EligibilityCheckSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;

// Emulation movements, blocs and notifications (contracts/movements.ts, blocs.ts, notifications.ts).
import type {
  AttachmentView as AttachmentViewSchema,
  BlocList as BlocListSchema,
  BlocView as BlocViewSchema,
  BlocYearView as BlocYearViewSchema,
  CreateBlocRequest as CreateBlocSchema,
  CreateExemplarRequest as CreateExemplarSchema,
  CreateMovementRequest as CreateMovementSchema,
  DashboardView as DashboardViewSchema,
  ExemplarList as ExemplarListSchema,
  ExemplarView as ExemplarViewSchema,
  MovementList as MovementListSchema,
  MovementSummary as MovementSummarySchema,
  MovementView as MovementViewSchema,
  NotificationList as NotificationListSchema,
  EmailTemplateList as EmailTemplateListSchema,
  OutboxList as OutboxListSchema,
  NotificationView as NotificationViewSchema,
  ProgressView as ProgressViewSchema,
  RegistrationOverview as RegistrationOverviewSchema,
  RegistrationView as RegistrationViewSchema,
  RemindResult as RemindResultSchema,
  ReportProgressRequest as ReportProgressSchema,
  SaveBlocYearRequest as SaveBlocYearSchema,
  SaveRegistrationRequest as SaveRegistrationSchema,
  TargetView as TargetViewSchema,
} from '@thidua/contracts';

export type Attachment = z.infer<typeof AttachmentViewSchema>;
export type MovementSummary = z.infer<typeof MovementSummarySchema>;
export type MovementList = z.infer<typeof MovementListSchema>;
export type MovementView = z.infer<typeof MovementViewSchema>;
export type TargetView = z.infer<typeof TargetViewSchema>;
export type CreateMovementInput = z.input<typeof CreateMovementSchema>;
export type RegistrationOverview = z.infer<typeof RegistrationOverviewSchema>;
export type RegistrationView = z.infer<typeof RegistrationViewSchema>;
export type SaveRegistrationInput = z.input<typeof SaveRegistrationSchema>;
export type RemindResult = z.infer<typeof RemindResultSchema>;
export type ProgressView = z.infer<typeof ProgressViewSchema>;
export type ReportProgressInput = z.input<typeof ReportProgressSchema>;
export type DashboardView = z.infer<typeof DashboardViewSchema>;
export type ExemplarView = z.infer<typeof ExemplarViewSchema>;
export type ExemplarList = z.infer<typeof ExemplarListSchema>;
export type CreateExemplarInput = z.input<typeof CreateExemplarSchema>;
export type BlocList = z.infer<typeof BlocListSchema>;
export type BlocView = z.infer<typeof BlocViewSchema>;
export type BlocYearView = z.infer<typeof BlocYearViewSchema>;
export type CreateBlocInput = z.input<typeof CreateBlocSchema>;
export type SaveBlocYearInput = z.input<typeof SaveBlocYearSchema>;
export type NotificationView = z.infer<typeof NotificationViewSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;
export type EmailTemplateList = z.infer<typeof EmailTemplateListSchema>;
export type EmailTemplate = EmailTemplateList['items'][number];
export type OutboxList = z.infer<typeof OutboxListSchema>;

// Proposals, council and decisions (contracts/proposals.ts, decisions.ts).
import type {
  AttendanceRequest as AttendanceSchema,
  BallotRequest as BallotSchema,
  BallotResult as BallotResultSchema,
  CouncilMemberList as CouncilMemberListSchema,
  CouncilMemberView as CouncilMemberViewSchema,
  CreateProposalRequest as CreateProposalSchema,
  CreateSessionRequest as CreateSessionSchema,
  DecisionList as DecisionListSchema,
  DecisionPreview as DecisionPreviewSchema,
  DecisionPreviewRequest as DecisionPreviewRequestSchema,
  DecisionRecipientView as DecisionRecipientSchema,
  DecisionSummary as DecisionSummarySchema,
  DecisionView as DecisionViewSchema,
  IssueDecisionRequest as IssueDecisionSchema,
  ProposalItemInput as ProposalItemInputSchema,
  ProposalItemView as ProposalItemViewSchema,
  ProposalList as ProposalListSchema,
  ProposalSummary as ProposalSummarySchema,
  ProposalTransitionRequest as ProposalTransitionSchema,
  ProposalView as ProposalViewSchema,
  RecordDecisionRequest as RecordDecisionSchema,
  RevokeDecisionRequest as RevokeDecisionSchema,
  SaveCouncilMemberRequest as SaveCouncilMemberSchema,
  SessionItemView as SessionItemViewSchema,
  SessionList as SessionListSchema,
  SessionView as SessionViewSchema,
  UpdateProposalRequest as UpdateProposalSchema,
  VoteResult as VoteResultSchema,
} from '@thidua/contracts';

export type ProposalSummary = z.infer<typeof ProposalSummarySchema>;
export type ProposalList = z.infer<typeof ProposalListSchema>;
export type ProposalView = z.infer<typeof ProposalViewSchema>;
export type ProposalItemView = z.infer<typeof ProposalItemViewSchema>;
export type ProposalItemInput = z.input<typeof ProposalItemInputSchema>;
export type CreateProposalInput = z.input<typeof CreateProposalSchema>;
export type UpdateProposalInput = z.input<typeof UpdateProposalSchema>;
export type ProposalTransitionInput = z.input<typeof ProposalTransitionSchema>;
export type VoteResult = z.infer<typeof VoteResultSchema>;
export type CouncilMemberView = z.infer<typeof CouncilMemberViewSchema>;
export type CouncilMemberList = z.infer<typeof CouncilMemberListSchema>;
export type SaveCouncilMemberInput = z.input<typeof SaveCouncilMemberSchema>;
export type CreateSessionInput = z.input<typeof CreateSessionSchema>;
export type SessionView = z.infer<typeof SessionViewSchema>;
export type SessionItemView = z.infer<typeof SessionItemViewSchema>;
export type SessionList = z.infer<typeof SessionListSchema>;
export type AttendanceInput = z.input<typeof AttendanceSchema>;
export type BallotInput = z.input<typeof BallotSchema>;
export type BallotResult = z.infer<typeof BallotResultSchema>;
export type DecisionSummary = z.infer<typeof DecisionSummarySchema>;
export type DecisionList = z.infer<typeof DecisionListSchema>;
export type DecisionView = z.infer<typeof DecisionViewSchema>;
export type DecisionRecipient = z.infer<typeof DecisionRecipientSchema>;
export type DecisionPreview = z.infer<typeof DecisionPreviewSchema>;
export type DecisionPreviewInput = z.input<typeof DecisionPreviewRequestSchema>;
export type IssueDecisionInput = z.input<typeof IssueDecisionSchema>;
export type RecordDecisionInput = z.input<typeof RecordDecisionSchema>;
export type RevokeDecisionInput = z.input<typeof RevokeDecisionSchema>;
