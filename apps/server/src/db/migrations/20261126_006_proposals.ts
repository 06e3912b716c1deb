import type { Kysely } from 'kysely';

/**
 * Proposal dossiers with their items and append-only transitions; the
 * council's members, sessions, attendance and SECRET ballot (per-item counters
 * plus a receipt per member, so no row ever ties a member to his choice); and
 * the decision register with its per-year counters (numbers without gaps or
 * duplicates) and recipients. Award records point back to their decision.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('commendation_type', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('simplified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('posting_from', 'text')
    .addColumn('posting_to', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('proposals_status_idx').on('proposals').columns(['status', 'year']).execute();
  await db.schema.createIndex('proposals_org_idx').on('proposals').column('org_id').execute();

  await db.schema
    .createTable('proposal_items')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('award_code', 'text', (c) => c.notNull())
    .addColumn('achievement', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('justification', 'text', (c) => c.notNull().defaultTo(''))
    // The engine's verdict when the dossier was submitted, kept as it was (JSON: verdict, notes, flags).
    .addColumn('snapshot', 'text')
    .addColumn('return_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('decision_id', 'text')
    .execute();
  await db.schema.createIndex('proposal_items_proposal_idx').on('proposal_items').column('proposal_id').execute();
  await db.schema
    .createIndex('proposal_items_subject_idx')
    .on('proposal_items')
    .columns(['subject_id', 'award_code'])
    .execute();

  await db.schema
    .createTable('proposal_transitions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('action', 'text')
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_transitions_proposal_idx')
    .on('proposal_transitions')
    .columns(['proposal_id', 'at'])
    .execute();

  await db.schema
    .createTable('council_members')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // The member as a person of the department, when he is one: he never votes on his own item.
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('term_from', 'text', (c) => c.notNull())
    .addColumn('term_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('council_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // The members sitting in a session (the council as composed that day) and whether each attended.
  await db.schema
    .createTable('session_members')
    .addColumn('session_id', 'text', (c) => c.notNull().references('council_sessions.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('council_members.id'))
    .addColumn('present', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('session_members_pk', ['session_id', 'member_id'])
    .execute();
  // Agenda items with the secret ballot's counters: only sums, never a member's choice.
  await db.schema
    .createTable('session_items')
    .addColumn('session_id', 'text', (c) => c.notNull().references('council_sessions.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('proposal_items.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('agree', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disagree', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('abstain', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('eligible', 'integer')
    .addColumn('threshold', 'double precision', (c) => c.notNull())
    .addColumn('approved', 'integer')
    .addPrimaryKeyConstraint('session_items_pk', ['session_id', 'item_id'])
    .execute();
  // That a member has voted on an item (so he votes once), with nothing of what he chose.
  await db.schema
    .createTable('ballot_receipts')
    .addColumn('session_id', 'text', (c) => c.notNull().references('council_sessions.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('council_members.id'))
    .addPrimaryKeyConstraint('ballot_receipts_pk', ['session_id', 'item_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('decision_counters')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_counters_pk', ['symbol', 'year'])
    .execute();
  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('signer', 'text', (c) => c.notNull())
    .addColumn('signer_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revokes_id', 'text')
    .addColumn('revoked_by_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // One number per issuing authority and year: a number typed twice is refused by the database too.
    .addUniqueConstraint('decisions_number_uq', ['authority', 'year', 'number'])
    .execute();
  await db.schema.createIndex('decisions_year_idx').on('decisions').columns(['year', 'signed_on']).execute();
  await db.schema
    .createTable('decision_recipients')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    // The name and post as printed on the decision, kept even if the person is renamed later.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('award_code', 'text', (c) => c.notNull())
    .addColumn('bonus', 'integer')
    .addColumn('item_id', 'text')
    .addColumn('award_record_id', 'text')
    .addPrimaryKeyConstraint('decision_recipients_pk', ['decision_id', 'position'])
    .execute();
  await db.schema
    .createTable('decision_proposals')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addPrimaryKeyConstraint('decision_proposals_pk', ['decision_id', 'proposal_id'])
    .execute();

  await db.schema.alterTable('award_records').addColumn('decision_id', 'text').execute();
  await db.schema.alterTable('award_records').addColumn('bonus', 'integer').execute();
  await db.schema.createIndex('award_records_decision_idx').on('award_records').column('decision_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('award_records_decision_idx').execute();
  await db.schema.alterTable('award_records').dropColumn('bonus').execute();
  await db.schema.alterTable('award_records').dropColumn('decision_id').execute();
  for (const t of [
    'decision_proposals',
    'decision_recipients',
    'decisions',
    'decision_counters',
    'ballot_receipts',
    'session_items',
    'session_members',
    'council_sessions',
    'council_members',
    'proposal_transitions',
    'proposal_items',
    'proposals',
  ])
    await db.schema.dropTable(t).execute();
}
