/**
 * Pure wording of the one-stop forms (Circular 01/2018/TT-VPCP, Circular 03/2025/TT-VPCP): times as the
 * forms write them, in Vietnam time (UTC+7, no daylight saving), and the labels the forms print.
 */

const VN_OFFSET_MS = 7 * 3_600_000;

interface VnParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  weekday: number;
}

/** A stored instant (UTC ISO) → its parts on the wall clock in Vietnam. */
export function vnParts(iso: string): VnParts {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Thời điểm không hợp lệ: ${iso}`);
  const d = new Date(ms + VN_OFFSET_MS);
  const s = d.toISOString();
  return {
    year: s.slice(0, 4),
    month: s.slice(5, 7),
    day: s.slice(8, 10),
    hour: s.slice(11, 13),
    minute: s.slice(14, 16),
    weekday: d.getUTCDay(),
  };
}

/** "08 giờ 05 phút, ngày 07 tháng 12 năm 2026", as the forms write a time of receipt or hand-over. */
export function timeLong(iso: string): string {
  const p = vnParts(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** "ngày 07 tháng 12 năm 2026". */
export function dayLong(iso: string): string {
  const p = vnParts(iso);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** "07/12/2026" (Vietnam date of the instant). */
export function dateShort(iso: string): string {
  const p = vnParts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "2026-12-07": the Vietnam date of an instant, for the dateline. */
export function vnIsoDate(iso: string): string {
  const p = vnParts(iso);
  return `${p.year}-${p.month}-${p.day}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Hai, 14/12/2026": the appointment day as the applicant reads it at a glance. */
export function weekdayDate(iso: string): string {
  return `${WEEKDAYS[vnParts(iso).weekday]}, ${dateShort(iso)}`;
}

export type StepResult = 'early' | 'on_time' | 'late';
export const STEP_RESULT_LABELS: Record<StepResult, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/**
 * A step's result as the control slip records it: finished before, on or after its due time. By date
 * (the default, §5): the Vietnam dates are compared; by instant: on the due day but before the due time is
 * on time, after it late.
 */
export function stepResult(finishedAt: string, dueAt: string, by: 'date' | 'instant' = 'date'): StepResult {
  const f = vnIsoDate(finishedAt);
  const d = vnIsoDate(dueAt);
  if (by === 'instant' && Date.parse(finishedAt) > Date.parse(dueAt)) return 'late';
  if (f < d) return 'early';
  if (f === d) return 'on_time';
  return 'late';
}

const KIND_LABELS: Record<string, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  either: 'Bản chính hoặc bản sao',
};
export const documentKindLabel = (kind: string): string => KIND_LABELS[kind] ?? kind;

const UNIT_LABELS: Record<string, string> = {
  working_days: 'ngày làm việc',
  calendar_days: 'ngày',
  working_hours: 'giờ làm việc',
};
/** "15 ngày làm việc". */
export const timeLimitLabel = (amount: number, unit: string): string =>
  `${String(amount).padStart(2, '0')} ${UNIT_LABELS[unit] ?? unit}`;

export type FormNo = '01' | '02' | '03' | '04' | '05' | '06';
export const FORM_NOS: readonly FormNo[] = ['01', '02', '03', '04', '05', '06'];

/** Each form's title and its number symbol (the part after "Số: …/"). */
export const FORMS: Record<FormNo, { title: string; symbol: string; file: string }> = {
  '01': { title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', symbol: 'TNHS', file: 'Giấy tiếp nhận và hẹn trả' },
  '02': { title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', symbol: 'PYCBS', file: 'Phiếu yêu cầu bổ sung' },
  '03': { title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', symbol: 'PTC', file: 'Phiếu từ chối tiếp nhận' },
  '04': { title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', symbol: 'PXL', file: 'Phiếu xin lỗi và hẹn lại' },
  '05': { title: 'Thông báo dừng giải quyết hồ sơ', symbol: 'TB', file: 'Thông báo dừng giải quyết' },
  '06': { title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', symbol: 'PKS', file: 'Phiếu kiểm soát' },
};

/** "Ông/Bà" for a citizen, the organisation's name stands alone otherwise. */
export const addressee = (kind: string, name: string): string => (kind === 'enterprise' ? name : `Ông/Bà ${name}`);

/** The last four digits the public lookup asks for, described for the slip. */
export const LOOKUP_HINT =
  'Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập địa chỉ trên, nhập mã hồ sơ và 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân đã khai khi nộp hồ sơ.';
