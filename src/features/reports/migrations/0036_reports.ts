import type { Kysely } from 'kysely';

// Commitment 9 (issue 10): reporting cycles, each signatory's yearly report (sections per
// commitment, headline figures, own targets, the executive's statement, amendments), the status
// the daily job keeps per cycle and organisation, and the totals submissions keep for the
// consolidated report. Text and integer columns only (ADR 0002): figures that may hold decimals
// (targets) are decimal text.

export async function up(db: Kysely<unknown>): Promise<void> {
  // One cycle per reported year. Days are Belgian calendar days (YYYY-MM-DD). The counts are
  // kept by writes and the daily job (ADR 0032), so the dashboard never counts rows.
  await db.schema
    .createTable('reporting_cycles')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('grace_until', 'text', (c) => c.notNull())
    // JSON array of day offsets from the deadline on which reminders go out: [-14, 0, 7].
    .addColumn('reminder_offsets', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // The last Belgian day the daily job moved this cycle's statuses on (it runs once a day).
    .addColumn('last_day', 'text')
    .addColumn('required_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_started_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_progress_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reported_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('late_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_reporting_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull().references('reporting_cycles.year'))
    // The language the organisation writes its texts in (user content, shown with `lang`).
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // An organisation in its first year may keep its first report private (1).
    .addColumn('private', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('people_trained', 'integer')
    .addColumn('people_reached', 'integer')
    .addColumn('training_hours', 'integer')
    .addColumn('devices', 'integer')
    // Bumped by every save of the headline figures: two people never silently overwrite each other.
    .addColumn('headline_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('amendment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .execute();
  await db.schema.createIndex('reports_org_year').on('reports').columns(['org_id', 'year']).unique().execute();
  // A cycle's reports in submission order (the secretariat's export, keyset on (submitted_at, id)).
  await db.schema.createIndex('reports_year').on('reports').columns(['year', 'submitted_at', 'id']).execute();

  // One section per commitment (1 to 9). `facts` is the JSON snapshot of what the platform knew
  // for the year when the report was started (catalogue keys with values, rendered in the
  // reader's language); the organisation confirms it or writes a correction.
  await db.schema
    .createTable('report_sections')
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('commitment', 'integer', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('correction', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('worked', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hard', 'text', (c) => c.notNull().defaultTo(''))
    // Bumped by every save: a save made from an older version is a conflict, shown, never lost.
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text')
    .addPrimaryKeyConstraint('report_sections_pk', ['report_id', 'commitment'])
    .execute();

  // An organisation's own targets: set in one year's report for a later year, and the value
  // reached entered in the report of the target's year.
  await db.schema
    .createTable('report_targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('set_in_report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('base_year', 'integer', (c) => c.notNull())
    .addColumn('base_value', 'text', (c) => c.notNull())
    .addColumn('target_year', 'integer', (c) => c.notNull())
    .addColumn('target_value', 'text', (c) => c.notNull())
    .addColumn('reached_value', 'text')
    .addColumn('reached_report_id', 'text')
    // The progress status (progress.ts) computed when the value reached was entered.
    .addColumn('progress', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_targets_org')
    .on('report_targets')
    .columns(['org_id', 'target_year', 'id'])
    .execute();
  await db.schema.createIndex('report_targets_set_in').on('report_targets').columns(['set_in_report_id']).execute();

  // The statement of continued support, signed personally by the executive through a link, as
  // at signing; `text_hash` is the SHA-256 of the exact text they signed.
  await db.schema
    .createTable('report_statements')
    .addColumn('report_id', 'text', (c) => c.primaryKey().references('reports.id').onDelete('cascade'))
    .addColumn('executive_name', 'text', (c) => c.notNull())
    .addColumn('executive_email', 'text', (c) => c.notNull())
    .addColumn('executive_role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text')
    .addColumn('signed_name', 'text')
    .addColumn('signed_at', 'text')
    .execute();
  await db.schema.createIndex('report_statements_token').on('report_statements').columns(['token_hash']).execute();

  // A correction after submitting: the part changed, the reason, and both versions (JSON).
  await db.schema
    .createTable('report_amendments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('made_by', 'text', (c) => c.notNull())
    .addColumn('made_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_amendments_report')
    .on('report_amendments')
    .columns(['report_id', 'made_at', 'id'])
    .execute();

  // Each required organisation's status in a cycle, as `reportingStatus` computes it, kept by
  // report writes and the daily job (ADR 0032) for the profile, the directory, open data and the
  // dashboard.
  await db.schema
    .createTable('reporting_statuses')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull().references('reporting_cycles.year'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('since', 'text')
    .addColumn('after_deadline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reporting_statuses_pk', ['org_id', 'year'])
    .execute();
  // A cycle's organisations by status (dashboard, filter, reminders; keyset on org_id).
  await db.schema
    .createIndex('reporting_statuses_year')
    .on('reporting_statuses')
    .columns(['year', 'status', 'org_id'])
    .execute();

  // What submitted reports add up to, per year, for everyone (scope 'all', code ''), per sector
  // and per region: kept by submissions and amendments, read by the consolidated report.
  // `commitment_1`…`commitment_9` count the reports whose section had something done.
  let totals = db.schema
    .createTable('report_totals')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('people_trained', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('people_reached', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('training_hours', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('devices', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('targets_due', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('targets_met', 'integer', (c) => c.notNull().defaultTo(0));
  for (let n = 1; n <= 9; n++) totals = totals.addColumn(`commitment_${n}`, 'integer', (c) => c.notNull().defaultTo(0));
  await totals.addPrimaryKeyConstraint('report_totals_pk', ['year', 'scope', 'code']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'report_totals',
    'reporting_statuses',
    'report_amendments',
    'report_statements',
    'report_targets',
    'report_sections',
    'reports',
    'reporting_cycles',
  ])
    await db.schema.dropTable(table).execute();
}
