import type { Kysely } from 'kysely';

/**
 * Work programmes (docs/work-programmes.md): yearly, quarterly and monthly programmes issued by the Director's
 * decision, their amendments; tasks (with the units that co-operate), which programmes hold them (a quarter's or
 * a month's programme takes tasks from the year's), each task's change history (added, edited, moved, dropped,
 * with the reason), the units' monthly progress reports (with a request for a new deadline and the leader's
 * answer), and the reminders sent so each is sent once. Statuses follow packages/domain/src/workProgrammes.
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
      .createTable('work_programmes')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      // 0 for a year's programme, 1–4 for a quarter's, 1–12 for a month's.
      .addColumn('period', 'integer', (c) => c.notNull().defaultTo(0))
      // The organisation whose programme it is (the department); its tasks go to units of its subtree.
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      // A quarter's or a month's programme: the year's it takes tasks from.
      .addColumn('parent_id', 'text', (c) => c.references('work_programmes.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('search_key', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
      .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decision_date', 'text')
      .addColumn('decision_signer', 'text', (c) => c.notNull().defaultTo(''))
      // The amendment in force: 0 as issued, then 1, 2, …
      .addColumn('amendment', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('work_programmes_org_period', ['org_id', 'kind', 'year', 'period']),
  ).execute();

  await db.schema
    .createTable('work_programme_amendments')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('programme_id', 'text', (c) => c.notNull().references('work_programmes.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_date', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('work_programme_amendments_number', ['programme_id', 'number'])
    .execute();

  await stamps(
    db.schema
      .createTable('work_tasks')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      // The programme the task was created in (its origin).
      .addColumn('programme_id', 'text', (c) => c.notNull().references('work_programmes.id'))
      .addColumn('year', 'integer', (c) => c.notNull())
      // Its number in the origin programme ("12"), shown and sorted by.
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('search_key', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('product', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('leader_person_id', 'text', (c) => c.references('people.id'))
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      // The deadline as first assigned; `deadline` moves with approved extensions.
      .addColumn('original_deadline', 'text', (c) => c.notNull())
      // A relative deadline: the number of working days from the start (the calendar computed `deadline`).
      .addColumn('deadline_working_days', 'integer')
      .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
      .addColumn('source_kind', 'text')
      .addColumn('source_number', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('source_date', 'text')
      .addColumn('source_issuer', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('source_title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
      .addColumn('procedure_id', 'text', (c) => c.references('procedures.id'))
      .addColumn('indicator_id', 'text', (c) => c.references('stat_indicators.id'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('assigned'))
      .addColumn('percent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('completed_on', 'text')
      // What was delivered, as the unit described it when completing (the file, if any, is an attachment).
      .addColumn('product_note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await db.schema.createIndex('work_tasks_org_year').on('work_tasks').columns(['org_id', 'year']).execute();
  await db.schema.createIndex('work_tasks_programme').on('work_tasks').columns(['programme_id', 'position']).execute();
  await db.schema.createIndex('work_tasks_deadline').on('work_tasks').columns(['year', 'deadline']).execute();

  await db.schema
    .createTable('work_task_partners')
    .addColumn('task_id', 'text', (c) => c.notNull().references('work_tasks.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('work_task_partners_pk', ['task_id', 'org_id'])
    .execute();

  await db.schema
    .createTable('work_programme_tasks')
    .addColumn('programme_id', 'text', (c) => c.notNull().references('work_programmes.id'))
    .addColumn('task_id', 'text', (c) => c.notNull().references('work_tasks.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // The amendment that added it (0: as issued or drafted); removed ones stay with the amendment that removed them.
    .addColumn('added_amendment', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('removed_amendment', 'integer')
    .addColumn('removed_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('work_programme_tasks_pk', ['programme_id', 'task_id'])
    .execute();
  await db.schema.createIndex('work_programme_tasks_task').on('work_programme_tasks').columns(['task_id']).execute();

  await db.schema
    .createTable('work_task_changes')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('task_id', 'text', (c) => c.notNull().references('work_tasks.id'))
    .addColumn('programme_id', 'text', (c) => c.notNull().references('work_programmes.id'))
    .addColumn('amendment', 'integer', (c) => c.notNull().defaultTo(0))
    // 'added' | 'edited' | 'moved' | 'dropped' | 'taken' | 'removed' | 'extended'
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON of the fields before and after.
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_task_changes_task').on('work_task_changes').columns(['task_id']).execute();

  await stamps(
    db.schema
      .createTable('work_task_reports')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('task_id', 'text', (c) => c.notNull().references('work_tasks.id'))
      // The unit that reported (the unit in charge at the time).
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
      // The month reported on, YYYY-MM.
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('percent', 'integer', (c) => c.notNull())
      .addColumn('done_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('obstacles', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('requested_deadline', 'text')
      .addColumn('request_reason', 'text', (c) => c.notNull().defaultTo(''))
      // null: no request; 'pending' | 'approved' | 'refused'.
      .addColumn('request_status', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('decided_by_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decided_at', 'text')
      .addColumn('decision_note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('reported_by', 'text')
      .addColumn('reported_by_name', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('work_task_reports_task')
    .on('work_task_reports')
    .columns(['task_id', 'period'])
    .execute();

  await db.schema
    .createTable('work_task_reminders')
    .addColumn('task_id', 'text', (c) => c.notNull().references('work_tasks.id'))
    // 'before' | 'overdue'
    .addColumn('kind', 'text', (c) => c.notNull())
    // The deadline the reminder was about (a new deadline earns a new reminder).
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_task_reminders_pk', ['task_id', 'kind', 'deadline'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'work_task_reminders',
    'work_task_reports',
    'work_task_changes',
    'work_programme_tasks',
    'work_task_partners',
    'work_tasks',
    'work_programme_amendments',
    'work_programmes',
  ])
    await db.schema.dropTable(t).execute();
}
