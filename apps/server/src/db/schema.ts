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

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
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

export interface InitiativeTable {
  id: string;
  title: string;
  kind: string;
  field: string;
  org_id: string;
  level: string | null;
  recognised_on: string | null;
  decision_number: string;
  decision_signer: string;
  summary: string;
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
}

export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  people: PersonTable;
  people_name_suffixes: PersonNameSuffixTable;
  ratings: RatingTable;
  initiatives: InitiativeTable;
  initiative_authors: InitiativeAuthorTable;
  award_records: AwardRecordTable;
  award_record_initiatives: AwardRecordInitiativeTable;
  subject_periods: SubjectPeriodTable;
  audit_log: AuditLogTable;
}
