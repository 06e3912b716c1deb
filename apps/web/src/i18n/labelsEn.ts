import type {
  AwardOrigin,
  CommendationType,
  DisciplineForm,
  EmploymentType,
  Gender,
  INITIATIVE_KIND_LABELS,
  LEAVE_LABELS,
  OrgKind,
  PersonStatus,
  Rating,
  RecognitionLevel,
  REVIEW_LABELS,
  Role,
} from '@thidua/domain';

/** English names of the domain enums (the Vietnamese ones live in @thidua/domain). */
export const ROLE_LABELS_EN: Record<Role, string> = {
  admin: 'Administrator',
  emulation_officer: 'Emulation & commendation officer',
  unit_officer: 'Unit officer',
  council_member: 'Council member',
  leader: 'Leader',
  viewer: 'Viewer',
  onestop_clerk: 'One-stop desk clerk',
  onestop_officer: 'Procedure handling officer',
  stat_reporter: 'Statistics reporter',
  stat_planner: 'Statistics planner',
};
export const ORG_KIND_LABELS_EN: Record<OrgKind, string> = {
  ministry: 'Ministry',
  provincial_committee: 'Provincial committee',
  department: 'Department',
  division: 'Division',
  sub_department: 'Sub-department',
  centre: 'Centre',
  affiliated_unit: 'Affiliated unit',
  enterprise: 'Enterprise',
  cooperative: 'Cooperative',
};
export const EMPLOYMENT_TYPE_LABELS_EN: Record<EmploymentType, string> = {
  cadre: 'Cadre',
  civil_servant: 'Civil servant',
  public_employee: 'Public employee',
  worker: 'Worker',
};
export const GENDER_LABELS_EN: Record<Gender, string> = { male: 'Male', female: 'Female' };
export const PERSON_STATUS_LABELS_EN: Record<PersonStatus, string> = {
  working: 'Working',
  on_leave: 'On leave',
  transferred: 'Transferred',
  retired: 'Retired',
};

/* Awards: English names of the domain's award vocabularies. */
export const RATING_LABELS_EN: Record<Rating, string> = {
  excellent: 'Excellent task completion',
  good: 'Good task completion',
  completed: 'Tasks completed',
  not_completed: 'Tasks not completed',
};
export const DISCIPLINE_LABELS_EN: Record<DisciplineForm, string> = {
  reprimand: 'Reprimand',
  warning: 'Warning',
  salary_downgrade: 'Salary downgrade',
  demotion: 'Demotion',
  dismissal: 'Removal from office',
  forced_resignation: 'Dismissal',
};
export const REVIEW_LABELS_EN: Record<keyof typeof REVIEW_LABELS, string> = {
  discipline_review: 'Under disciplinary review',
  investigation: 'Under investigation',
  inspection: 'Under inspection',
  complaint: 'Complaint being handled',
  press_allegation: 'Press allegation being verified',
};
export const LEAVE_LABELS_EN: Record<keyof typeof LEAVE_LABELS, string> = { maternity: 'Maternity leave' };
export const COMMENDATION_TYPE_LABELS_EN: Record<CommendationType, string> = {
  periodic: 'Periodic (yearly, by round)',
  thematic: 'Thematic',
  ad_hoc: 'Ad hoc',
  tenure: 'Lifetime contribution',
  seniority: 'Seniority',
  foreign: 'Foreign relations',
};
export const AWARD_ORIGIN_LABELS_EN: Record<AwardOrigin, string> = {
  here: 'Conferred by the department',
  higher: 'Conferred by a higher level',
  imported: 'Imported from old records',
};
export const INITIATIVE_KIND_LABELS_EN: Record<keyof typeof INITIATIVE_KIND_LABELS, string> = {
  initiative: 'Initiative',
  research_topic: 'Research topic',
  technical_improvement: 'Technical improvement',
};
export const RECOGNITION_LABELS_EN: Record<RecognitionLevel, string> = {
  grassroots: 'grassroots level',
  provincial: 'provincial/ministry level',
  national: 'national level',
};
export {
  AWARD_GROUP_LABELS,
  AWARD_KIND_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_SUBJECT_LABELS,
  PERIOD_CATEGORY_LABELS,
} from '@thidua/domain';
