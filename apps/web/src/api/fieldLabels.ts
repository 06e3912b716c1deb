/**
 * The Vietnamese label of a field the API names by its code path (`endsOn`, `items.2.justification`,
 * `querystring.year`), so that an error never shows a code to a clerk. Forms show their own labels
 * beside the field; these are for messages that stand alone.
 */
const LABELS: Record<string, string> = {
  file: 'Tệp',
  orgId: 'Đơn vị',
  orgIds: 'Đơn vị',
  parentId: 'Đơn vị cấp trên',
  year: 'Năm',
  fromYear: 'Từ năm',
  date: 'Ngày',
  on: 'Ngày',
  from: 'Từ ngày',
  to: 'Đến ngày',
  startsOn: 'Ngày bắt đầu',
  endsOn: 'Ngày kết thúc',
  startDate: 'Ngày bắt đầu công tác',
  dateOfBirth: 'Ngày sinh',
  registrationDeadline: 'Hạn đăng ký',
  signedOn: 'Ngày ký',
  recognisedOn: 'Ngày công nhận',
  firstAppliedOn: 'Ngày áp dụng lần đầu',
  heldOn: 'Ngày họp',
  termTo: 'Hết nhiệm kỳ',
  awardCode: 'Danh hiệu, hình thức',
  kind: 'Loại',
  name: 'Tên',
  title: 'Tiêu đề',
  summary: 'Trích yếu',
  number: 'Số quyết định',
  signer: 'Người ký',
  signerTitle: 'Chức vụ người ký',
  authors: 'Tác giả',
  members: 'Thành viên',
  userId: 'Người dùng',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  newPassword: 'Mật khẩu mới',
  email: 'Thư điện tử',
  displayName: 'Họ tên',
  subject: 'Đối tượng',
  subjectId: 'Cá nhân, tập thể',
  familyName: 'Họ',
  middleName: 'Tên đệm',
  givenName: 'Tên',
  gender: 'Giới tính',
  position: 'Chức vụ',
  citizenId: 'Số CCCD',
  employmentType: 'Loại cán bộ',
  status: 'Trạng thái',
  period: 'Giai đoạn',
  phase: 'Giai đoạn',
  decision: 'Quyết định',
  proposals: 'Hồ sơ đề nghị',
  proposalId: 'Hồ sơ đề nghị',
  items: 'Danh sách đề nghị',
  justification: 'Giải trình',
  achievements: 'Thành tích',
  reason: 'Lý do',
  lateReason: 'Lý do gửi muộn',
  note: 'Ghi chú',
  targets: 'Chỉ tiêu',
  movements: 'Phong trào',
  initiatives: 'Sáng kiến',
  initiativeIds: 'Sáng kiến',
  field: 'Lĩnh vực',
  scores: 'Điểm',
  quorum: 'Số thành viên tối thiểu',
  value: 'Giá trị',
  rating: 'Xếp loại',
  roles: 'Vai trò',
  role: 'Vai trò',
};

/**
 * "items.2.justification" → "Giải trình (dòng 3)"; an unknown code is left out (null) rather than
 * shown. Request parts (`body`, `querystring`, `params`) are not part of the name.
 */
export function fieldLabel(path: string): string | null {
  const parts = path.split(/[./]/u).filter((p) => p && !['body', 'querystring', 'params', '(body)'].includes(p));
  const names = parts.filter((p) => !/^\d+$/u.test(p));
  const row = parts.find((p) => /^\d+$/u.test(p));
  for (let i = names.length - 1; i >= 0; i--) {
    const label = LABELS[names[i]!];
    if (label) return row !== undefined && i > 0 ? `${label} (dòng ${Number(row) + 1})` : label;
  }
  return null;
}

/** A field error as a sentence: "Ngày kết thúc: phải sau ngày bắt đầu". */
export function fieldErrorText(e: { path: string; message: string }): string {
  const label = fieldLabel(e.path);
  return label ? `${label}: ${e.message}` : e.message;
}
