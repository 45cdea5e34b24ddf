import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { matchingIds } from '../../platform/search/search.ts';
import { EXCHANGE_INDEX } from './search-index.ts';
import { addDays, today } from './vocabulary.ts';

// The author says which language a post is written in: the form offers the four, the page's
// by default; the post's `lang` on its page, in the list and in the API follows the choice, and
// an edit changes it and the search index with it.

describeEachEngine('exchange: the language of a post', (t) => {
  let member: TestUser;
  let orgId: string;

  before(async () => {
    member = await createUser(t().db, { locale: 'en' });
    orgId = (await createOrganisation(t().db, { members: [{ user: member, role: 'member' }] })).id;
  });

  const form = (over: Record<string, string | string[]> = {}) => ({
    kind: 'offer',
    topic: 'devices',
    cause: 'access',
    region: ['wallonia'],
    title: 'Tablettes à prêter à Namur',
    description: 'Nous prêtons vingt tablettes aux associations qui animent des ateliers numériques.',
    expires: addDays(today(), 30),
    ...over,
  });

  const rowOf = (title: string) =>
    t().db.selectFrom('exchange_posts').select(['id', 'lang']).where('title', '=', title).executeTakeFirstOrThrow();

  test('the form offers the four languages, named in the reader’s language, the page’s chosen', async () => {
    const client = await signedInClient(t(), member);
    const fr = await client.get(`/fr/organisations/${orgId}/exchange/new`);
    assert.match(fr.body, /<legend class="legend">Dans quelle langue rédigez-vous cette annonce\u202f\?<\/legend>/);
    assert.match(fr.body, /name="language" type="radio" value="fr" checked/);
    assert.doesNotMatch(fr.body, /name="language" type="radio" value="nl" checked/);
    for (const name of ['Néerlandais', 'Français', 'Allemand', 'Anglais'])
      assert.match(fr.body, new RegExp(`>${name}</label>`));
    const de = await client.get(`/de/organisations/${orgId}/exchange/new`);
    assert.match(de.body, /name="language" type="radio" value="de" checked/);
    assert.match(de.body, />Niederländisch<\/label>/);
  });

  test('a post written in French from the English interface is French on its page, in the list and the API', async () => {
    const client = await signedInClient(t(), member);
    const res = await client.submit(`/en/organisations/${orgId}/exchange/new`, form({ language: 'fr' }));
    assert.equal(res.status, 303);
    const row = await rowOf('Tablettes à prêter à Namur');
    assert.equal(row.lang, 'fr');
    const page = await t().client().get(`/en/exchange/${row.id}`);
    assert.match(page.body, /<h1 lang="fr">Tablettes à prêter à Namur<\/h1>/);
    const list = await t().client().get('/nl/exchange');
    assert.match(list.body, /lang="fr">Tablettes à prêter à Namur<\/a>/);
    const api = JSON.parse((await t().client().get('/api/v1/exchange')).body) as {
      items: { id: string; lang: string }[];
    };
    assert.equal(api.items.find((i) => i.id === row.id)?.lang, 'fr');
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', row.id)
      .where('action', '=', 'exchange.posted')
      .executeTakeFirstOrThrow();
    assert.match(String(audit.details), /"lang":"fr"/);
  });

  test('an edit changes the language: the page, the form and the search index follow', async () => {
    const client = await signedInClient(t(), member);
    const title = 'Laptops für Eupen';
    const description = 'Wir verschenken zwölf aufbereitete Laptops an Vereine in der Deutschsprachigen Gemeinschaft.';
    await client.submit(`/en/organisations/${orgId}/exchange/new`, form({ title, description, language: 'nl' }));
    const { id } = await rowOf(title);
    const edit = await client.get(`/en/organisations/${orgId}/exchange/${id}/edit`);
    assert.match(edit.body, /name="language" type="radio" value="nl" checked/);
    const saved = await client.submit(
      `/en/organisations/${orgId}/exchange/${id}/edit`,
      form({ title, description, language: 'de', region: ['german_community'] }),
    );
    assert.equal(saved.status, 303);
    assert.equal((await rowOf(title)).lang, 'de');
    assert.match((await t().client().get(`/fr/exchange/${id}`)).body, /<h1 lang="de">Laptops für Eupen<\/h1>/);
    assert.match(
      (await client.get(`/en/organisations/${orgId}/exchange/${id}/edit`)).body,
      /name="language" type="radio" value="de" checked/,
    );
    // Stemmed as German now: "Vereinen" and "Verein" share the stem the description's "Vereine" has.
    assert.ok((await matchingIds(t().db, EXCHANGE_INDEX, 'Verein', 100, { withTexts: true })).ids.includes(id));
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', id)
      .where('action', '=', 'exchange.edited')
      .executeTakeFirstOrThrow();
    assert.match(String(audit.details), /"lang"/);
  });

  test('a language the form does not offer is refused, with the message and every value kept', async () => {
    const client = await signedInClient(t(), member);
    for (const language of ['es', '', 'FR']) {
      const res = await client.submit(
        `/en/organisations/${orgId}/exchange/new`,
        form({ language, title: 'Refused language title' }),
      );
      assert.equal(res.status, 400);
      assert.match(res.body, /Choose the language you write the post in\./);
      assert.match(res.body, /value="Refused language title"/);
    }
    assert.equal(
      (await t().db.selectFrom('exchange_posts').select('id').where('title', '=', 'Refused language title').execute())
        .length,
      0,
    );
  });
});
