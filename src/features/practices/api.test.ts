import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, type TestUser } from '../../../test/support/accounts.ts';
import { publishedPracticeFor } from './test-publish.ts';
import { validPractice } from './test-support.ts';

interface Listed {
  slug: string;
  title: string;
  text_lang: string;
  languages: string[];
  tags: Record<string, string[]>;
  adopters: number;
  organisation: { slug: string; name: string } | null;
}
interface ListBody {
  total: number | null;
  items: Listed[];
  next: string | null;
  next_url: string | null;
}

/** Enough of XML's well-formedness for a feed: every tag closed in order, no stray & or <. */
function assertWellFormed(xmlText: string) {
  assert.ok(xmlText.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
  const body = xmlText.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) assert.equal(stack.pop(), m[2], `closing </${m[2]}> matches`);
    else if (!m[4]) stack.push(m[2]!);
  }
  assert.deepEqual(stack, [], 'every element closed');
  const text = body.replace(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g, '');
  assert.doesNotMatch(text, /<|&(?!(amp|lt|gt|quot|apos);)/, 'no raw < or & in text');
}

describeEachEngine('practices: API, open data and feed', (t) => {
  let admin: TestUser;
  let reviewer: TestUser;
  let org: { id: string; slug: string; name: string };
  const slugs: Record<string, string> = {};

  before(async () => {
    admin = await createUser(t().db, { locale: 'nl' });
    reviewer = await createUser(t().db, { secretariat: true });
    org = await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] });
    const people = { admin, reviewer, orgId: org.id };
    const tags = validPractice().tags;
    slugs.phone = (await publishedPracticeFor(t(), people)).slug;
    slugs.training = (
      await publishedPracticeFor(
        t(),
        people,
        {
          lang: 'fr',
          title: 'Formation "numérique", pour <tous> & =chacun',
          summary: 'Une formation en petits groupes, le mercredi.',
          tags: { ...tags, cause: ['skills'], region: ['wallonia'] },
        },
        [{ lang: 'nl', title: 'Digitale opleiding voor iedereen', summary: 'Een opleiding in kleine groepen.' }],
      )
    ).slug;
    slugs.laptops = (
      await publishedPracticeFor(t(), people, {
        title: 'Laptops uitlenen',
        summary: 'Afgeschreven laptops voor gezinnen.',
        tags: { ...tags, cause: ['access', 'skills'], region: ['brussels'] },
      })
    ).slug;
  });

  const list = async (query: string) => {
    const res = await t().client().get(`/api/v1/practices${query}`);
    assert.equal(res.status, 200, res.body);
    return JSON.parse(res.body) as ListBody;
  };

  test('the list: newest first, filters, the text search, totals from the counts', async () => {
    const all = await list('');
    assert.deepEqual(
      all.items.map((i) => i.slug),
      [slugs.laptops, slugs.training, slugs.phone],
    );
    assert.equal(all.total, 3);
    const skills = await list('?cause=skills');
    assert.deepEqual(skills.items.map((i) => i.slug).sort(), [slugs.laptops, slugs.training].sort());
    assert.equal(skills.total, 2);
    const both = await list('?cause=skills&region=wallonia');
    assert.deepEqual(both.items.map((i) => i.slug), [slugs.training]);
    assert.equal(both.total, null, 'two filters: not counted');
    assert.deepEqual((await list('?q=formations')).items.map((i) => i.slug), [slugs.training], 'stemmed, in French');
    assert.deepEqual((await list('?q=opleiding&cause=skills')).items.map((i) => i.slug), [slugs.training]);
    assert.deepEqual((await list('?text_lang=fr')).items.map((i) => i.slug), [slugs.training]);
    // Titles in the requested language when the practice has it, the original otherwise.
    const inNl = (await list('?lang=nl&cause=skills')).items.find((i) => i.slug === slugs.training)!;
    assert.equal(inNl.title, 'Digitale opleiding voor iedereen');
    assert.equal(inNl.text_lang, 'nl');
    const inDe = (await list('?lang=de&cause=skills')).items.find((i) => i.slug === slugs.training)!;
    assert.equal(inDe.text_lang, 'fr');
    assert.deepEqual(inDe.languages.sort(), ['fr', 'nl']);
    assert.equal(inDe.organisation?.slug, org.slug);
  });

  test('the cursor walks every practice once; wrong values are 400 with a message', async () => {
    const seen: string[] = [];
    let page = await list('?limit=1');
    seen.push(...page.items.map((i) => i.slug));
    while (page.next) {
      assert.ok(page.next_url?.includes('limit=1'));
      page = await list(`?limit=1&after=${encodeURIComponent(page.next)}`);
      seen.push(...page.items.map((i) => i.slug));
    }
    assert.deepEqual(seen, [slugs.laptops, slugs.training, slugs.phone]);
    for (const bad of ['?cause=nothing', '?limit=0', '?limit=101', '?after=garbage', '?lang=es']) {
      const res = await t().client().get(`/api/v1/practices${bad}`);
      assert.equal(res.status, 400, bad);
      assert.ok((JSON.parse(res.body) as { message: string }).message, bad);
    }
  });

  test('one practice: every language, tags, organisation, adopters; 404 for none', async () => {
    const res = await t().client().get(`/api/v1/practices/${slugs.training}?lang=nl`);
    assert.equal(res.status, 200);
    const body = JSON.parse(res.body) as Listed & { texts: { lang: string; original: boolean }[]; contact_name: string; adopted_by: string[] };
    assert.deepEqual(
      body.texts.map((x) => [x.lang, x.original]),
      [
        ['fr', true],
        ['nl', false],
      ],
    );
    assert.deepEqual(body.tags.cause, ['skills']);
    assert.equal(body.adopters, 0);
    assert.deepEqual(body.adopted_by, []);
    assert.ok(!res.body.includes('an.peeters@example.be'), 'the contact address is never published');
    assert.equal((await t().client().get('/api/v1/practices/no-such-practice')).status, 404);
  });

  test('CSV and JSON files: the whole selection, fields escaped, formulas defused', async () => {
    const csv = await t().client().get('/api/v1/practices.csv?cause=skills&lang=fr');
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines.length, 3, 'header and two rows');
    assert.ok(lines[0]!.startsWith('slug,title,summary,text_lang,original_lang,languages,cause,'));
    assert.ok(lines.some((l) => l.includes('"Formation ""numérique"", pour <tous> & =chacun"')));
    const json = await t().client().get('/api/v1/practices.json');
    assert.equal(json.status, 200);
    const file = JSON.parse(json.body) as { total: number; items: Listed[] };
    assert.equal(file.total, 3);
    assert.equal(file.items.length, 3);
  });

  test('the Atom feed: well-formed, escaped, in the reader’s language with fallback', async () => {
    const res = await t().client().get('/nl/practices.atom');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /application\/atom\+xml/);
    assertWellFormed(res.body);
    assert.equal(res.body.match(/<entry /g)?.length, 3);
    assert.match(res.body, /<entry xml:lang="nl">[\s\S]*?<title>Digitale opleiding voor iedereen<\/title>/);
    const fr = await t().client().get('/en/practices.atom');
    assertWellFormed(fr.body);
    assert.match(fr.body, /<entry xml:lang="fr">[\s\S]*?<title>Formation &quot;numérique&quot;, pour &lt;tous&gt; &amp; =chacun<\/title>/);
  });

  test('the OpenAPI document lists the practices API', async () => {
    const doc = JSON.parse((await t().client().get('/api/openapi.json')).body) as { paths: Record<string, unknown> };
    for (const p of ['/api/v1/practices', '/api/v1/practices.csv', '/api/v1/practices.json', '/api/v1/practices/{slug}']) {
      assert.ok(doc.paths[p], p);
    }
  });
});
