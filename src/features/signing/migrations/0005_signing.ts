import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('applicant_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('executive_name', 'text', (c) => c.notNull())
    .addColumn('executive_title', 'text', (c) => c.notNull())
    .addColumn('executive_email', 'text', (c) => c.notNull())
    .addColumn('executive_lang', 'text', (c) => c.notNull())
    .addColumn('charter_version_id', 'text', (c) => c.notNull().references('charter_versions.id'))
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('token_expires_at', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('executive_answered_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('info_request', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The review queue: by status, oldest first.
  await db.schema
    .createIndex('applications_queue')
    .on('applications')
    .columns(['status', 'submitted_at', 'id'])
    .execute();
  await db.schema.createIndex('applications_org').on('applications').column('org_id').execute();

  await db.schema
    .createTable('signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
    .addColumn('charter_version_id', 'text', (c) => c.notNull().references('charter_versions.id'))
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signer_title', 'text', (c) => c.notNull())
    .addColumn('signer_email', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('signatures_org').on('signatures').columns(['org_id', 'signed_at']).execute();

  await db.schema
    .createTable('application_drafts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
