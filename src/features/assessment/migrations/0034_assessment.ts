import type { Kysely } from 'kysely';

// The self-assessment (issue 9, commitment 7): framework versions, runs and their answers, and
// the aggregates that submissions keep (each organisation's latest level per cell, the peer
// counts per sector and size band, the public line). Text and integer columns only (ADR 0002).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_frameworks')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('superseded_at', 'text')
    .execute();

  await db.schema
    .createTable('assessment_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('framework_version', 'integer', (c) => c.notNull().references('assessment_frameworks.version'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('previous_run_id', 'text')
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('year', 'integer')
    .addColumn('dimension_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cell_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('shared_at', 'text')
    .addColumn('shared_by', 'text')
    .execute();
  // An organisation's runs, newest first (keyset on (started_at, id)).
  await db.schema
    .createIndex('assessment_runs_org')
    .on('assessment_runs')
    .columns(['org_id', 'started_at', 'id'])
    .execute();
  // The runs shared with the secretariat, newest first.
  await db.schema.createIndex('assessment_runs_shared').on('assessment_runs').columns(['shared_at', 'id']).execute();

  await db.schema
    .createTable('assessment_answers')
    .addColumn('run_id', 'text', (c) => c.notNull().references('assessment_runs.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('level', 'integer')
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('links', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file', 'text')
    .addColumn('file_name', 'text')
    .addColumn('file_type', 'text')
    .addColumn('file_bytes', 'integer')
    .addColumn('plan', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text')
    .addPrimaryKeyConstraint('assessment_answers_pk', ['run_id', 'dimension', 'audience'])
    .execute();

  // Each organisation's latest submitted level per cell: what the peer counts hold for it.
  await db.schema
    .createTable('assessment_latest')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('size_band', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_latest_pk', ['org_id', 'dimension', 'audience'])
    .execute();

  // How many organisations of a sector and size band stand at each level of a cell.
  await db.schema
    .createTable('assessment_peer_counts')
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('size_band', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('organisations', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_peer_counts_pk', ['sector', 'size_band', 'dimension', 'audience', 'level'])
    .execute();

  // One row per organisation that has submitted: the public line and the overview read it.
  await db.schema
    .createTable('assessment_profiles')
    .addColumn('org_id', 'text', (c) => c.primaryKey().references('organisations.id').onDelete('cascade'))
    .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_run_id', 'text')
    .addColumn('last_submitted_at', 'text')
    .addColumn('last_year', 'integer')
    .addColumn('last_dimensions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('runs_submitted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('draft_run_id', 'text')
    .execute();

  // Members an organisation's administrators allow to edit its runs ("editors").
  await db.schema
    .createTable('assessment_editors')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_editors_pk', ['org_id', 'user_id'])
    .execute();

  // Submissions per year for the secretariat's overview (kept by submit).
  await db.schema
    .createTable('assessment_year_counts')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('runs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('organisations', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
