/** Migration 135: comments sent from the public posting page (docs/reports.md). */
export interface PublicCommentTable {
  id: string;
  proposal_id: string;
  /** The posted candidate commented on, or null for the dossier as a whole. */
  item_id: string | null;
  sender_name: string;
  sender_contact: string;
  body: string;
  address: string;
  created_at: string;
}

export interface PublicTables {
  public_comments: PublicCommentTable;
}
