import type { ProposalStatus } from '@thidua/domain';

/** Table types of proposal dossiers, the council and the decision register (migration 006). */
export interface ProposalTable {
  id: string;
  org_id: string;
  title: string;
  search_key: string;
  commendation_type: string;
  year: number;
  simplified: number;
  movement_id: string | null;
  status: ProposalStatus;
  posting_from: string | null;
  posting_to: string | null;
  submitted_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ProposalItemTable {
  id: string;
  proposal_id: string;
  position: number;
  subject_kind: string;
  subject_id: string;
  org_id: string;
  award_code: string;
  achievement: string;
  justification: string;
  snapshot: string | null;
  return_reason: string;
  outcome: string;
  decision_id: string | null;
}

export interface CouncilMemberTable {
  id: string;
  user_id: string;
  person_id: string | null;
  role: string;
  org_id: string;
  term_from: string;
  term_to: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CouncilSessionTable {
  id: string;
  title: string;
  held_on: string;
  venue: string;
  status: string;
  closed_at: string | null;
  /** The quorum checked at the close (a share of the members); null for sessions closed before it was kept. */
  quorum?: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SessionMemberTable {
  session_id: string;
  member_id: string;
  present: number;
}

export interface SessionItemTable {
  session_id: string;
  item_id: string;
  position: number;
  agree: number;
  disagree: number;
  abstain: number;
  eligible: number | null;
  threshold: number;
  /** The comparison judged by at the close (`at_least`, `more_than`); null while the session is open (migration 114). */
  comparison?: string | null;
  approved: number | null;
}

export interface BallotReceiptTable {
  session_id: string;
  item_id: string;
  member_id: string;
}

export interface DecisionCounterTable {
  symbol: string;
  year: number;
  last: number;
}

export interface DecisionTable {
  id: string;
  number: string;
  seq: number | null;
  symbol: string;
  year: number;
  signed_on: string;
  signer: string;
  signer_title: string;
  authority: string;
  level: string;
  kind: string;
  summary: string;
  legal_basis: string;
  /** Number, summary and signer, diacritics-free and lower case (migration 108): the register's search. */
  search_key: string;
  status: string;
  revokes_id: string | null;
  revoked_by_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DecisionRecipientTable {
  decision_id: string;
  position: number;
  subject_kind: string;
  subject_id: string;
  org_id: string;
  name: string;
  detail: string;
  award_code: string;
  bonus: number | null;
  item_id: string | null;
  award_record_id: string | null;
}

export interface DecisionProposalTable {
  decision_id: string;
  proposal_id: string;
}

export interface EmailTemplateTable {
  kind: string;
  subject: string;
  body: string;
  updated_at: string;
  version: number;
}

export interface EmailOutboxTable {
  id: string;
  user_id: string;
  to_address: string;
  kind: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface ProposalTables {
  proposals: ProposalTable;
  proposal_items: ProposalItemTable;
  council_members: CouncilMemberTable;
  council_sessions: CouncilSessionTable;
  session_members: SessionMemberTable;
  session_items: SessionItemTable;
  ballot_receipts: BallotReceiptTable;
  decision_counters: DecisionCounterTable;
  decisions: DecisionTable;
  decision_recipients: DecisionRecipientTable;
  decision_proposals: DecisionProposalTable;
  email_templates: EmailTemplateTable;
  email_outbox: EmailOutboxTable;
}
