import { WORKFLOWS } from './workflow/index.ts';

/**
 * The audit log's words, shared by the web page and the server's Excel export so both name an
 * entry alike: the kinds of record and each action, in Vietnamese and English.
 */
type Pair = { vi: string; en: string };

/** Every kind of record the log names, as a clerk calls it. */
export const AUDIT_ENTITY_LABELS: Record<string, Pair> = {
  person: { vi: 'Cán bộ', en: 'Person' },
  people_import: { vi: 'Lần nhập danh sách cán bộ', en: 'Staff import' },
  organisation: { vi: 'Đơn vị', en: 'Unit' },
  user: { vi: 'Người dùng', en: 'User' },
  proposal: { vi: 'Hồ sơ đề nghị', en: 'Dossier' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  movement: { vi: 'Phong trào thi đua', en: 'Emulation movement' },
  initiative: { vi: 'Sáng kiến', en: 'Initiative' },
  initiative_round: { vi: 'Đợt chấm sáng kiến', en: 'Review round' },
  initiative_review: { vi: 'Phiếu chấm sáng kiến', en: 'Review sheet' },
  council_session: { vi: 'Phiên họp Hội đồng', en: 'Council session' },
  council_member: { vi: 'Thành viên Hội đồng', en: 'Council member' },
  bloc: { vi: 'Khối thi đua', en: 'Emulation bloc' },
  award_record: { vi: 'Khen thưởng đã có', en: 'Award record' },
  subject_period: { vi: 'Kỷ luật, xem xét, thai sản', en: 'Discipline, review, leave' },
  rating: { vi: 'Xếp loại', en: 'Rating' },
  calendar_day: { vi: 'Ngày lễ, ngày nghỉ', en: 'Holiday' },
  calendar_year: { vi: 'Lịch năm', en: 'Year calendar' },
  setting: { vi: 'Cấu hình', en: 'Setting' },
  email_template: { vi: 'Mẫu thư', en: 'Mail template' },
  file: { vi: 'Tệp đính kèm', en: 'Attachment' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
  procedures_import: { vi: 'Lần nhập danh mục thủ tục', en: 'Catalog import' },
  dossier: { vi: 'Hồ sơ thủ tục hành chính', en: 'Procedure dossier' },
};

/** Wordings that win over every rule below (the first the log had; bare verbs of the oldest entries). */
const NAMED_ACTIONS: Record<string, { vi: string; en: string }> = {
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

/** Whole actions whose wording is not "<verb> <record>". */
const ACTIONS: Record<string, Pair> = {
  'demo.seeded': { vi: 'Tạo dữ liệu mẫu', en: 'Demo data seeded' },
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.login_failed': { vi: 'Đăng nhập thất bại', en: 'Failed sign-in' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.password_changed': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'person.imported': { vi: 'Nhập cán bộ từ Excel', en: 'Person imported' },
  'people.imported': { vi: 'Nhập danh sách cán bộ từ Excel', en: 'Staff list imported' },
  'organisation.moved': { vi: 'Chuyển đơn vị sang đơn vị cấp trên khác', en: 'Unit moved' },
  'decision.issued': { vi: 'Ban hành quyết định', en: 'Decision issued' },
  'council.session_created': { vi: 'Tạo phiên họp Hội đồng', en: 'Council session created' },
  'council.session_closed': { vi: 'Kết thúc phiên họp Hội đồng', en: 'Council session closed' },
  'council.member_added': { vi: 'Thêm thành viên Hội đồng', en: 'Council member added' },
  'council.member_updated': { vi: 'Sửa thành viên Hội đồng', en: 'Council member updated' },
  'council.attendance': { vi: 'Điểm danh phiên họp', en: 'Attendance taken' },
  'council.ballot_cast': { vi: 'Bỏ phiếu', en: 'Ballot cast' },
  'bloc.year_saved': { vi: 'Lưu khối thi đua của năm', en: 'Bloc year saved' },
  'calendar.day_added': { vi: 'Thêm ngày lễ, ngày nghỉ', en: 'Holiday added' },
  'calendar.day_updated': { vi: 'Sửa ngày lễ, ngày nghỉ', en: 'Holiday updated' },
  'calendar.day_deleted': { vi: 'Xóa ngày lễ, ngày nghỉ', en: 'Holiday deleted' },
  'calendar.year_added': { vi: 'Thêm lịch năm', en: 'Year calendar added' },
  'movement.exemplar_added': { vi: 'Thêm điển hình tiên tiến', en: 'Exemplar added' },
  'movement.exemplar_updated': { vi: 'Sửa điển hình tiên tiến', en: 'Exemplar updated' },
  'movement.exemplar_removed': { vi: 'Gỡ điển hình tiên tiến', en: 'Exemplar removed' },
  'movement.reminded': { vi: 'Nhắc đơn vị báo cáo phong trào', en: 'Units reminded' },
  'setting.saved': { vi: 'Lưu cấu hình', en: 'Setting saved' },
  'setting.reset': { vi: 'Đặt lại cấu hình mặc định', en: 'Setting reset' },
  'email_template.saved': { vi: 'Lưu mẫu thư', en: 'Mail template saved' },
  'file.attached': { vi: 'Đính kèm tệp', en: 'File attached' },
  'award_record.withdrawn': { vi: 'Rút khen thưởng đã ghi', en: 'Award record withdrawn' },
  'procedure.amendment_started': { vi: 'Lập dự thảo sửa đổi thủ tục', en: 'Amendment drafted' },
  'procedure.draft_saved': { vi: 'Lưu dự thảo thủ tục', en: 'Procedure draft saved' },
  'procedures.imported': { vi: 'Nhập danh mục thủ tục từ Excel', en: 'Catalog imported' },
  'dossier.received': { vi: 'Tiếp nhận hồ sơ thủ tục hành chính', en: 'Dossier received' },
  'dossier.rated': { vi: 'Người nộp đánh giá mức độ hài lòng', en: 'Applicant rated the handling' },
};

/** Verbs of "<record>.<verb>" actions; the record's name follows in lower case. */
const VERBS: Record<string, Pair> = {
  created: { vi: 'Tạo', en: 'Created' },
  updated: { vi: 'Sửa', en: 'Updated' },
  deleted: { vi: 'Xóa', en: 'Deleted' },
  moved: { vi: 'Chuyển', en: 'Moved' },
  imported: { vi: 'Nhập từ Excel', en: 'Imported' },
  saved: { vi: 'Lưu', en: 'Saved' },
  withdrawn: { vi: 'Rút', en: 'Withdrew' },
};

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * An audit action in words: a named or whole-action wording, else the workflow's own label of the step
 * (`proposal.submit`), else "<verb> <record>" (`movement.updated` → "Sửa phong
 * trào thi đua"); a code nobody named yet stays as it is.
 */
export function auditActionLabel(code: string, lang: 'vi' | 'en' = 'vi'): string {
  const whole = NAMED_ACTIONS[code] ?? ACTIONS[code];
  if (whole) return whole[lang];
  const parts = code.split('.');
  const entity = parts[0] ?? '';
  const verb = parts[parts.length - 1] ?? '';
  const workflow = (WORKFLOWS as Record<string, { actions: Record<string, { label: string; labelEn: string }> }>)[
    entity
  ];
  const step = workflow?.actions[verb];
  const record = AUDIT_ENTITY_LABELS[entity === 'period' ? 'subject_period' : entity];
  if (step) return lang === 'vi' ? step.label : step.labelEn;
  const v = VERBS[verb];
  if (v && record) return lang === 'vi' ? `${v.vi} ${lower(record.vi)}` : `${v.en} ${lower(record.en)}`;
  if (v) return v[lang];
  return code;
}

/** A kind of record as a clerk calls it; a kind nobody named yet stays as its code. */
export function auditEntityLabel(type: string, lang: 'vi' | 'en' = 'vi'): string {
  return AUDIT_ENTITY_LABELS[type]?.[lang] ?? type;
}
