import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { matchingIds } from '../../platform/search/search.ts';
import { seedScale } from '../../cli/seed.ts';
import { PRACTICES_INDEX } from './search-index.ts';

const count = async (db: import('kysely').Kysely<import('../../platform/db/schema.ts').DB>, table: 'practices' | 'practice_texts' | 'practice_adoptions') =>
  Number((await db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

describeEachEngine('practices: seed --scale', (t) => {
  test('two published practices per signatory, tagged, counted and in the search index', async () => {
    const { signatories } = await seedScale(t().db, 300);
    const db = t().db;
    assert.equal(await count(db, 'practices'), 2 * signatories);
    const texts = await count(db, 'practice_texts');
    assert.ok(texts > 2 * signatories && texts < 4 * signatories, 'one or two languages each');
    assert.ok((await count(db, 'practice_adoptions')) > 0, 'some adoptions');
    const all = await db.selectFrom('practice_counts').select('n').where('facet', '=', 'all').executeTakeFirstOrThrow();
    assert.equal(Number(all.n), 2 * signatories);
    const causes = await db.selectFrom('practice_counts').select(['value', 'n']).where('facet', '=', 'cause').execute();
    assert.equal(causes.length, 6, 'every cause in the mix');
    const skills = Number(causes.find((c) => c.value === 'skills')!.n);
    const tagRows = await db
      .selectFrom('practice_tags')
      .select(sql<number>`count(*)`.as('n'))
      .where('facet', '=', 'cause')
      .where('value', '=', 'skills')
      .executeTakeFirstOrThrow();
    assert.equal(Number(tagRows.n), skills, 'tag rows and counts agree');
    assert.ok((await matchingIds(db, PRACTICES_INDEX, 'formation', 5000, { withTexts: true })).ids.length > 10, 'French texts found by the index');
    const adopted = await db
      .selectFrom('practices')
      .select(sql<number>`sum(adoption_count)`.as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(adopted.n), await count(db, 'practice_adoptions'), 'adoption counts match the rows');
    const res = await t().client().get('/api/v1/practices?cause=skills&limit=5');
    assert.equal(res.status, 200);
    assert.equal((JSON.parse(res.body) as { items: unknown[] }).items.length, 5);
  });
});
