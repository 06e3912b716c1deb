import type { Kysely } from 'kysely';

/**
 * The initiative registry grows to the application form of the Initiative
 * Charter (problem, solution, novelty, first application, benefits) with a
 * status and the escalation to the provincial council; review rounds of the
 * department's initiative council with phases, a rubric and reviewers; one
 * score sheet per reviewer and initiative; and the initiatives a proposal item
 * rests on (the one-use rule).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite adds one column per statement.
  const add = (name: string, type: 'text' | 'bigint', def?: string) =>
    db.schema
      .alterTable('initiatives')
      .addColumn(name, type, (c) => (def === undefined ? c : c.notNull().defaultTo(def)))
      .execute();
  await add('problem', 'text', '');
  await add('solution', 'text', '');
  await add('novelty', 'text', '');
  await add('first_applied_on', 'text');
  await add('applied_at', 'text', '');
  await add('benefit_amount', 'bigint');
  await add('social_benefit', 'text', '');
  // submitted → in_review → recognised | not_recognised
  await add('status', 'text', 'submitted');
  // The provincial council's review of province-wide effect: proposed → recognised | not_recognised.
  await add('escalation', 'text');
  await add('escalated_on', 'text');
  await add('escalation_result_on', 'text');
  await add('escalation_decision', 'text', '');
  await add('escalation_note', 'text', '');
  await db.updateTable('initiatives').set({ status: 'recognised' }).where('level', 'is not', null).execute();

  await db.schema
    .createTable('initiative_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    // setup → open → closed → decided
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON: the phases with what reviewers may do and see in each; current_phase indexes them.
    .addColumn('phases', 'text', (c) => c.notNull())
    .addColumn('current_phase', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON: the weighted rubric, copied into the round so later edits do not change past scores.
    .addColumn('rubric', 'text', (c) => c.notNull())
    .addColumn('contested_stdev', 'integer', (c) => c.notNull().defaultTo(15))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('initiative_round_items')
    .addColumn('round_id', 'text', (c) => c.notNull().references('initiative_rounds.id').onDelete('cascade'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('pending'))
    .addPrimaryKeyConstraint('initiative_round_items_pk', ['round_id', 'initiative_id'])
    .execute();
  await db.schema
    .createIndex('initiative_round_items_initiative_idx')
    .on('initiative_round_items')
    .column('initiative_id')
    .execute();
  await db.schema
    .createTable('initiative_reviewers')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('round_id', 'text', (c) => c.notNull().references('initiative_rounds.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // The reviewer as a person of the department, when he is one (never scores his own initiative).
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    // JSON lists: the fields and the initiatives assigned; both empty means every initiative of the round.
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('initiative_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('initiative_reviewers_round_user_idx')
    .on('initiative_reviewers')
    .columns(['round_id', 'user_id'])
    .unique()
    .execute();
  await db.schema
    .createTable('initiative_reviews')
    .addColumn('round_id', 'text', (c) => c.notNull().references('initiative_rounds.id').onDelete('cascade'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('initiative_reviewers.id').onDelete('cascade'))
    // scored | abstained | recused (declared, with a reason)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('total', 'real')
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_reviews_pk', ['round_id', 'initiative_id', 'reviewer_id'])
    .execute();

  await db.schema
    .createTable('proposal_item_initiatives')
    .addColumn('item_id', 'text', (c) => c.notNull().references('proposal_items.id').onDelete('cascade'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id'))
    .addPrimaryKeyConstraint('proposal_item_initiatives_pk', ['item_id', 'initiative_id'])
    .execute();
  await db.schema
    .createIndex('proposal_item_initiatives_initiative_idx')
    .on('proposal_item_initiatives')
    .column('initiative_id')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'proposal_item_initiatives',
    'initiative_reviews',
    'initiative_reviewers',
    'initiative_round_items',
    'initiative_rounds',
  ])
    await db.schema.dropTable(t).execute();
  for (const c of [
    'escalation_note',
    'escalation_decision',
    'escalation_result_on',
    'escalated_on',
    'escalation',
    'status',
    'social_benefit',
    'benefit_amount',
    'applied_at',
    'first_applied_on',
    'novelty',
    'solution',
    'problem',
  ])
    await db.schema.alterTable('initiatives').dropColumn(c).execute();
}
