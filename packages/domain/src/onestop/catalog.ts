/**
 * The words of the procedure catalog (docs/one-stop.md; reference
 * docs/domain/one-stop-par-statistics.md §2, §6, §10, §11). Field codes are
 * ours and stable (stored on procedures); the labels are what the published
 * catalog calls the fields of the industry-and-trade sector.
 */
export const PROCEDURE_FIELDS = [
  'electricity',
  'chemicals',
  'explosives',
  'food_safety',
  'trade_promotion',
  'petroleum',
  'gas',
  'alcohol',
  'tobacco',
  'local_industry',
  'domestic_trade',
  'foreign_trade',
  'industrial_safety',
  'energy_efficiency',
  'multi_level_marketing',
  'consumer_protection',
] as const;
export type ProcedureField = (typeof PROCEDURE_FIELDS)[number];
export const PROCEDURE_FIELD_LABELS: Record<ProcedureField, string> = {
  electricity: 'Điện',
  chemicals: 'Hóa chất',
  explosives: 'Vật liệu nổ công nghiệp',
  food_safety: 'An toàn thực phẩm',
  trade_promotion: 'Xúc tiến thương mại',
  petroleum: 'Kinh doanh xăng dầu',
  gas: 'Kinh doanh khí',
  alcohol: 'Lưu thông hàng hóa trong nước (rượu)',
  tobacco: 'Lưu thông hàng hóa trong nước (thuốc lá)',
  local_industry: 'Công nghiệp địa phương',
  domestic_trade: 'Thương mại trong nước',
  foreign_trade: 'Thương mại quốc tế',
  industrial_safety: 'An toàn kỹ thuật công nghiệp',
  energy_efficiency: 'Sử dụng năng lượng tiết kiệm và hiệu quả',
  multi_level_marketing: 'Quản lý bán hàng đa cấp',
  consumer_protection: 'Bảo vệ quyền lợi người tiêu dùng',
};

/** Which level of government handles a procedure (after 01/07/2025 the province and the commune). */
export const PROCEDURE_LEVELS = ['province', 'commune', 'district'] as const;
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number];
export const PROCEDURE_LEVEL_LABELS: Record<ProcedureLevel, string> = {
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
  district: 'Cấp huyện (đến 30/06/2025)',
};

/**
 * Online public service levels of Decree 42/2022 Art 11 (§6): full (toàn trình) or partial (một phần);
 * `none` for a procedure offered at the counter only. `legacy` is the old level number still exchanged
 * with existing systems ("4" toàn trình, "3" một phần, "2" information only).
 */
export const ONLINE_LEVELS = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export const ONLINE_LEVEL_LABELS: Record<OnlineLevel, string> = {
  full: 'Dịch vụ công trực tuyến toàn trình',
  partial: 'Dịch vụ công trực tuyến một phần',
  none: 'Chỉ nộp trực tiếp hoặc qua bưu chính',
};
export const ONLINE_LEVEL_LEGACY: Record<OnlineLevel, string> = { full: '4', partial: '3', none: '2' };

/** Whether a required document is the original, a copy, or either (bản chính / bản sao / bản chính hoặc bản sao). */
export const DOCUMENT_KINDS = ['original', 'copy', 'either'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  either: 'Bản chính hoặc bản sao',
};

/** A procedure's status in the catalog, and each version's. */
export const PROCEDURE_VERSION_STATUSES = ['draft', 'published', 'superseded', 'abolished'] as const;
export type ProcedureVersionStatus = (typeof PROCEDURE_VERSION_STATUSES)[number];
export const PROCEDURE_VERSION_STATUS_LABELS: Record<ProcedureVersionStatus, string> = {
  draft: 'Dự thảo',
  published: 'Đang có hiệu lực',
  superseded: 'Đã được sửa đổi, thay thế',
  abolished: 'Đã bãi bỏ',
};

/** National TTHC database codes look like 1.003349 or 2.000635 (§2). */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;
