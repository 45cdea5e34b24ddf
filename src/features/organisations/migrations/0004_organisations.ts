import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('enterprise_number', 'text', (c) => c.notNull().unique())
    .addColumn('legal_name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('size_band', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('logo_file', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('charter_version', 'integer')
    .addColumn('invited_by_org_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The directory lists signatories by name or by signing date; keyset pagination walks these.
  await db.schema
    .createIndex('organisations_status_name')
    .on('organisations')
    .columns(['status', 'search_name', 'id'])
    .execute();
  await db.schema
    .createIndex('organisations_status_signed')
    .on('organisations')
    .columns(['status', 'signed_at', 'id'])
    .execute();
  await db.schema
    .createIndex('organisations_status_sector')
    .on('organisations')
    .columns(['status', 'sector', 'search_name', 'id'])
    .execute();
  await db.schema
    .createIndex('organisations_invited_by')
    .on('organisations')
    .column('invited_by_org_id')
    .execute();

  for (const [table, col] of [
    ['organisation_regions', 'region'],
    ['organisation_languages', 'lang'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn(col, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['org_id', col])
      .execute();
    // Filtering "signatories active in Wallonia" starts from the value.
    await db.schema.createIndex(`${table}_by_value`).on(table).columns([col, 'org_id']).execute();
  }

  await db.schema
    .createTable('organisation_descriptions')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_descriptions_pk', ['org_id', 'lang'])
    .execute();

  await db.schema
    .createTable('organisation_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('charter_version', 'integer')
    .execute();
  await db.schema
    .createIndex('organisation_events_org')
    .on('organisation_events')
    .columns(['org_id', 'at'])
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['org_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invitations_org').on('invitations').column('org_id').execute();
}
