/**
 * Table types. Both dialects store timestamps as ISO-8601 UTC text, dates as
 * YYYY-MM-DD text and booleans as 0/1 integers, so rows read the same way.
 */
export interface OrganisationTable {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: string;
  active: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  /** For the email outbox; optional so that older inserts need not name it. */
  email?: string | null;
  active: number;
  must_change_password: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  role: string;
  org_id: string;
  created_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

/** One sign-in counter: `p:` account|address, `a:` account, `ip:` address (see modules/auth/throttle.ts). */
export interface SignInThrottleTable {
  key: string;
  failures: number;
  /** The last counted failure, or the last success (the row's last touch). */
  last_failure_at: string;
  locked_until: string | null;
  permitted: number;
  succeeded_at: string | null;
}

export interface PersonTable {
  id: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  full_name: string;
  search_key: string;
  sort_key: string;
  gender: string;
  date_of_birth: string | null;
  position: string;
  org_id: string;
  employment_type: string;
  start_date: string | null;
  status: string;
  citizen_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PersonNameSuffixTable {
  suffix: string;
  person_id: string;
}

export interface RatingTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  org_id: string;
  year: number;
  rating: string;
  note: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface InitiativeAuthorTable {
  initiative_id: string;
  person_id: string;
  share: number;
}

export interface AwardRecordTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  org_id: string;
  award_code: string;
  year: number;
  from_year: number;
  commendation_type: string;
  decision_number: string;
  decision_date: string | null;
  decision_signer: string;
  decision_authority: string;
  origin: string;
  note: string;
  flag: string | null;
  /** Set when withdrawn (soft delete): optional so inserts need not name them. */
  deleted_at?: string | null;
  deleted_by?: string | null;
  delete_reason?: string | null;
  /** The movement the award was given under, if any. */
  movement_id?: string | null;
  /** The decision register's entry that conferred it, and the bonus it carried (đồng). */
  decision_id?: string | null;
  bonus?: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AwardRecordInitiativeTable {
  award_record_id: string;
  initiative_id: string;
}

export interface SubjectPeriodTable {
  id: string;
  category: string;
  kind: string;
  subject_kind: string;
  subject_id: string;
  org_id: string;
  from_date: string;
  to_date: string | null;
  decision_number: string;
  note: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AuditLogTable {
  id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
  /** 'hmac-sha256' (keyed, since 20261207_102) or 'sha256' (entries written before). */
  hash_alg: string;
}

/** A MAC-signed note of how long the audit chain was and how it ended (see platform/auditHeads.ts). */
export interface AuditHeadTable {
  id: string;
  seq: number;
  entry_count: number;
  last_entry_id: string | null;
  last_hash: string;
  at: string;
  reason: string;
  mac: string;
}

export interface TransitionTable {
  id: string;
  entity_type: string;
  entity_id: string;
  seq: number;
  action: string | null;
  from_status: string | null;
  to_status: string;
  actor_id: string | null;
  actor_name: string;
  reason: string;
  at: string;
  /** JSON object: whatever else the step carried. */
  data: string;
}

export interface BlocTable {
  id: string;
  name: string;
  kind: string;
  organiser: string;
  description: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface BlocYearTable {
  id: string;
  bloc_id: string;
  year: number;
  covenant_signed_on: string | null;
  covenant_number: string;
  covenant_content: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface BlocMemberTable {
  bloc_year_id: string;
  position: number;
  org_id: string | null;
  name: string;
  role: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  created_at: string;
  read_at: string | null;
}

export interface FileTable {
  id: string;
  owner_type: string;
  owner_id: string;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string;
  created_at: string;
  deleted_at?: string | null;
  deleted_by?: string | null;
}

import type {
  MovementExemplarTable,
  MovementOrgTable,
  MovementProgressTable,
  MovementRegistrationTable,
  MovementReminderTable,
  MovementTable,
  MovementTargetTable,
  RegistrationCommitmentTable,
  RegistrationTitleTable,
} from './schema-movements.ts';
export type * from './schema-movements.ts';
import type { InitiativeReviewTables, InitiativeTable } from './schema-initiatives.ts';
export type { InitiativeTable };
import type { ProposalTables } from './schema-proposals.ts';
import type { WordingTables } from './schema-wording.ts';
import type { CalendarDayTable, CalendarYearTable } from './schema-calendar.ts';
export type { CalendarDayTable, CalendarYearTable };

/** A department's value of one setting (JSON text); a key without a row has its default. */
export interface SettingTable {
  key: string;
  value: string;
  version: number;
  updated_by: string | null;
  updated_at: string;
  created_at: string;
}

import type { OnestopTables } from './schema-onestop.ts';
export type * from './schema-onestop.ts';
import type { StatisticsTables } from './schema-statistics.ts';
export type * from './schema-statistics.ts';
import type { ScorecardTables } from './schema-scorecards.ts';
export type * from './schema-scorecards.ts';
import type { WorkProgrammeTables } from './schema-workProgrammes.ts';
import type { ReportTables } from './schema-reports.ts';
export type * from './schema-reports.ts';
import type { PublicTables } from './schema-public.ts';
export type * from './schema-public.ts';
export type * from './schema-workProgrammes.ts';

export interface Database
  extends ProposalTables,
    InitiativeReviewTables,
    WordingTables,
    OnestopTables,
    StatisticsTables,
    ScorecardTables,
    WorkProgrammeTables,
    ReportTables,
    PublicTables {
  organisations: OrganisationTable;
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  sign_in_throttle: SignInThrottleTable;
  people: PersonTable;
  people_name_suffixes: PersonNameSuffixTable;
  ratings: RatingTable;
  initiatives: InitiativeTable;
  initiative_authors: InitiativeAuthorTable;
  award_records: AwardRecordTable;
  award_record_initiatives: AwardRecordInitiativeTable;
  subject_periods: SubjectPeriodTable;
  audit_log: AuditLogTable;
  audit_heads: AuditHeadTable;
  movements: MovementTable;
  movement_orgs: MovementOrgTable;
  movement_targets: MovementTargetTable;
  transitions: TransitionTable;
  movement_registrations: MovementRegistrationTable;
  registration_titles: RegistrationTitleTable;
  registration_commitments: RegistrationCommitmentTable;
  movement_progress: MovementProgressTable;
  movement_exemplars: MovementExemplarTable;
  movement_reminders: MovementReminderTable;
  blocs: BlocTable;
  bloc_years: BlocYearTable;
  bloc_members: BlocMemberTable;
  notifications: NotificationTable;
  files: FileTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  settings: SettingTable;
}
