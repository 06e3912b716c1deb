/** The wording of decisions as data (migration 116): the office's templates and each decision's copy. */

/** One saved version of a decision kind's wording; the highest version is in force, none means the default. */
export interface DecisionTemplateTable {
  /** 'title' | 'form' | 'mixed' (DECISION_WORDING_KINDS). */
  kind: string;
  version: number;
  /** DecisionWording as JSON text. */
  body: string;
  created_by: string | null;
  created_at: string;
}

/** The wording a decision was issued with: its documents keep it whatever the templates become. */
export interface DecisionWordingTable {
  decision_id: string;
  kind: string;
  /** The template version (0: the built-in default). */
  version: number;
  body: string;
}

export interface WordingTables {
  decision_templates: DecisionTemplateTable;
  decision_wordings: DecisionWordingTable;
}
