/**
 * The applicant's satisfaction with a dossier's handling (reference
 * docs/domain/one-stop-par-statistics.md §7.2): the three-level rating used on
 * kiosks, QR codes and the portal. Stored in `dossier_ratings.rating`; the
 * public rating form and the satisfaction report both read these.
 */
export const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'unsatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export const SATISFACTION_LEVEL_LABELS: Record<SatisfactionLevel, string> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  unsatisfied: 'Không hài lòng',
};
/** Levels that count as satisfied in the share the report shows. */
export const SATISFIED_LEVELS: readonly SatisfactionLevel[] = ['very_satisfied', 'satisfied'];
export const isSatisfactionLevel = (value: string): value is SatisfactionLevel =>
  (SATISFACTION_LEVELS as readonly string[]).includes(value);
