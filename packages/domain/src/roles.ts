/** Roles are granted as (role, organisation) and cover that organisation's subtree. */
export const ROLES = [
  'admin',
  'emulation_officer',
  'unit_officer',
  'council_member',
  'leader',
  'viewer',
  'onestop_clerk',
  'onestop_officer',
  'stat_reporter',
  'stat_planner',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who does what, named once: the server's access rules and policies and the
 * web's menus read these groups, so adding a role to one is one edit here.
 */
export const ROLE_GROUPS = {
  anyone: ROLES,
  /** The emulation office: steers movements, blocs, dossiers, the council's sessions and mail. */
  office: ['admin', 'emulation_officer'],
  /** Who issues decisions. */
  leaders: ['admin', 'leader'],
  /** Who writes a unit's records (people, registrations, dossiers): the office, or the unit's own officer. */
  unitWriters: ['admin', 'emulation_officer', 'unit_officer'],
  /** The emulation office and the leaders (the council's chair) run initiative review rounds. */
  roundManagers: ['admin', 'emulation_officer', 'leader'],
  /** The one-stop section: receives dossiers, hands over results, keeps the procedure catalog. */
  onestopDesk: ['admin', 'onestop_clerk'],
  /** Everyone who works dossiers: the desk, the officers who handle steps, the leaders who assign and sign. */
  onestopStaff: ['admin', 'onestop_clerk', 'onestop_officer', 'leader'],
  /** Who enters sector statistics: the reporting units' reporters (their own units) and the planning division (any). */
  statEntry: ['admin', 'stat_planner', 'stat_reporter'],
  /** The planning division: keeps the statistics catalog and the registries, approves or returns submissions. */
  statPlanners: ['admin', 'stat_planner'],
  /** Who accepts an approved submission and so locks its period, or unlocks it with a reason. */
  statAcceptors: ['admin', 'leader'],
  /** Scorecards: the office keeps the templates, runs the cycles and appraises (docs/scorecards.md). */
  scorecardOffice: ['admin', 'emulation_officer'],
  /** Who self-assesses a member sheet: the office (for any member), a unit officer for his own unit. */
  scorecardMembers: ['admin', 'emulation_officer', 'unit_officer'],
  /** Work programmes: the office drafts, issues and amends programmes and their tasks (docs/work-programmes.md). */
  programmeOffice: ['admin', 'emulation_officer'],
  /** Who reports a task's progress: the office (for any unit), a unit officer for tasks of his own unit. */
  programmeReporters: ['admin', 'emulation_officer', 'unit_officer'],
  /** Who decides a request for a new deadline: the leaders. */
  programmeLeaders: ['admin', 'leader'],
} as const satisfies Record<string, readonly Role[]>;
export type RoleGroup = keyof typeof ROLE_GROUPS;

/** Whether any of `held` belongs to the group. */
export const inGroup = (held: readonly Role[], group: RoleGroup): boolean =>
  held.some((r) => (ROLE_GROUPS[group] as readonly Role[]).includes(r));

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  emulation_officer: 'Cán bộ thi đua – khen thưởng',
  unit_officer: 'Cán bộ đơn vị',
  council_member: 'Thành viên Hội đồng TĐKT',
  leader: 'Lãnh đạo',
  viewer: 'Người xem',
  onestop_clerk: 'Cán bộ Bộ phận Một cửa',
  onestop_officer: 'Chuyên viên thụ lý hồ sơ TTHC',
  stat_reporter: 'Cán bộ báo cáo thống kê',
  stat_planner: 'Cán bộ tổng hợp thống kê',
};

export const ORG_KINDS = [
  'ministry',
  'provincial_committee',
  'department',
  'division',
  'sub_department',
  'centre',
  'affiliated_unit',
  'enterprise',
  'cooperative',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  ministry: 'Bộ',
  provincial_committee: 'UBND tỉnh',
  department: 'Sở',
  division: 'Phòng',
  sub_department: 'Chi cục',
  centre: 'Trung tâm',
  affiliated_unit: 'Đơn vị trực thuộc',
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
};

export const EMPLOYMENT_TYPES = ['cadre', 'civil_servant', 'public_employee', 'worker'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  cadre: 'Cán bộ',
  civil_servant: 'Công chức',
  public_employee: 'Viên chức',
  worker: 'Người lao động',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

export const PERSON_STATUSES = ['working', 'on_leave', 'transferred', 'retired'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  working: 'Đang công tác',
  on_leave: 'Tạm nghỉ',
  transferred: 'Đã chuyển công tác',
  retired: 'Đã nghỉ hưu',
};

/** Reverse lookup of a Vietnamese label (case- and diacritics-insensitive is done by the caller). */
export function labelToCode<T extends string>(labels: Record<T, string>, label: string): T | undefined {
  const entry = Object.entries(labels).find(([, v]) => v === label);
  return entry?.[0] as T | undefined;
}
