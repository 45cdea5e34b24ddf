import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { seedDemo } from '../../cli/seed.ts';
import { rebuildCounts } from './repository-consultation.ts';

// The demo: an evaluation of version 1 in its proposals phase today, consultation answers whose
// kept counts equal what the answers add up to (and what a restore rebuilds), three proposals
// with comments and supports, one on commitment 4's internal training, and a group. The demo's
// pages open.

describeEachEngine('evaluation: seed --demo', (t) => {
  test('the demo evaluation is in its proposals phase, with every table but the votes filled', async () => {
    const db = t().db;
    await seedDemo(db);
    const page = await t().client().get('/en/evaluation');
    assert.equal(page.status, 200);
    assert.match(page.body, /Evaluation of version 1 of the Charter/);
    assert.match(page.body, /<strong class="tag tag--green">now<\/strong>/);
    for (const table of [
      'evaluations',
      'evaluation_answers',
      'evaluation_answer_counts',
      'evaluation_groups',
      'evaluation_proposals',
      'evaluation_comments',
      'evaluation_supports',
    ] as const) {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      assert.ok(Number(rows[0]!.n) > 0, `${table} has rows`);
    }
    const proposals = await db.selectFrom('evaluation_proposals').select(['commitment', 'support_count', 'comment_count']).execute();
    assert.equal(proposals.length, 3);
    assert.ok(proposals.some((p) => Number(p.commitment) === 4 && Number(p.support_count) > 0 && Number(p.comment_count) === 1));
    const kept = await db.selectFrom('evaluation_answer_counts').selectAll().where('count', '>', 0).orderBy('commitment').orderBy('question').orderBy('answer').execute();
    await db.transaction().execute((trx) => rebuildCounts(trx));
    const rebuilt = await db.selectFrom('evaluation_answer_counts').selectAll().orderBy('commitment').orderBy('question').orderBy('answer').execute();
    const norm = (rows: typeof kept) => rows.map((r) => `${r.commitment}/${r.question}/${r.answer}=${Number(r.count)}`);
    assert.deepEqual(norm(rebuilt), norm(kept), 'the kept counts are what the answers add up to');
    const list = await t().client().get('/en/evaluation/proposals');
    assert.equal(list.status, 200);
    assert.match(list.body, /Interne opleiding · Formation interne/);
  });
});
