import type { ClassificationBand, TieBreakKey } from './types.ts';

/**
 * Defaults of the scorecards' P/U facts; each is a setting (contracts `settingsScorecards.ts`, area
 * `scorecards`), documented in docs/settings.md. Tags and sources are on the settings.
 */

/** Kinds of evidence file a criterion may carry, as the platform's file check recognises them by content. */
export const EVIDENCE_KINDS = ['pdf', 'docx', 'xlsx', 'doc', 'jpg', 'png'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_INFO: Record<EvidenceKind, { label: string; mime: string; exts: string[] }> = {
  pdf: { label: 'PDF (.pdf)', mime: 'application/pdf', exts: ['pdf'] },
  docx: {
    label: 'Word (.docx)',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    exts: ['docx'],
  },
  xlsx: {
    label: 'Excel (.xlsx)',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    exts: ['xlsx'],
  },
  // The platform tells the 97–2003 formats apart from others by content but not Word from Excel.
  doc: { label: 'Word/Excel 97–2003 (.doc, .xls)', mime: 'application/msword', exts: ['doc', 'xls'] },
  jpg: { label: 'Ảnh JPEG (.jpg)', mime: 'image/jpeg', exts: ['jpg', 'jpeg'] },
  png: { label: 'Ảnh PNG (.png)', mime: 'image/png', exts: ['png'] },
};

/** The detected mime types an evidence upload may have under the setting's kinds. */
export const evidenceMimes = (kinds: readonly EvidenceKind[]): string[] => [
  ...new Set(kinds.map((k) => EVIDENCE_KIND_INFO[k].mime)),
];

/** "Chỉ nhận: PDF (.pdf), Word (.docx)": the list a refusal of a wrong evidence file quotes. */
export const evidenceKindsText = (kinds: readonly EvidenceKind[]): string =>
  kinds.map((k) => EVIDENCE_KIND_INFO[k].label).join(', ');

/** The settings a scoring cycle reads (server: `scorecardSettings(db)`), read on every use. */
export interface ScorecardSettings {
  tieBreak: TieBreakKey[];
  bands: ClassificationBand[];
  /** How many times the appraisers may ask a sheet for an explanation (0: never). */
  explanationRounds: number;
  evidenceTypes: EvidenceKind[];
}

export const DEFAULT_SCORECARDS: ScorecardSettings = {
  /** The fields in template order first: the bloc's rules usually rank the core work above bonuses. */
  tieBreak: ['field_order', 'fewer_penalty', 'smaller_reduction'],
  /**
   * The labels the 766 dashboards show (reference one-stop-par-statistics §8, [S]); their thresholds were not
   * found [?], so these are the usual provincial ones, to be replaced by the province's decision (U).
   */
  bands: [
    { minPercent: 90, label: 'Xuất sắc' },
    { minPercent: 80, label: 'Tốt' },
    { minPercent: 65, label: 'Khá' },
    { minPercent: 50, label: 'Trung bình' },
    { minPercent: 0, label: 'Yếu' },
  ],
  /** §12.2: the appraisal may ask, and the unit explain, once. */
  explanationRounds: 1,
  evidenceTypes: ['pdf', 'docx', 'xlsx', 'jpg', 'png'],
};
