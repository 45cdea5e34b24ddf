import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { storedPath } from '../../platform/files/storage.ts';
import * as service from './service.ts';
import { missingCounts, LANGUAGES_PAGE, type MissingCounts } from './service-languages.ts';
import { publishedPracticeFor } from './test-publish.ts';
import { up as backfill } from './migrations/0021_missing_languages.ts';
import { depsOf, validPractice } from './test-support.ts';

// The secretariat's list of published practices that lack a language (counts kept by the
// writes, keyset pages, the filter), the Atom feed named in the library's head, and revisions
// the secretariat may not open: a draft its organisation has not submitted.

const PAGE = '/nl/secretariat/practice-languages';

const minus = (a: MissingCounts, b: MissingCounts) =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof MissingCounts] - b[k as keyof MissingCounts]]));

describeEachEngine('practices: languages the library lacks', (t) => {
  let admin: TestUser;
  let reviewer: TestUser;
  let orgId: string;
  let orgName: string;
  let asSecretariat: Client;
  const people = () => ({ admin, reviewer, orgId });

  before(async () => {
    admin = await createUser(t().db, { locale: 'nl' });
    reviewer = await createUser(t().db, { secretariat: true });
    const org = await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] });
    orgId = org.id;
    orgName = org.name;
    asSecretariat = await signedInClient(t(), reviewer);
  });

  test('publishing, translating and archiving move the counts, which a rebuild agrees with', async () => {
    const deps = depsOf(t());
    const start = await missingCounts(t().db);
    const p = await publishedPracticeFor(t(), people(), { title: 'Alleen in het Nederlands' });
    assert.deepEqual(minus(await missingCounts(t().db), start), { any: 1, nl: 0, fr: 1, de: 1, en: 1 });

    // A translation counts once the secretariat publishes the revision that holds it.
    const saved = await service.saveTranslation(deps, admin.id, { orgId, practiceId: p.id }, {
      lang: 'fr',
      title: 'Seulement en néerlandais',
      summary: 'Une aide par téléphone.',
      body: 'Texte.',
    });
    assert.ok(saved.ok);
    assert.equal((await missingCounts(t().db)).fr - start.fr, 1, 'an unpublished translation changes nothing');
    assert.ok((await service.submitPractice(deps, admin.id, orgId, p.id)).ok);
    const working = (await service.practiceForOrg(t().db, orgId, p.id))!.working!.revision.id;
    assert.ok((await service.publishRevision(deps, reviewer.id, working)).ok);
    assert.deepEqual(minus(await missingCounts(t().db), start), { any: 1, nl: 0, fr: 0, de: 1, en: 1 });

    assert.ok((await service.setArchived(deps, admin.id, orgId, p.id, true)).ok);
    assert.deepEqual(minus(await missingCounts(t().db), start), { any: 0, nl: 0, fr: 0, de: 0, en: 0 });
    assert.ok((await service.setArchived(deps, admin.id, orgId, p.id, false)).ok);
    const kept = await missingCounts(t().db);
    assert.deepEqual(minus(kept, start), { any: 1, nl: 0, fr: 0, de: 1, en: 1 });

    // A practice in all four languages lacks none.
    await publishedPracticeFor(t(), people(), { title: 'In alle talen' }, [
      { lang: 'fr', title: 'Dans toutes les langues', summary: 'Résumé.' },
      { lang: 'de', title: 'In allen Sprachen', summary: 'Zusammenfassung.' },
      { lang: 'en', title: 'In every language', summary: 'Summary.' },
    ]);
    assert.deepEqual(await missingCounts(t().db), kept);

    await t().db.transaction().execute((trx) => service.rebuildDerived(trx));
    assert.deepEqual(await missingCounts(t().db), kept, 'what the writes kept is what a rebuild finds');

    // Migration 0021 fills them in for a database whose practices were published before it.
    const tagRows = async () =>
      (
        await t()
          .db.selectFrom('practice_tags')
          .select(['practice_id', 'value', 'published_at'])
          .where('facet', '=', 'missing')
          .orderBy('practice_id')
          .orderBy('value')
          .execute()
      ).map((r) => `${r.practice_id} ${r.value} ${r.published_at}`);
    const written = await tagRows();
    await t().db.deleteFrom('practice_tags').where('facet', '=', 'missing').execute();
    await t().db.deleteFrom('practice_counts').where('facet', '=', 'missing').execute();
    await backfill(t().db as never);
    assert.deepEqual(await missingCounts(t().db), kept, 'the migration finds the same');
    assert.deepEqual(await tagRows(), written);
  });

  test('the page lists a practice with what it has and lacks, filtered by the missing language', async () => {
    const p = await publishedPracticeFor(t(), people(), { title: 'Een fietsherstelplaats met tablets' }, [
      { lang: 'en', title: 'A bike repair shop with tablets', summary: 'Summary.' },
    ]);
    const page = await asSecretariat.get(PAGE);
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
    const row = page.body.match(new RegExp(`<tr>(?:(?!</tr>).)*?/nl/practices/${p.slug}"(?:(?!</tr>).)*</tr>`, 's'))?.[0];
    assert.ok(row, 'the practice is listed, linked to its page');
    assert.match(row, /Een fietsherstelplaats met tablets/, 'titled in the reader’s language');
    assert.ok(row.includes(orgName), 'with its organisation');
    assert.match(row, /<td>Nederlands, Engels<\/td>\s*<td>Frans, Duits<\/td>/, 'what it has and what it lacks');

    const counts = await missingCounts(t().db);
    assert.ok(page.body.includes(`${counts.any} gepubliceerde praktijken hebben nog geen tekst`), 'the count of all');
    assert.match(page.body, /<form[^>]*method="get"[^>]*action="\/nl\/secretariat\/practice-languages"/);
    assert.ok(page.body.includes(`<option value="de">Duits (${counts.de})</option>`), 'each language with its count');

    const de = await asSecretariat.get(`${PAGE}?missing=de`);
    assert.ok(de.body.includes(`/nl/practices/${p.slug}"`), 'it lacks German');
    assert.match(de.body, /<option value="de" selected/);
    assert.match(de.body, new RegExp(`<h2 id="missing-heading">Geen tekst in het Duits: ${counts.de} praktijken</h2>`));
    const en = await asSecretariat.get(`${PAGE}?missing=en`);
    assert.equal(en.status, 200);
    assert.ok(!en.body.includes(`/nl/practices/${p.slug}"`), 'it has English');

    for (const bad of ['?missing=%3Cscript%3E', '?missing=xx&after=bm9uc2Vuc2U', '?after=%00%00', '?missing[]=de']) {
      const res = await asSecretariat.get(`${PAGE}${bad}`);
      assert.equal(res.status, 200, bad);
      assert.ok(!res.body.includes('<script>'), bad);
    }
  });

  test('keyset pages walk every practice once, newest first', async () => {
    // Enough practices lacking English for two pages, whatever the other tests left.
    const before = (await missingCounts(t().db)).en;
    for (let i = before; i <= LANGUAGES_PAGE; i++) {
      await publishedPracticeFor(t(), people(), { title: `Praktijk nummer ${i}` });
    }
    const total = (await missingCounts(t().db)).en;
    assert.ok(total > LANGUAGES_PAGE);
    const seen: string[] = [];
    let url: string | null = `${PAGE}?missing=en`;
    let pages = 0;
    while (url && pages < 5) {
      const res = await asSecretariat.get(url);
      assert.equal(res.status, 200);
      seen.push(...[...res.body.matchAll(/<th scope="row"><a href="\/nl\/practices\/([^"]+)"/g)].map((m) => m[1]!));
      const next = res.body.match(/<a class="pagination__link" href="([^"]+)" rel="next"/)?.[1];
      url = next ? next.replace(/&amp;/g, '&') : null;
      assert.ok(!url || url.includes('missing=en'), 'the next page keeps the filter');
      pages += 1;
    }
    assert.equal(pages, 2);
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total, 'no practice twice');
  });

  test('the secretariat overview links to the page with its count', async () => {
    const counts = await missingCounts(t().db);
    const overview = await asSecretariat.get('/nl/secretariat');
    assert.equal(overview.status, 200);
    assert.match(
      overview.body,
      new RegExp(`<a href="/nl/secretariat/practice-languages">Praktijken waarvan een taal ontbreekt</a>\\s*\\(${counts.any} wachtend\\)`),
    );
  });

  test('the translation page tells members which languages are missing', async () => {
    const p = await publishedPracticeFor(t(), people(), { title: 'Een praktijk in twee talen' }, [
      { lang: 'de', title: 'Eine Praxis in zwei Sprachen', summary: 'Zusammenfassung.' },
    ]);
    const asAdmin = await signedInClient(t(), admin);
    const page = await asAdmin.get(`/nl/organisations/${orgId}/practices/${p.id}/translation`);
    assert.equal(page.status, 200);
    assert.ok(page.body.includes('Talen nog zonder tekst: Frans, Engels.'));
  });

  test('the library and a practice name the Atom feed in their head', async () => {
    const p = await publishedPracticeFor(t(), people(), { title: 'Een praktijk met een feed' });
    for (const url of ['/fr/practices', `/fr/practices/${p.slug}`]) {
      const res = await t().client().get(url);
      assert.equal(res.status, 200);
      const head = res.body.slice(0, res.body.indexOf('</head>'));
      assert.match(
        head,
        /<link rel="alternate" type="application\/atom\+xml" title="Inclusio\u00a0: nouvelles bonnes pratiques" href="\/fr\/practices.atom"\/?>/,
        url,
      );
    }
    const feed = await t().client().get('/fr/practices.atom');
    assert.equal(feed.status, 200);
  });

  test('a draft never submitted is not the secretariat’s to open, nor its files; once submitted it is', async () => {
    const deps = depsOf(t());
    const p = await publishedPracticeFor(t(), people(), { title: 'Een praktijk met een nieuwe versie' });
    const publishedRevision = (await service.practiceForOrg(t().db, orgId, p.id))!.published!.revision.id;
    assert.equal((await asSecretariat.get(`/nl/secretariat/practices/${publishedRevision}`)).status, 200);

    // The organisation starts an update with a file: a new draft revision, not submitted.
    const file = 'ab'.repeat(16) + '.pdf';
    const target = storedPath(t().config.dataDir, 'attachments', file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, '%PDF-1.4\n%%EOF\n');
    const saved = await service.savePractice(deps, admin.id, { orgId, practiceId: p.id }, {
      kind: 'checked',
      input: validPractice({ title: 'Een praktijk met een nieuwe versie, bijgewerkt' }),
      files: { add: { file, kind: 'pdf', label: 'Nieuwe folder', bytes: 15 } },
    });
    assert.ok(saved.ok);
    const draft = (await service.practiceForOrg(t().db, orgId, p.id))!.working!.revision;
    assert.equal(draft.status, 'draft');
    const draftPage = await asSecretariat.get(`/nl/secretariat/practices/${draft.id}`);
    assert.equal(draftPage.status, 404);
    assert.ok(!draftPage.body.includes('bijgewerkt'), 'nothing of the draft is shown');
    assert.equal((await asSecretariat.get(`/nl/secretariat/practices/${draft.id}/files/${file}`)).status, 404);
    assert.equal(
      (await asSecretariat.get(`/nl/secretariat/practices/${publishedRevision}/files/${file}`)).status,
      404,
      'nor through the published revision’s address',
    );
    assert.equal((await asSecretariat.get(`/en/secretariat/practices/${draft.id}`)).status, 404);
    for (const [action, fields] of [['publish', {}], ['return', { comment: 'Nog niet klaar.' }]] as const) {
      const res = await asSecretariat.submit(PAGE, fields, `/nl/secretariat/practices/${draft.id}/${action}`);
      assert.equal(res.status, 404, `${action} answers as for an unknown revision`);
    }

    // Submitted, then returned: the secretariat reads it, file and all.
    assert.ok((await service.submitPractice(deps, admin.id, orgId, p.id)).ok);
    const submitted = await asSecretariat.get(`/nl/secretariat/practices/${draft.id}`);
    assert.equal(submitted.status, 200);
    assert.ok(submitted.body.includes('bijgewerkt'));
    assert.equal((await asSecretariat.get(`/nl/secretariat/practices/${draft.id}/files/${file}`)).status, 200);
    assert.ok((await service.returnRevision(deps, reviewer.id, draft.id, 'Graag nog een foto.')).ok);
    assert.equal((await asSecretariat.get(`/nl/secretariat/practices/${draft.id}`)).status, 200);
  });
});
