import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { logActivity } from './service.ts';
import { validActivity, world, type World } from './test-support.ts';

// The log's pages as people use them without JavaScript: the short form and its details, errors
// in the reader's language with every typed value kept, the totals and the list, changing and
// deleting with a confirmation; who sees what, and the public totals on the profile.

describeEachEngine('activities: the pages', (t) => {
  let w: World;
  let secretariat: TestUser;
  let log: string;
  before(async () => {
    w = await world(t());
    secretariat = await createUser(t().db, { secretariat: true });
    log = `/en/organisations/${w.org.id}/activities`;
  });

  test('the space links the log; a wrong form comes back in French with its values; a good one is saved', async () => {
    const member = await signedInClient(t(), w.member);
    const space = await member.get(`/en/organisations/${w.org.id}`);
    assert.match(space.body, new RegExp(`href="${log}"`));

    const fr = `/fr/organisations/${w.org.id}/activities/new`;
    const form = await member.get(fr);
    assert.equal(form.status, 200);
    assert.equal(form.body.match(/<h1[\s>]/g)?.length, 1);
    assert.match(form.body, /<legend class="legend">Plus de détails/);
    const wrong = await member.submit(fr, {
      kind: 'training',
      title: 'Atelier sécurité',
      startsOn: '31/02/2026',
      peopleReached: 'beaucoup',
      hoursPerPerson: '1,5',
      endsOn: '01/01/2020',
      visibility: 'public',
    });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /class="error-summary"/);
    assert.match(wrong.body, /Écrivez la date sous la forme jour\/mois\/année/);
    assert.match(wrong.body, /Écrivez un nombre entier/);
    assert.match(wrong.body, /value="Atelier sécurité"/);
    assert.match(wrong.body, /value="1,5"/);
    assert.match(wrong.body, /<title>Erreur/);

    const saved = await member.submit(`${log}/new`, {
      kind: 'training',
      title: 'Safe online workshop',
      startsOn: '14/03/2026',
      peopleReached: '1 200',
      hoursPerPerson: '1,5',
      commitment: ['4', '8'],
      digcomp: 'safety',
      visibility: 'public',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, log);
    const page = await member.follow(`${log}?totals=2026`);
    assert.match(page.body, /The activity is saved/);
    assert.match(page.body, /Safe online workshop/);
    assert.match(page.body, /1[.,]200 people reached/);
    // 1,200 people × 1.5 hours (numbers as Belgians write them).
    assert.match(page.body, /1[.,]800/);
    const row = await t()
      .db.selectFrom('activities')
      .selectAll()
      .where('title', '=', 'Safe online workshop')
      .executeTakeFirstOrThrow();
    assert.equal(row.minutes_per_person, 90);
    assert.equal(row.starts_on, '2026-03-14');
  });

  test('change and delete, with a confirmation page; the totals follow', async () => {
    const member = await signedInClient(t(), w.member);
    const made = await logActivity(
      t().db,
      w.member.id,
      w.org.id,
      validActivity({ title: 'To be moved', peopleReached: 33 }),
    );
    assert.ok(made.ok);
    const edit = `${log}/${made.value.id}/edit`;
    const page = await member.get(edit);
    assert.match(page.body, /value="To be moved"/);
    assert.match(page.body, /value="1.5"/);
    const moved = await member.submit(edit, {
      kind: 'support',
      title: 'Moved to 2025',
      startsOn: '2025-06-01',
      peopleReached: '34',
      visibility: 'private',
    });
    assert.equal(moved.status, 303);
    const in2025 = await member.follow(`${log}?totals=2025&year=2025`);
    assert.match(in2025.body, /Moved to 2025/);
    assert.match(in2025.body, /Only for our organisation and the secretariat/);
    assert.doesNotMatch(in2025.body, /Safe online workshop/);

    const confirm = await member.get(`${log}/${made.value.id}/delete`);
    assert.match(confirm.body, /Delete this activity\?/);
    const deleted = await member.submit(`${log}/${made.value.id}/delete`, {});
    assert.equal(deleted.status, 303);
    assert.match((await member.follow(`${log}?totals=2025`)).body, /No activity logged for 2025 yet/);
    assert.equal((await member.get(edit)).status, 404);
  });

  test('the secretariat reads the log but does not write; others may not read it', async () => {
    const staff = await signedInClient(t(), secretariat);
    const page = await staff.get(log);
    assert.equal(page.status, 200);
    assert.match(page.body, /Safe online workshop/);
    assert.doesNotMatch(page.body, /\/activities\/new"/);
    assert.equal((await (await signedInClient(t(), w.outsider)).get(log)).status, 403);
    assert.equal(
      (await (await signedInClient(t(), w.applicantMember)).get(`/en/organisations/${w.applicant.id}/activities/new`))
        .status,
      403,
    );
  });

  test('the list filters by kind and year, pages newest first, and survives damaged values', async () => {
    for (let i = 0; i < 22; i++) {
      const made = await logActivity(t().db, w.admin.id, w.org.id, {
        ...validActivity({
          title: `Promotion number ${i}`,
          kind: 'promotion',
          startsOn: `2024-01-${String(i + 1).padStart(2, '0')}`,
        }),
      });
      assert.ok(made.ok);
    }
    const admin = await signedInClient(t(), w.admin);
    const first = await admin.get(`${log}?kind=promotion&year=2024`);
    assert.match(first.body, /Promotion number 21</);
    assert.doesNotMatch(first.body, /Promotion number 1</);
    assert.doesNotMatch(first.body, /Safe online workshop/);
    const next = /href="([^"]+after=[^"]+)"/.exec(first.body)?.[1];
    assert.ok(next, 'a next page');
    const second = await admin.get(next!.replaceAll('&amp;', '&'));
    assert.match(second.body, /Promotion number 0</);
    assert.doesNotMatch(second.body, /Promotion number 21</);
    const odd = await admin.get(`${log}?kind=%00&year=99999&totals=x&after=%%%`);
    assert.equal(odd.status, 200);
  });

  test('the profile shows the totals of public activities only, for last year and this year', async () => {
    const year = Number(
      new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Brussels' }).format(new Date()),
    );
    await logActivity(
      t().db,
      w.outsider.id,
      w.other.id,
      validActivity({
        kind: 'campaign',
        startsOn: `${year}-01-02`,
        peopleReached: 4321,
        tags: { commitment: [], audience: [], group: [], digcomp: [], region: [] },
      }),
    );
    await logActivity(
      t().db,
      w.outsider.id,
      w.other.id,
      validActivity({ kind: 'campaign', startsOn: `${year}-01-03`, peopleReached: 999, visibility: 'private' }),
    );
    const anon = t().client();
    const profile = await anon.get(`/en/signatories/${w.other.slug}`);
    assert.equal(profile.status, 200);
    assert.match(profile.body, /What we do for the Charter/);
    assert.match(profile.body, /6\. Support campaigns/);
    assert.match(profile.body, /4[.,]321/);
    assert.doesNotMatch(profile.body, /5[.,]320/);
  });
});
