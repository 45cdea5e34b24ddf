import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import * as service from './service.ts';
import { depsOf, validPractice } from './test-support.ts';
import type { PracticeInput } from './service-writing.ts';
import { FILTER_WINDOW, LIBRARY_PAGE_SIZE, libraryPage, SEARCH_CAP } from './service-library.ts';
import { countAmong, FACET_CAP, filteredCounts, keptCounts, matchesFilter } from './library-facets.ts';
import { decodeLibraryCursor, parseLibraryQuery, type LibraryCursor } from './library-query.ts';
import * as lib from './repository-library.ts';

/** A query string as the library's routes read it (repeated keys as arrays). */
const queryOf = (qs: string) => {
  const params = new URLSearchParams(qs);
  return parseLibraryQuery(Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)])));
};

// The public library through its pages, on both engines: search with stemming in French and
// Dutch, facets and their counts, keyset pages, sorts, the practice page's language fallback.

/** The links to practices on a page, in order. */
const practiceLinks = (html: string) => [...html.matchAll(/href="\/\w\w\/practices\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
const resultTitles = (html: string) =>
  [...html.matchAll(/<h3><a href="\/\w\w\/practices\/[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);

describeEachEngine('practices: the public library', (t) => {
  let admin: TestUser;
  let reviewer: TestUser;
  let orgId: string;
  const slugs: Record<string, string> = {};

  async function publish(
    key: string,
    over: Partial<PracticeInput>,
    translation?: { lang: 'fr' | 'nl'; title: string },
  ) {
    const deps = depsOf(t());
    const saved = await service.savePractice(
      deps,
      admin.id,
      { orgId, practiceId: null },
      { kind: 'checked', input: validPractice(over) },
    );
    assert.ok(saved.ok);
    const practiceId = saved.value.practiceId;
    if (translation) {
      const done = await service.saveTranslation(
        deps,
        admin.id,
        { orgId, practiceId },
        {
          lang: translation.lang,
          title: translation.title,
          summary: 'Un résumé court.',
          body: 'Un texte.',
        },
      );
      assert.ok(done.ok);
    }
    assert.ok((await service.submitPractice(deps, admin.id, orgId, practiceId)).ok);
    const view = await service.practiceForOrg(t().db, orgId, practiceId);
    assert.ok((await service.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
    slugs[key] = (await service.practiceForOrg(t().db, orgId, practiceId))!.practice.slug;
  }

  before(async () => {
    admin = await createUser(t().db, { locale: 'nl' });
    reviewer = await createUser(t().db, { secretariat: true });
    orgId = (await createOrganisation(t().db, { status: 'signatory', members: [{ user: admin, role: 'admin' }] })).id;
    await publish('training', {
      lang: 'nl',
      title: 'Opleiding digitale vaardigheden voor het personeel',
      summary: 'Twee halve dagen voor wie aan het loket werkt.',
      tags: { ...validPractice().tags, cause: ['skills'], group: ['jobseekers'] },
    });
    await publish('aines', {
      lang: 'fr',
      title: 'Une formation au numérique pour les aînés',
      summary: 'Six séances en petit groupe.',
      body: 'Des ateliers.',
      tags: { ...validPractice().tags, cause: ['trust'], group: ['older'] },
    });
    await publish('phone', {}, { lang: 'fr', title: 'Aide téléphonique pour les formulaires' });
    for (let i = 0; i < LIBRARY_PAGE_SIZE; i++) {
      await publish(`filler${i}`, {
        title: `Buurtwerking nummer ${i}`,
        tags: { ...validPractice().tags, cause: ['access'] },
      });
    }
  });

  test('a French search for « formations » finds « formation », a Dutch one for "opleidingen" finds "opleiding"', async () => {
    const client = t().client();
    const fr = await client.get('/fr/practices?q=formations');
    assert.equal(fr.status, 200);
    assert.deepEqual(
      practiceLinks(fr.body).filter((s) => s === slugs.aines),
      [slugs.aines],
    );
    const nl = await client.get('/nl/practices?q=opleidingen');
    assert.ok(practiceLinks(nl.body).includes(slugs.training!));
    assert.ok(!practiceLinks(nl.body).includes(slugs.aines!));
    // Accents ignored, prefixes match.
    assert.ok(practiceLinks((await client.get('/fr/practices?q=numerique')).body).includes(slugs.aines!));
    assert.ok(practiceLinks((await client.get('/fr/practices?q=aine')).body).includes(slugs.aines!));
    assert.match(nl.body, /<h2 id="results-heading">1 praktijk<\/h2>/);
  });

  test('facets: counts kept without a search text, counted among matches with one, and the filter applies', async () => {
    const client = t().client();
    const all = await client.get('/en/practices');
    assert.match(all.body, /23 practices/);
    assert.match(all.body, /Access to a device or connection \(20\)/);
    assert.match(all.body, /The number next to each choice counts the practices in the whole library/);
    const filtered = await client.get('/en/practices?cause=trust&cause=skills');
    assert.match(filtered.body, /<h2 id="results-heading">2 practices<\/h2>/);
    assert.deepEqual(
      new Set(resultTitles(filtered.body)),
      new Set(['Opleiding digitale vaardigheden voor het personeel', 'Une formation au numérique pour les aînés']),
    );
    assert.match(filtered.body, /value="trust" checked/);
    const searched = await client.get('/en/practices?q=buurtwerking');
    assert.match(searched.body, /20 practices/);
    assert.match(searched.body, /Access to a device or connection \(20\)/);
    assert.match(searched.body, /counts the practices that match your search words/);
    // Filters without a search text: each facet is counted with the other facets' filters applied.
    assert.match(filtered.body, /counts the practices that match your other choices/);
    assert.match(
      filtered.body,
      /Access to a device or connection \(20\)/,
      'the chosen facet keeps the library’s counts',
    );
    assert.match(filtered.body, /Older people \(1\)/);
    assert.match(filtered.body, /Jobseekers \(1\)/);
    const older = await client.get('/en/practices?group=older');
    assert.match(older.body, /<h2 id="results-heading">22 practices<\/h2>/);
    assert.match(older.body, /Trust and safety \(1\)/);
    assert.doesNotMatch(older.body, /Digital skills \(/, 'no practice for older people is about skills');
    assert.match(older.body, /Jobseekers \(1\)/, 'its own facet: the whole library');
    const two = await client.get('/en/practices?group=older&cause=trust');
    assert.match(two.body, /<h2 id="results-heading">1 practice<\/h2>/);
    assert.match(two.body, /Access to a device or connection \(20\)/, 'cause counted among older people');
    assert.match(two.body, /Older people \(1\)/, 'group counted among trust');
    assert.doesNotMatch(two.body, /Jobseekers \(/);
    // A value that is not in the vocabulary is ignored, never an error.
    assert.equal((await client.get('/en/practices?cause=%3Cscript%3E&sort=nope&after=garbage')).status, 200);
  });

  test('facet counts with filters: within the cap through the tag index, as counted by hand; beyond it the library’s, said so', async () => {
    const db = t().db;
    const { library, all } = keptCounts(await lib.maintainedCounts(db));
    assert.equal(all, 23);
    const everything = await lib.allLibraryRows(db, 1000);
    const queries = [
      'cause=trust&cause=skills',
      'group=older',
      'group=older&cause=trust',
      'group=older&cause=access&region=flanders',
      'cause=skills&sector=nonprofit',
      'sector=nonprofit&language=fr&cause=non_digital&cause=trust',
      'cause=trust&group=jobseekers',
    ];
    const counted = new Map<string, number>();
    for (const qs of queries) {
      const { filter } = queryOf(qs);
      const expected = countAmong(everything, filter);
      const total = everything.filter((r) => matchesFilter(r, filter)).length;
      for (const cap of [2, 5, 22, 1000]) {
        const got = await filteredCounts(db, filter, library, all, cap);
        if (!got) continue;
        counted.set(`${qs} ${cap}`, got.total);
        assert.deepEqual(got.counts, expected, `${qs}, cap ${cap}`);
        assert.equal(got.total, total, `${qs}, cap ${cap}`);
      }
    }
    // Read through practice_tags (the library is larger than the cap, the chosen values are rare).
    assert.equal(counted.get('cause=trust&cause=skills 5'), 2);
    assert.equal(counted.get('cause=trust&group=jobseekers 2'), 0);
    // Read as the whole library (it is within the cap), whatever the filter.
    assert.equal(counted.get('group=older&cause=access&region=flanders 1000'), 20);
    // Too many to read: no counts, and the page falls back to the kept ones and says so.
    assert.equal(await filteredCounts(db, queryOf('group=older').filter, library, all, 5), null);
    const page = await libraryPage(db, queryOf('group=older').filter, null, 'en', {
      facetCap: 5,
      window: FILTER_WINDOW,
      searchCap: SEARCH_CAP,
    });
    assert.equal(page.countsOf, 'library');
    assert.deepEqual(page.counts.cause, library.cause);
    assert.equal(page.total, 22, 'one value alone: the kept count is the exact total');
    assert.ok(page.exact);
    const two = await libraryPage(db, queryOf('group=older&cause=access').filter, null, 'en', {
      facetCap: 5,
      window: FILTER_WINDOW,
      searchCap: SEARCH_CAP,
    });
    assert.equal(two.countsOf, 'library');
    assert.equal(two.total, 20, 'otherwise a capped count');
    const within = await libraryPage(db, queryOf('cause=trust&cause=skills').filter, null, 'en', {
      facetCap: 5,
      window: FILTER_WINDOW,
      searchCap: SEARCH_CAP,
    });
    assert.equal(within.countsOf, 'filters');
    assert.deepEqual(within.counts.group, { older: 1, jobseekers: 1 });
  });

  test('a filter that matches little looks through a large library a window at a time, and says so', async () => {
    const db = t().db;
    // Newest first: the twenty fillers, then "phone", then the only match, then "training".
    const { filter } = queryOf('group=older&cause=trust');
    const limits = { facetCap: 1, window: 5, searchCap: SEARCH_CAP };
    const first = await libraryPage(db, filter, null, 'en', limits);
    assert.deepEqual(first.items, []);
    assert.ok(first.further, 'the next link looks further');
    assert.equal(first.windowed, 5, 'the total counts the first window only');
    assert.equal(first.total, 0);
    assert.ok(!first.exact);
    const walk = async (f: typeof filter) => {
      const seen: string[] = [];
      let after: LibraryCursor | null = null;
      let pages = 0;
      do {
        const page = await libraryPage(db, f, after, 'en', limits);
        pages++;
        seen.push(...page.items.map((i) => i.slug));
        after = page.next ? decodeLibraryCursor(page.next, f.sort) : null;
      } while (after && pages < 10);
      return { seen, pages };
    };
    assert.deepEqual(await walk(filter), { seen: [slugs.aines], pages: 5 }, 'windows of 5 over 23: the last takes 3');
    // Most adopted first walks its own order (none adopted: newest first among equals) the same way.
    assert.deepEqual(await walk(queryOf('group=older&cause=trust&sort=adopted').filter), {
      seen: [slugs.aines],
      pages: 5,
    });
    // A library within the window is looked at whole: exact, no window, no "look further".
    const whole = await libraryPage(db, filter, null, 'en', { facetCap: 1, window: 100, searchCap: SEARCH_CAP });
    assert.deepEqual(
      whole.items.map((i) => i.slug),
      [slugs.aines],
    );
    assert.equal(whole.total, 1);
    assert.ok(whole.exact);
    assert.equal(whole.windowed, null);
    assert.ok(!whole.further);
    assert.equal(whole.next, null);
  });

  test('best match beyond the cap: not scored, titles holding the words first, newest next, pages without repeats', async () => {
    const db = t().db;
    // "buurtwerking" is in the twenty fillers' titles; the cap of 8 makes it "more than 8".
    const { filter } = queryOf('q=buurtwerking');
    const limits = { facetCap: FACET_CAP, window: FILTER_WINDOW, searchCap: 8 };
    const first = await libraryPage(db, filter, null, 'en', limits);
    assert.ok(!first.exact);
    assert.equal(first.total, 8);
    const titles = first.items.map((i) => i.title);
    assert.equal(titles.length, 8);
    assert.ok(titles.every((x) => x.startsWith('Buurtwerking nummer')));
    const newest = await libraryPage(db, queryOf('q=buurtwerking&sort=newest').filter, null, 'en', limits);
    assert.deepEqual(
      titles,
      newest.items.map((i) => i.title),
      'every one holds the word in its title: newest first',
    );
    assert.equal(first.next, null, 'the eight read fit on one page');
    const small = await libraryPage(db, filter, null, 'en', { ...limits, searchCap: 30 });
    assert.ok(small.exact, 'within the cap every match is scored');
    assert.equal(small.total, 20);
  });

  test('keyset pages: the next page continues where the first stopped, with no repeat', async () => {
    const client = t().client();
    const first = await client.get('/en/practices');
    const firstLinks = resultTitles(first.body);
    assert.equal(firstLinks.length, LIBRARY_PAGE_SIZE);
    const next = first.body.match(/href="(\/en\/practices\?after=[^"]+)"/);
    assert.ok(next, 'a link to the next page');
    const second = await client.get(next[1]!.replaceAll('&amp;', '&'));
    const secondLinks = resultTitles(second.body);
    assert.equal(secondLinks.length, 3);
    assert.equal(new Set([...firstLinks, ...secondLinks]).size, 23);
    assert.doesNotMatch(first.body, /offset=/);
  });

  test('sorts: newest first by default, most adopted on request', async () => {
    const client = t().client();
    const newest = resultTitles((await client.get('/en/practices')).body);
    assert.equal(newest[0], `Buurtwerking nummer ${LIBRARY_PAGE_SIZE - 1}`);
    await t().db.updateTable('practices').set({ adoption_count: 5 }).where('slug', '=', slugs.training!).execute();
    const adopted = resultTitles((await client.get('/en/practices?sort=adopted')).body);
    assert.equal(adopted[0], 'Opleiding digitale vaardigheden voor het personeel');
    await t().db.updateTable('practices').set({ adoption_count: 0 }).where('slug', '=', slugs.training!).execute();
  });

  test('a practice in the reader’s language, otherwise the original with its lang and a notice', async () => {
    const client = t().client();
    const fr = await client.get(`/fr/practices/${slugs.training}`);
    assert.equal(fr.status, 200);
    assert.match(fr.body, /Cette pratique n’existe qu’en néerlandais\./);
    assert.match(
      fr.body,
      /<section lang="nl" class="stack"><h1>Opleiding digitale vaardigheden voor het personeel<\/h1>/,
    );
    const nl = await client.get(`/nl/practices/${slugs.training}`);
    assert.doesNotMatch(nl.body, /bestaat alleen/);
    // Tags link to the filtered library; the contact's name is shown, never the address.
    assert.match(fr.body, /href="\/fr\/practices\?cause=skills"/);
    assert.match(fr.body, /An Peeters/);
    assert.doesNotMatch(fr.body, /an\.peeters@example\.be/);
    // Two languages: the French reader gets French, the German reader a notice and both links.
    const both = await client.get(`/fr/practices/${slugs.phone}`);
    assert.match(both.body, /<h1>Aide téléphonique pour les formulaires<\/h1>/);
    const de = await client.get(`/de/practices/${slugs.phone}`);
    assert.match(de.body, /Diese Praxis gibt es nicht auf Deutsch\. Sie lesen sie auf Niederländisch\./);
    assert.match(de.body, new RegExp(`href="/de/practices/${slugs.phone}\\?text=fr"`));
    const asked = await client.get(`/de/practices/${slugs.phone}?text=fr`);
    assert.match(asked.body, /<section lang="fr" class="stack"><h1>Aide téléphonique/);
    assert.match(asked.body, new RegExp(`href="/de/practices/${slugs.phone}/ask"`));
    assert.equal((await client.get('/fr/practices/nope')).status, 404);
  });
});

describeEachEngine('practices: "we adopted this"', (t) => {
  let author: TestUser;
  let other: TestUser;
  let reviewer: TestUser;
  let authorOrg: { id: string; slug: string };
  let otherOrg: { id: string; slug: string };
  let slug: string;
  let asOther: Client;

  before(async () => {
    author = await createUser(t().db, { locale: 'nl' });
    other = await createUser(t().db, { locale: 'fr' });
    reviewer = await createUser(t().db, { secretariat: true });
    authorOrg = await createOrganisation(t().db, { status: 'signatory', members: [{ user: author, role: 'admin' }] });
    otherOrg = await createOrganisation(t().db, {
      name: 'CPAS de Namur',
      status: 'signatory',
      members: [{ user: other, role: 'member' }],
    });
    const deps = depsOf(t());
    const saved = await service.savePractice(
      deps,
      author.id,
      { orgId: authorOrg.id, practiceId: null },
      { kind: 'checked', input: validPractice() },
    );
    assert.ok(saved.ok);
    assert.ok((await service.submitPractice(deps, author.id, authorOrg.id, saved.value.practiceId)).ok);
    const view = await service.practiceForOrg(t().db, authorOrg.id, saved.value.practiceId);
    assert.ok((await service.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
    slug = (await service.practiceForOrg(t().db, authorOrg.id, saved.value.practiceId))!.practice.slug;
    asOther = await signedInClient(t(), other);
  });

  const countOf = async () =>
    Number(
      (await t().db.selectFrom('practices').select('adoption_count').where('slug', '=', slug).executeTakeFirstOrThrow())
        .adoption_count,
    );

  test('the own organisation cannot adopt; another adopts once, with a note, and can withdraw', async () => {
    const page = `/fr/practices/${slug}`;
    const asAuthor = await signedInClient(t(), author);
    const own = await asAuthor.submit(page, {}, `${page}/adoptions/${authorOrg.id}`);
    assert.equal(own.status, 409);
    assert.equal(await countOf(), 0);

    const form = await asOther.get(page);
    assert.match(form.body, new RegExp(`action="/fr/practices/${slug}/adoptions/${otherOrg.id}"`));
    const done = await asOther.submit(
      page,
      { [`note-${otherOrg.id}`]: 'Repris dans deux antennes.' },
      `${page}/adoptions/${otherOrg.id}`,
    );
    assert.equal(done.status, 303);
    assert.equal(await countOf(), 1);
    const again = await asOther.submit(page, {}, `${page}/adoptions/${otherOrg.id}`);
    assert.equal(again.status, 303);
    assert.equal(await countOf(), 1, 'one per organisation');

    const shown = await t().client().get(page);
    assert.match(shown.body, /1 organisation a adopté cette pratique\./);
    assert.match(shown.body, new RegExp(`href="/fr/signatories/${otherOrg.slug}"`));
    // Both profiles list it: the author's as its own, the other's as adopted.
    assert.match(
      (await t().client().get(`/en/signatories/${authorOrg.slug}`)).body,
      new RegExp(`href="/en/practices/${slug}"`),
    );
    const otherProfile = (await t().client().get(`/en/signatories/${otherOrg.slug}`)).body;
    assert.match(otherProfile, /Practices it adopted/);
    assert.match(otherProfile, new RegExp(`href="/en/practices/${slug}"`));

    const withdrawn = await asOther.submit(page, {}, `${page}/adoptions/${otherOrg.id}/withdraw`);
    assert.equal(withdrawn.status, 303);
    assert.equal(await countOf(), 0);
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'practices.adopt%')
      .execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'practices.adopted',
      'practices.adopted',
      'practices.adoption_withdrawn',
    ]);
  });

  test('permissions: nobody signed in, or not a member of the organisation, is refused', async () => {
    const page = `/fr/practices/${slug}`;
    assert.equal((await t().client().post(`${page}/adoptions/${otherOrg.id}`, {})).status, 401);
    const refused = await asOther.submit(page, {}, `${page}/adoptions/${authorOrg.id}`);
    assert.equal(refused.status, 403);
    assert.equal(await countOf(), 0);
    const tooLong = await asOther.submit(
      page,
      { [`note-${otherOrg.id}`]: 'x'.repeat(1001) },
      `${page}/adoptions/${otherOrg.id}`,
    );
    assert.equal(tooLong.status, 400);
    assert.match(tooLong.body, /x{1001}/, 'the typed note is kept');
  });

  test('the author’s admins hear of a new adoption, in their language, with the note; not of a changed note or a withdrawal', async () => {
    const page = `/fr/practices/${slug}`;
    // t().mails() returns every mail sent so far: each step looks at what came after the last.
    let seen = (await t().mails()).length;
    const toAuthor = async () => {
      const all = await t().mails();
      const fresh = all.slice(seen);
      seen = all.length;
      return fresh.filter((m) => m.to === author.email);
    };
    const done = await asOther.submit(
      page,
      { [`note-${otherOrg.id}`]: 'Repris dans nos deux antennes <b>depuis mars</b>.' },
      `${page}/adoptions/${otherOrg.id}`,
    );
    assert.equal(done.status, 303);
    const mails = await toAuthor();
    assert.equal(mails.length, 1);
    const mail = mails[0]!;
    assert.equal(
      mail.subject,
      'CPAS de Namur heeft uw praktijk overgenomen',
      'in the admin’s language (nl), not the page’s',
    );
    assert.ok(mail.text.includes('Repris dans nos deux antennes <b>depuis mars</b>.'), 'the note as typed');
    assert.ok(mail.html.includes('&lt;b&gt;depuis mars'), 'escaped in the HTML part');
    assert.ok(mail.links.some((l) => l.endsWith(`/nl/practices/${slug}`)));

    const edited = await asOther.submit(
      page,
      { [`note-${otherOrg.id}`]: 'Une autre note.' },
      `${page}/adoptions/${otherOrg.id}`,
    );
    assert.equal(edited.status, 303);
    assert.equal((await toAuthor()).length, 0, 'a changed note is no news');
    assert.equal((await asOther.submit(page, {}, `${page}/adoptions/${otherOrg.id}/withdraw`)).status, 303);
    assert.equal((await toAuthor()).length, 0, 'nor is a withdrawal');

    // Adopted again, without a note: a new adoption, a new mail that says there is no note.
    assert.equal((await asOther.submit(page, {}, `${page}/adoptions/${otherOrg.id}`)).status, 303);
    const again = await toAuthor();
    assert.equal(again.length, 1);
    assert.ok(again[0]!.text.includes('Er staat geen notitie bij'));
    assert.equal((await asOther.submit(page, {}, `${page}/adoptions/${otherOrg.id}/withdraw`)).status, 303);
    const jobs = await t().db.selectFrom('jobs').select('payload').execute();
    assert.ok(
      jobs.every((j) => !j.payload.includes('antennes')),
      'no job keeps the note once sent',
    );
  });
});
