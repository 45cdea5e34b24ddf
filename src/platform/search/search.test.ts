import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import {
  createSearchTables,
  defineSearchIndex,
  deleteDocuments,
  matchesCondition,
  matchingIds,
  searchDocuments,
  upsertDocuments,
  type SearchLang,
} from './search.ts';
import { sql } from 'kysely';

// The full-text module on both engines, through a small index of its own.
const INDEX = defineSearchIndex('module_test', ['nl', 'fr', 'de', 'en']);

const DOCS = [
  { id: 'fr-formation', title: 'Atelier Liège', texts: { fr: 'Une formation au numérique pour les aînés.' } },
  { id: 'nl-opleiding', title: 'Buurthuis Gent', texts: { nl: 'Wij geven een opleiding over digitale vaardigheden.' } },
  { id: 'de-schulung', title: 'Bürgerhaus Eupen', texts: { de: 'Wir bieten Schulungen für Senioren an.' } },
  { id: 'en-training', title: 'Library Leuven', texts: { en: 'Volunteers teaching computer skills.' } },
  { id: 'accents', title: 'Société Générale Éducative', texts: {} },
  { id: 'title-match', title: 'Computer Club', texts: {} },
  { id: 'body-match', title: 'Other Name', texts: { en: 'We repair every computer in town.' } },
];

describeEachEngine('platform/search: full-text index', (t) => {
  const ids = async (text: string, lang: SearchLang = 'en') =>
    (await searchDocuments(t().db, INDEX, { text, lang, limit: 50 })).hits.map((h) => h.id).sort();

  before(async () => {
    await createSearchTables(t().db, INDEX);
    await upsertDocuments(t().db, INDEX, DOCS);
  });

  test('French: « formations » finds « formation »', async () => {
    assert.deepEqual(await ids('formations', 'fr'), ['fr-formation']);
  });

  test('Dutch: "opleidingen" finds "opleiding", and "opleid" is a prefix of it', async () => {
    assert.deepEqual(await ids('opleidingen', 'nl'), ['nl-opleiding']);
    assert.deepEqual(await ids('opleid', 'nl'), ['nl-opleiding']);
    assert.deepEqual(await ids('digitaal', 'nl'), ['nl-opleiding']);
  });

  test('German and English stemming', async () => {
    assert.deepEqual(await ids('Schulung', 'de'), ['de-schulung']);
    assert.deepEqual(await ids('volunteer teaches', 'en'), ['en-training']);
  });

  test('accents and capitals do not matter, in either direction', async () => {
    assert.deepEqual(await ids('SOCIETE generale'), ['accents']);
    assert.deepEqual(await ids('éducatif'.slice(0, 5)), ['accents']);
    assert.deepEqual(await ids('numerique', 'fr'), ['fr-formation']);
    assert.deepEqual(await ids('burgerhaus', 'de'), ['de-schulung']);
  });

  test('every word must match; unknown words find nothing', async () => {
    assert.deepEqual(await ids('computer club'), ['title-match']);
    assert.deepEqual(await ids('zzqx'), []);
  });

  test('a match in the title ranks above a match in a text', async () => {
    const { hits } = await searchDocuments(t().db, INDEX, { text: 'computer', lang: 'en', limit: 10 });
    assert.equal(hits[0]!.id, 'title-match');
    assert.ok(hits.length >= 2 && hits.some((h) => h.id === 'body-match'));
    assert.ok(hits[0]!.rank > hits[hits.length - 1]!.rank);
  });

  test('pages follow each other by rank then id, without gaps or repeats', async () => {
    const all = (await searchDocuments(t().db, INDEX, { text: 'computer', lang: 'en', limit: 10 })).hits;
    const first = await searchDocuments(t().db, INDEX, { text: 'computer', lang: 'en', limit: 1 });
    assert.ok(first.next);
    const second = await searchDocuments(t().db, INDEX, { text: 'computer', lang: 'en', limit: 10, after: first.next });
    assert.deepEqual(
      [...first.hits, ...second.hits].map((h) => h.id),
      all.map((h) => h.id),
    );
    assert.equal(second.next, null);
  });

  test('a query can be limited to given ids, and matchingIds stops at its cap', async () => {
    const only = await searchDocuments(t().db, INDEX, { text: 'computer', lang: 'en', limit: 10, ids: ['body-match'] });
    assert.deepEqual(
      only.hits.map((h) => h.id),
      ['body-match'],
    );
    // Titles first; texts only when no title holds the words.
    assert.deepEqual(await matchingIds(t().db, INDEX, 'computer', 10), {
      ids: ['title-match'],
      more: false,
      fromTitles: 1,
    });
    assert.deepEqual(await matchingIds(t().db, INDEX, 'repair', 10), {
      ids: ['body-match'],
      more: false,
      fromTitles: 0,
    });
    assert.deepEqual(await matchingIds(t().db, INDEX, 'eupen', 10), {
      ids: ['de-schulung'],
      more: false,
      fromTitles: 1,
    });
    // A library of texts asks for both: titles first, then texts.
    const both = await matchingIds(t().db, INDEX, 'computer', 10, { withTexts: true });
    assert.equal(both.ids[0], 'title-match');
    assert.equal(both.fromTitles, 1, 'the first one holds it in its title');
    assert.deepEqual([...both.ids].sort(), ['body-match', 'en-training', 'title-match']);
    assert.deepEqual(
      await matchingIds(t().db, INDEX, 'computer', 2, { withTexts: true }).then((m) => [m.ids.length, m.more]),
      [2, true],
    );
  });

  test('matchesCondition checks one row against the index inside another query', async () => {
    const cond = matchesCondition(t().db, INDEX, 'opleiding', sql.lit('nl-opleiding'));
    const none = matchesCondition(t().db, INDEX, 'opleiding', sql.lit('fr-formation'));
    const { rows } = await sql<{ a: number; b: number }>`select (case when ${cond} then 1 else 0 end) as a,
      (case when ${none} then 1 else 0 end) as b`.execute(t().db);
    assert.deepEqual({ a: Number(rows[0]!.a), b: Number(rows[0]!.b) }, { a: 1, b: 0 });
  });

  test('upsert replaces a document and delete removes it', async () => {
    await upsertDocuments(t().db, INDEX, [{ id: 'moving', title: 'Alpha', texts: {} }]);
    assert.deepEqual(await ids('alpha'), ['moving']);
    await upsertDocuments(t().db, INDEX, [{ id: 'moving', title: 'Beta', texts: {} }]);
    assert.deepEqual(await ids('alpha'), []);
    assert.deepEqual(await ids('beta'), ['moving']);
    await deleteDocuments(t().db, INDEX, ['moving']);
    assert.deepEqual(await ids('beta'), []);
  });

  test('hostile query strings never throw and never act as syntax', async () => {
    const hostile = [
      '',
      '   ',
      '"',
      '"unterminated',
      '*',
      'computer*',
      'OR',
      'computer OR zzqx',
      'NEAR(computer club)',
      '(computer',
      'title:computer',
      'computer & club',
      '!computer',
      'computer | zzqx',
      "'; drop table x; --",
      '\u0000',
      'a'.repeat(5000),
      '^computer',
      '-computer',
      '{title}: computer',
    ];
    for (const text of hostile) {
      await assert.doesNotReject(searchDocuments(t().db, INDEX, { text, lang: 'en', limit: 5 }), text);
      await assert.doesNotReject(matchingIds(t().db, INDEX, text, 5), text);
    }
    // Operators are words, not syntax: "computer OR zzqx" needs both words, so nothing matches.
    assert.deepEqual(await ids('computer OR zzqx'), []);
    assert.deepEqual(await ids('!computer'), await ids('computer'));
    assert.deepEqual(await ids(''), []);
  });
});
