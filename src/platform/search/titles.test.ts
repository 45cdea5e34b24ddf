import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createSearchTables, defineSearchIndex, deleteDocuments, matchingIds, upsertDocuments } from './search.ts';
import { matchTitles, titleTerms } from './titles.ts';

// The titles' own tables (ADR 0014): exact answers through the rarest word or pair of words,
// and a bounded answer, marked "more", when every word is common.
const INDEX = defineSearchIndex('titles_test', ['nl', 'fr', 'de', 'en']);

const TOWNS = ['Gent', 'Liège', 'Eupen', 'Namur'];
// 4 towns × 300 numbers: every word below is common, but each full name is unique.
const MANY = TOWNS.flatMap((town, t) =>
  Array.from({ length: 300 }, (_, n) => ({
    id: `m${t}-${n}`,
    title: `Aînés Connectés de ${town} asbl ${n + 1}`,
    texts: {},
  })),
);
const FEW = [
  { id: 'societe', title: 'Société Générale Éducative', texts: {} },
  { id: 'formations', title: 'Formations Numériques Liège', texts: {} },
  { id: 'club', title: 'Computer Club Gent', texts: { en: 'A repair café for laptops.' } },
];

describeEachEngine('platform/search: names through their words and pairs', (t) => {
  const find = async (text: string, cap = 100) => {
    const m = await matchTitles(t().db, INDEX, text, cap);
    return { ids: [...m.ids].sort(), more: m.more };
  };

  before(async () => {
    await createSearchTables(t().db, INDEX);
    await upsertDocuments(t().db, INDEX, [...MANY, ...FEW]);
  });

  test('a title gives its folded words once and every pair of them in one order', () => {
    assert.deepEqual(titleTerms('Club Computer club'), { words: ['club', 'computer'], pairs: ['club computer'] });
    assert.equal(titleTerms('a b c d e f g h i j').pairs.length, 28); // pairs among the first eight words
  });

  test('a full name made of common words is found exactly, through its rarest pair', async () => {
    // "17" is typed last, so it may begin a number: 17 and 170 to 179.
    const numbers = [17, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179];
    assert.deepEqual(await find('Aînés Connectés de Liège asbl 17'), {
      ids: numbers.map((n) => `m1-${n - 1}`).sort(),
      more: false,
    });
    assert.deepEqual(await find('aines liege 170'), { ids: ['m1-169'], more: false });
  });

  test('a common word alone: the first matches up to the cap, and "more"', async () => {
    const { ids, more } = await find('aines', 50);
    assert.equal(ids.length, 50);
    assert.equal(more, true);
    assert.deepEqual(await find('eupen asbl', 1000).then((r) => [r.ids.length, r.more]), [300, false]);
  });

  test('the last word may be the beginning of a word; the others are whole, or else all are beginnings', async () => {
    assert.deepEqual((await find('societe generale edu')).ids, ['societe']);
    assert.deepEqual((await find('soc gen')).ids, ['societe']); // no whole word "soc": every word a beginning
    assert.deepEqual((await find('formation numerique')).ids, ['formations']); // stems and beginnings
    assert.deepEqual((await find('computer gent')).ids, ['club']);
    assert.deepEqual(await find('computer zzqx'), { ids: [], more: false });
  });

  test('updating and deleting a document changes its words and pairs', async () => {
    await upsertDocuments(t().db, INDEX, [{ id: 'club', title: 'Laptop Club Namur', texts: {} }]);
    assert.deepEqual((await find('computer gent')).ids, []);
    assert.deepEqual((await find('laptop namur')).ids, ['club']);
    await deleteDocuments(t().db, INDEX, ['club']);
    assert.deepEqual((await find('laptop namur')).ids, []);
    assert.deepEqual(await matchingIds(t().db, INDEX, 'laptop', 5), { ids: [], more: false, fromTitles: 0 });
  });
});
