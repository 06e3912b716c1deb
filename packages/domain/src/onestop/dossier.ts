/**
 * The words of a dossier at the one-stop desk apart from its workflow (docs/one-stop.md): how it came in, who
 * filed it, how it ended, and its code.
 */
/** Submission channels with the portal's codes (§3.1). */
export const DOSSIER_CHANNELS = ['counter', 'online', 'post'] as const;
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];
export const DOSSIER_CHANNEL_CODES: Record<DossierChannel, string> = { counter: '1', online: '2', post: '3' };
export const DOSSIER_CHANNEL_LABELS: Record<DossierChannel, string> = {
  counter: 'Trực tiếp tại Bộ phận Một cửa',
  online: 'Trực tuyến',
  post: 'Qua dịch vụ bưu chính công ích',
};

export const APPLICANT_KINDS = ['citizen', 'enterprise'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const APPLICANT_KIND_LABELS: Record<ApplicantKind, string> = {
  citizen: 'Công dân',
  enterprise: 'Tổ chức, doanh nghiệp',
};

export const DOSSIER_RESULTS = ['granted', 'refused'] as const;
export type DossierResult = (typeof DOSSIER_RESULTS)[number];
export const DOSSIER_RESULT_LABELS: Record<DossierResult, string> = {
  granted: 'Giải quyết (cấp kết quả)',
  refused: 'Từ chối giải quyết (có văn bản nêu rõ lý do)',
};

/**
 * The dossier code of §3.3: agency identifier, receipt day (Vietnam time, yyMMdd) and the day's running
 * number of that agency, 4 digits (more when a day passes 9,999).
 */
export function dossierCode(agencyCode: string, vnDate: string, n: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(vnDate);
  if (!m) throw new RangeError(`Ngày không hợp lệ: ${vnDate}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số thứ tự không hợp lệ: ${n}`);
  return `${agencyCode}-${m[1]!.slice(2)}${m[2]}${m[3]}-${String(n).padStart(4, '0')}`;
}
export const DOSSIER_CODE_PATTERN = /^[A-Za-z0-9.]+-\d{6}-\d{4,}$/;
