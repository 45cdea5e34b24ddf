import type { Kysely } from 'kysely';

// Invitations between organisations (issue 8, commitment 5), the organisations they brought in,
// and the yearly counts the writes keep (ADR 0024's pattern; ADR 0027).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('invitee_name', 'text')
    .addColumn('recipient_name', 'text')
    .addColumn('recipient_email', 'text')
    .addColumn('recipient_lang', 'text')
    .addColumn('message', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('first_opened_at', 'text')
    .addColumn('open_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('applied_at', 'text')
    .addColumn('applied_org_id', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  // The inviter's list, newest first, keyset on (created_at, id).
  await db.schema.createIndex('referrals_org_newest').on('referrals').columns(['org_id', 'created_at', 'id']).execute();
  // The invitations an organisation applied with, moved on when it signs.
  await db.schema.createIndex('referrals_applied_org').on('referrals').columns(['applied_org_id']).execute();

  await db.schema
    .createTable('referral_credits')
    .addColumn('inviter_org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('invitee_org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('credited_at', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('referral_credits_pk', ['inviter_org_id', 'invitee_org_id'])
    .execute();

  await db.schema
    .createTable('referral_totals')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('opened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('applied', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('brought_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('referral_totals_pk', ['org_id', 'year'])
    .execute();
}
