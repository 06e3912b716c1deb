import type { InitiativeStatus, RoundStatus } from '@thidua/domain';

/** Table types of the initiative registry (migration 004, grown by 008) and its review rounds (migration 008). */
export interface InitiativeTable {
  id: string;
  title: string;
  kind: string;
  field: string;
  org_id: string;
  level: string | null;
  recognised_on: string | null;
  decision_number: string;
  decision_signer: string;
  summary: string;
  /** The title, diacritics-free and lower case (migration 108): the registry's search. */
  search_key: string;
  /** Migration 008 (optional so that older inserts need not name them). */
  problem?: string;
  solution?: string;
  novelty?: string;
  first_applied_on?: string | null;
  applied_at?: string;
  benefit_amount?: number | string | null;
  social_benefit?: string;
  status?: InitiativeStatus;
  escalation?: string | null;
  escalated_on?: string | null;
  escalation_result_on?: string | null;
  escalation_decision?: string;
  escalation_note?: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface InitiativeRoundTable {
  id: string;
  title: string;
  opens_on: string;
  closes_on: string;
  status: RoundStatus;
  phases: string;
  current_phase: number;
  rubric: string;
  contested_stdev: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface InitiativeRoundItemTable {
  round_id: string;
  initiative_id: string;
  position: number;
  outcome: string;
}

export interface InitiativeReviewerTable {
  id: string;
  round_id: string;
  user_id: string;
  person_id: string | null;
  org_id: string;
  fields: string;
  initiative_ids: string;
  created_at: string;
}

export interface InitiativeReviewTable {
  round_id: string;
  initiative_id: string;
  reviewer_id: string;
  status: string;
  scores: string;
  total: number | null;
  comment: string;
  reason: string;
  updated_at: string;
}

export interface ProposalItemInitiativeTable {
  item_id: string;
  initiative_id: string;
}

export interface InitiativeReviewTables {
  initiative_rounds: InitiativeRoundTable;
  initiative_round_items: InitiativeRoundItemTable;
  initiative_reviewers: InitiativeReviewerTable;
  initiative_reviews: InitiativeReviewTable;
  proposal_item_initiatives: ProposalItemInitiativeTable;
}
