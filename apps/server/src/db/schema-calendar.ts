/** The working-day calendar (migration 20261207_104): configured years and their exceptions. */
export interface CalendarYearTable {
  year: number;
  created_at: string;
}

export interface CalendarDayTable {
  id: string;
  /** ISO date, one row per day. */
  date: string;
  kind: string;
  name: string;
  legal_basis: string;
  created_at: string;
  updated_at: string;
  version: number;
}
