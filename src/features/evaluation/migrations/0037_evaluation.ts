import type { Kysely } from 'kysely';

// The three-year joint evaluation (issue 10, commitment 9): an evaluation with dated phases, the
// consultation's answers, proposals to change the charter's wording with their comments,
// supports and groups, and one vote per signatory organisation per proposal. Counts on the
// proposals and the evaluation are kept by writes, so no page counts rows.

export async function up(db: Kysely<unknown>): Promise<void> {
  // Phases by Belgian day: consultation from `consultation_opens_on`, proposals from
  // `proposals_opens_on`, the vote from `vote_opens_on`, the result from `result_on`. A phase's
  // settings are frozen once it has opened. `eligible_count` is frozen when the vote opens.
  await db.schema
    .createTable('evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('charter_version', 'integer', (c) => c.notNull())
    .addColumn('consultation_opens_on', 'text', (c) => c.notNull())
    .addColumn('proposals_opens_on', 'text', (c) => c.notNull())
    .addColumn('vote_opens_on', 'text', (c) => c.notNull())
    .addColumn('result_on', 'text', (c) => c.notNull())
    .addColumn('quorum', 'text', (c) => c.notNull())
    .addColumn('majority', 'text', (c) => c.notNull())
    .addColumn('eligible_count', 'integer')
    .addColumn('answer_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('proposal_count', 'integer', (c) => c.notNull().defaultTo(0))
    // The charter version the accepted proposals were published as, and when.
    .addColumn('published_version', 'integer')
    .addColumn('published_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The consultation: per organisation and commitment, is it relevant, how hard is it, what
  // should change.
  await db.schema
    .createTable('evaluation_answers')
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('commitment', 'integer', (c) => c.notNull())
    .addColumn('relevance', 'text', (c) => c.notNull())
    .addColumn('difficulty', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_by', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_answers_pk', ['evaluation_id', 'org_id', 'commitment'])
    .execute();
  // Counts per commitment and answer, kept by the consultation's writes, for the summary.
  await db.schema
    .createTable('evaluation_answer_counts')
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('commitment', 'integer', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('evaluation_answer_counts_pk', ['evaluation_id', 'commitment', 'question', 'answer'])
    .execute();

  // Proposals the secretariat puts together, to be read (and voted on) side by side.
  await db.schema
    .createTable('evaluation_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evaluation_groups_evaluation').on('evaluation_groups').columns(['evaluation_id', 'id']).execute();

  // A proposal quotes a passage of the charter text (in `lang`, nl or fr, the authoritative
  // texts) and proposes new wording, with its reason.
  await db.schema
    .createTable('evaluation_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'text', (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('commitment', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('quoted', 'text', (c) => c.notNull())
    .addColumn('proposed', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.references('evaluation_groups.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('yes_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('no_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('abstain_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evaluation_proposals_list')
    .on('evaluation_proposals')
    .columns(['evaluation_id', 'commitment', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('evaluation_proposals_group').on('evaluation_proposals').columns(['group_id']).execute();

  await db.schema
    .createTable('evaluation_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('evaluation_proposals.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evaluation_comments_proposal')
    .on('evaluation_comments')
    .columns(['proposal_id', 'created_at', 'id'])
    .execute();

  // One support per organisation and proposal.
  await db.schema
    .createTable('evaluation_supports')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('evaluation_proposals.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('supported_by', 'text', (c) => c.notNull())
    .addColumn('supported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_supports_pk', ['proposal_id', 'org_id'])
    .execute();

  // One vote per signatory organisation and proposal, cast by one of its administrators.
  await db.schema
    .createTable('evaluation_votes')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('evaluation_proposals.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('cast_by', 'text', (c) => c.notNull())
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_votes_pk', ['proposal_id', 'org_id'])
    .execute();
  await db.schema.createIndex('evaluation_votes_org').on('evaluation_votes').columns(['org_id', 'proposal_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'evaluation_votes',
    'evaluation_supports',
    'evaluation_comments',
    'evaluation_proposals',
    'evaluation_groups',
    'evaluation_answer_counts',
    'evaluation_answers',
    'evaluations',
  ])
    await db.schema.dropTable(table).execute();
}
