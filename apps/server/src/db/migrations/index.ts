import type { Migration, MigrationProvider } from 'kysely';
import * as m001 from './20261126_001_foundation.ts';
import * as m002 from './20261126_002_people_name_suffixes.ts';
import * as m003 from './20261126_003_ratings.ts';
import * as m004 from './20261126_004_award_history.ts';
import * as m005 from './20261126_005_movements.ts';
import * as m006 from './20261126_006_proposals.ts';
import * as m007 from './20261126_007_mail.ts';
import * as m008 from './20261126_008_initiative_review.ts';
import * as m101 from './20261207_101_sign_in_throttle.ts';
import * as m102 from './20261207_102_audit_anchoring.ts';
import * as m103 from './20261207_103_one_transitions_table.ts';
import * as m104 from './20261207_104_calendar_days.ts';
import * as m108 from './20261207_108_decisions_search_key.ts';
import * as m105 from './20261207_105_settings.ts';
import * as m106 from './20261207_106_rounds_initiatives_transitions.ts';
import * as m109 from './20261207_109_session_quorum.ts';
import * as m116 from './20261207_116_decision_wording.ts';
import * as m117 from './20261207_117_procedures.ts';
import * as m118 from './20261207_118_dossiers.ts';
import * as m120 from './20261207_120_statistics_catalog.ts';
import * as m121 from './20261207_121_statistics_values.ts';
import * as m122 from './20261207_122_registries.ts';
import * as m123 from './20261207_123_stat_values_pivot_index.ts';
import * as m119 from './20261207_119_dossier_list_indexes.ts';
import * as m114 from './20261207_114_session_item_comparison.ts';
import * as m115 from './20261207_115_voting_comparisons.ts';
import * as m125 from './20261207_125_dossier_report_days.ts';
import * as m126 from './20261207_126_dossier_document_scans.ts';
import * as m127 from './20261207_127_statistics_search_keys.ts';
import * as m128 from './20261207_128_scorecards.ts';
import * as m129 from './20261207_129_stat_value_totals.ts';
import * as m130 from './20261207_130_work_programmes.ts';
import * as m132 from './20261207_132_scorecard_signers_ballot.ts';
import * as m133 from './20261207_133_stat_value_totals_covering.ts';
import * as m134 from './20261208_134_report_drafts.ts';
import * as m135 from './20261208_135_public_comments.ts';
import * as m136 from './20261208_136_scorecard_minutes_tellers.ts';
import * as m137 from './20261208_137_people_search_trigram.ts';
import * as m139 from './20261208_139_ratings_year_rating.ts';
import * as m140 from './20261208_140_people_org_status.ts';
import * as m143 from './20261208_143_award_records_report.ts';

/** Migrations in order; each file explains why it exists. */
export const migrations: Record<string, Migration> = {
  '20261126_001_foundation': m001,
  '20261126_002_people_name_suffixes': m002,
  '20261126_003_ratings': m003,
  '20261126_004_award_history': m004,
  '20261126_005_movements': m005,
  '20261126_006_proposals': m006,
  '20261126_007_mail': m007,
  '20261126_008_initiative_review': m008,
  '20261207_101_sign_in_throttle': m101,
  '20261207_102_audit_anchoring': m102,
  '20261207_103_one_transitions_table': m103,
  '20261207_104_calendar_days': m104,
  '20261207_108_decisions_search_key': m108,
  '20261207_105_settings': m105,
  '20261207_106_rounds_initiatives_transitions': m106,
  '20261207_109_session_quorum': m109,
  '20261207_116_decision_wording': m116,
  '20261207_117_procedures': m117,
  '20261207_118_dossiers': m118,
  '20261207_119_dossier_list_indexes': m119,
  '20261207_114_session_item_comparison': m114,
  '20261207_120_statistics_catalog': m120,
  '20261207_121_statistics_values': m121,
  '20261207_122_registries': m122,
  '20261207_123_stat_values_pivot_index': m123,
  '20261207_115_voting_comparisons': m115,
  '20261207_125_dossier_report_days': m125,
  '20261207_126_dossier_document_scans': m126,
  '20261207_127_statistics_search_keys': m127,
  '20261207_128_scorecards': m128,
  '20261207_129_stat_value_totals': m129,
  '20261207_130_work_programmes': m130,
  '20261207_132_scorecard_signers_ballot': m132,
  '20261207_133_stat_value_totals_covering': m133,
  '20261208_134_report_drafts': m134,
  '20261208_135_public_comments': m135,
  '20261208_136_scorecard_minutes_tellers': m136,
  '20261208_137_people_search_trigram': m137,
  '20261208_139_ratings_year_rating': m139,
  '20261208_140_people_org_status': m140,
  '20261208_143_award_records_report': m143,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
