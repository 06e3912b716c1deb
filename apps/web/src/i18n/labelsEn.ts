import type { EmploymentType, Gender, OrgKind, PersonStatus, Role } from '@thidua/domain';

/** English names of the domain enums (the Vietnamese ones live in @thidua/domain). */
export const ROLE_LABELS_EN: Record<Role, string> = {
  admin: 'Administrator',
  emulation_officer: 'Emulation & commendation officer',
  unit_officer: 'Unit officer',
  council_member: 'Council member',
  leader: 'Leader',
  viewer: 'Viewer',
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
export const ENTITY_LABELS: Record<string, { vi: string; en: string }> = {
  person: { vi: 'Cán bộ', en: 'Person' },
  organisation: { vi: 'Đơn vị', en: 'Unit' },
  user: { vi: 'Người dùng', en: 'User' },
};
/** Audit actions are `<entity>.<verb>`; unknown ones fall back to their verb, then to the raw code. */
export const ACTION_LABELS: Record<string, { vi: string; en: string }> = {
  'person.created': { vi: 'Thêm cán bộ', en: 'Person added' },
  'person.updated': { vi: 'Sửa thông tin cán bộ', en: 'Person updated' },
  'person.imported': { vi: 'Nhập cán bộ từ Excel', en: 'Person imported' },
  'organisation.created': { vi: 'Thêm đơn vị', en: 'Unit added' },
  'organisation.updated': { vi: 'Sửa đơn vị', en: 'Unit updated' },
  'organisation.moved': { vi: 'Chuyển đơn vị', en: 'Unit moved' },
  'demo.seeded': { vi: 'Tạo dữ liệu mẫu', en: 'Demo data seeded' },
  'user.created': { vi: 'Tạo người dùng', en: 'User created' },
  'user.updated': { vi: 'Sửa người dùng', en: 'User updated' },
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.login_failed': { vi: 'Đăng nhập thất bại', en: 'Failed sign-in' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.password_changed': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  created: { vi: 'Tạo mới', en: 'Created' },
  updated: { vi: 'Cập nhật', en: 'Updated' },
  deleted: { vi: 'Xóa', en: 'Deleted' },
  moved: { vi: 'Chuyển', en: 'Moved' },
  imported: { vi: 'Nhập Excel', en: 'Imported' },
};
