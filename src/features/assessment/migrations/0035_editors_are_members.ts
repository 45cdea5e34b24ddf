import { sql, type Kysely } from 'kysely';

// An assessment editor is one of the organisation's members: the row now goes with the
// membership (a member removed, leaving, or closing their account), through a foreign key on
// both columns. Before, it stayed behind, and a person who joined again was an editor again
// without anyone choosing it. The table is made anew (SQLite cannot add a foreign key to a
// table), keeping only the editors who are still members.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assessment_editors').renameTo('assessment_editors_old').execute();
  await db.schema
    .createTable('assessment_editors')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_editors_member_pk', ['org_id', 'user_id'])
    .addForeignKeyConstraint(
      'assessment_editors_membership',
      ['org_id', 'user_id'],
      'memberships',
      ['org_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await sql`insert into assessment_editors (org_id, user_id, added_by, added_at)
    select e.org_id, e.user_id, e.added_by, e.added_at from assessment_editors_old e
    where exists (select 1 from memberships m where m.org_id = e.org_id and m.user_id = e.user_id)`.execute(db);
  await db.schema.dropTable('assessment_editors_old').execute();
}
