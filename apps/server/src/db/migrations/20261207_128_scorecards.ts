import type { Kysely } from 'kysely';

/**
 * Scorecards (docs/scorecards.md): versioned templates (a tree of fields → criteria → sub-criteria, with bonus
 * and penalty items), one per bloc and year or per PAR-index year; scoring cycles of a template with one sheet
 * per member; the score of each member on each item (self, appraised, the frozen figure of a computed
 * criterion, the explanation); the bloc's acclamation minutes; and the department's PAR-index results by year.
 * Points are `real`; statuses follow the workflows in packages/domain/src/scorecards.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Builder = any;
const stamps = (t: Builder) =>
  t
    .addColumn('created_at', 'text', (c: Builder) => c.notNull())
    .addColumn('updated_at', 'text', (c: Builder) => c.notNull())
    .addColumn('version', 'integer', (c: Builder) => c.notNull().defaultTo(1));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await stamps(
    db.schema
      .createTable('scorecard_templates')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('bloc_id', 'text', (c) => c.references('blocs.id'))
      // bloc id, or 'par': one template per scope and year (a null bloc would not be unique on PostgreSQL).
      .addColumn('scope_key', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('search_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
      .addColumn('copied_from_id', 'text')
      .addColumn('bonus_cap', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('penalty_cap', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('basis', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('scorecard_templates_scope_year', ['scope_key', 'year']),
  ).execute();

  await db.schema
    .createTable('scorecard_items')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('template_id', 'text', (c) => c.notNull().references('scorecard_templates.id'))
    .addColumn('parent_id', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('max_points', 'real', (c) => c.notNull())
    .addColumn('guidance', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('method', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('source', 'text')
    // JSON of the contracts' ScoringRule, for a computed item.
    .addColumn('scoring', 'text')
    .execute();
  await db.schema.createIndex('scorecard_items_template').on('scorecard_items').columns(['template_id']).execute();

  await stamps(
    db.schema
      .createTable('scorecards')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('template_id', 'text', (c) => c.notNull().references('scorecard_templates.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('bloc_year_id', 'text', (c) => c.references('bloc_years.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('search_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('self_due', 'text')
      .addColumn('appraisal_due', 'text')
      .addColumn('published_on', 'text')
      .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decision_date', 'text')
      .addColumn('decision_signer', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await db.schema.createIndex('scorecards_kind_year').on('scorecards').columns(['kind', 'year']).execute();

  await stamps(
    db.schema
      .createTable('scorecard_members')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('scorecard_id', 'text', (c) => c.notNull().references('scorecards.id'))
      .addColumn('org_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('self_total', 'real')
      .addColumn('appraised_total', 'real')
      .addColumn('survey_score', 'real')
      .addColumn('final_total', 'real')
      .addColumn('rank', 'integer')
      .addColumn('classification', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('explanation_used', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema
    .createIndex('scorecard_members_scorecard')
    .on('scorecard_members')
    .columns(['scorecard_id', 'position'])
    .execute();

  await db.schema
    .createTable('scorecard_scores')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('scorecard_members.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('scorecard_items.id'))
    .addColumn('self_points', 'real')
    .addColumn('self_note', 'text', (c) => c.notNull().defaultTo(''))
    // JSON of the contracts' SourceFigure, frozen when the member submits.
    .addColumn('figure', 'text')
    .addColumn('appraisal', 'text')
    .addColumn('appraised_points', 'real')
    .addColumn('appraisal_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('scorecard_scores_member_item', ['member_id', 'item_id'])
    .execute();

  await stamps(
    db.schema
      .createTable('scorecard_minutes')
      .addColumn('scorecard_id', 'text', (c) => c.primaryKey().notNull().references('scorecards.id'))
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('chair', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('secretary', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('attendees', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('present', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('ballots', 'integer', (c) => c.notNull().defaultTo(0))
      // JSON [{memberId, votes}].
      .addColumn('votes', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('conclusion', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await stamps(
    db.schema
      .createTable('par_index_results')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('self_score', 'real')
      .addColumn('appraised_score', 'real')
      .addColumn('survey_score', 'real')
      .addColumn('final_score', 'real')
      .addColumn('rank', 'integer')
      .addColumn('of_count', 'integer')
      .addColumn('classification', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decision_date', 'text')
      .addColumn('decision_signer', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('scorecard_id', 'text', (c) => c.references('scorecards.id'))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('par_index_results_org_year', ['org_id', 'year']),
  ).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'par_index_results',
    'scorecard_minutes',
    'scorecard_scores',
    'scorecard_members',
    'scorecards',
    'scorecard_items',
    'scorecard_templates',
  ])
    await db.schema.dropTable(t).execute();
}
