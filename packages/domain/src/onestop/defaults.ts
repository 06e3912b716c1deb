/**
 * Defaults of the one-stop desk's P/U facts; each is a setting (contracts `settings.ts`, area `onestop`).
 * Tags and sources are on the settings; the values are the reference's.
 */
export const DEFAULT_ONESTOP = {
  /** Placeholder: the real identifier comes from the province's list (QCVN 102:2016), §3.3. */
  agencyCode: '000.00.00.H00',
  /** Decree 107/2021 limited rescheduling to once (§3.6, M). */
  apologyLimit: 1,
  /** Paper dossiers received after 15:00 go to the division the next working day (§3.4, M). */
  transferCutoff: '15:00',
  /** §5: compare local calendar dates for early / on time / late (the reference's recommendation). */
  classifyBy: 'date' as 'date' | 'instant',
  /** Lookups on the public page per minute and address before it is slowed down. */
  lookupsPerMinute: 10,
  /** §10.2: savings = (cost before − cost after) × dossiers a year; days likewise. */
  simplificationYearlyBasis: 'dossiers_per_year' as 'dossiers_per_year' | 'per_dossier',
};
