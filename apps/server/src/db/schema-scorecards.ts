/** Scorecards and the PAR index (migration 20261207_128, docs/scorecards.md). Booleans are 0/1. */

interface Stamped {
  created_at: string;
  updated_at: string;
  version: number;
}

export type ScorecardKind = 'bloc' | 'par';

export interface ScorecardTemplateTable extends Stamped {
  id: string;
  kind: ScorecardKind;
  bloc_id: string | null;
  /** The bloc's id, or 'par'. */
  scope_key: string;
  year: number;
  name: string;
  search_key: string;
  /** 'draft' | 'frozen' (a cycle uses it). */
  status: string;
  copied_from_id: string | null;
  bonus_cap: number;
  penalty_cap: number;
  /** The document the template comes from ("Quyết định 1325/QĐ-UBND ngày 23/6/2023"). */
  basis: string;
}

export interface ScorecardItemTable {
  id: string;
  template_id: string;
  parent_id: string | null;
  position: number;
  /** "1", "1.2", "1.2.a": shown, not computed. */
  code: string;
  /** 'field' | 'criterion' | 'sub' | 'bonus' | 'penalty'. */
  kind: string;
  name: string;
  max_points: number;
  guidance: string;
  evidence: string;
  /** 'manual' | 'computed'. */
  method: string;
  /** A computed item's source key (modules/scorecards/sources). */
  source: string | null;
  /** JSON ScoringRule. */
  scoring: string | null;
}

export interface ScorecardTable extends Stamped {
  id: string;
  template_id: string;
  kind: ScorecardKind;
  bloc_year_id: string | null;
  year: number;
  name: string;
  search_key: string;
  status: string;
  self_due: string | null;
  appraisal_due: string | null;
  published_on: string | null;
  decision_number: string;
  decision_date: string | null;
  decision_signer: string;
  note: string;
}

export interface ScorecardMemberTable extends Stamped {
  id: string;
  scorecard_id: string;
  org_id: string | null;
  name: string;
  position: number;
  status: string;
  submitted_at: string | null;
  self_total: number | null;
  appraised_total: number | null;
  survey_score: number | null;
  final_total: number | null;
  rank: number | null;
  classification: string;
  explanation_used: number;
  /** The member's head who signs its score sheet (migration 132). */
  signer_name?: string;
}

export interface ScorecardScoreTable {
  id: string;
  member_id: string;
  item_id: string;
  self_points: number | null;
  self_note: string;
  /** JSON SourceFigure. */
  figure: string | null;
  /** 'accepted' | 'reduced' | 'explain' | null. */
  appraisal: string | null;
  appraised_points: number | null;
  appraisal_reason: string;
  explanation: string;
  updated_at: string;
  updated_by: string;
}

export interface ScorecardMinutesTable extends Stamped {
  scorecard_id: string;
  held_on: string;
  place: string;
  chair: string;
  secretary: string;
  attendees: string;
  present: number;
  ballots: number;
  /** JSON [{memberId, votes}]. */
  votes: string;
  conclusion: string;
  /** `show_of_hands` or `secret_ballot` (migration 132). */
  voting_method?: string;
  /** The closed council session whose secret ballot gave the tallies (migration 132). */
  council_session_id?: string | null;
  /** The counting committee of a paper secret ballot (migration 136). */
  tellers?: string;
}

export interface ParIndexResultTable extends Stamped {
  id: string;
  org_id: string;
  year: number;
  self_score: number | null;
  appraised_score: number | null;
  survey_score: number | null;
  final_score: number | null;
  rank: number | null;
  of_count: number | null;
  classification: string;
  decision_number: string;
  decision_date: string | null;
  decision_signer: string;
  scorecard_id: string | null;
  note: string;
}

export interface ScorecardTables {
  scorecard_templates: ScorecardTemplateTable;
  scorecard_items: ScorecardItemTable;
  scorecards: ScorecardTable;
  scorecard_members: ScorecardMemberTable;
  scorecard_scores: ScorecardScoreTable;
  scorecard_minutes: ScorecardMinutesTable;
  par_index_results: ParIndexResultTable;
}
