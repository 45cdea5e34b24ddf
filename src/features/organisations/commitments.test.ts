import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine, type TestApp } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { formatters } from '../../platform/i18n/format.ts';
import * as practices from '../practices/service.ts';
import { adoptPractice } from '../practices/service-public.ts';
import { depsOf as practiceDeps, validPractice } from '../practices/test-support.ts';
import { endorseObstacle, reportObstacle } from '../obstacles/service.ts';
import { depsOf as obstacleDeps, validObstacle } from '../obstacles/test-support.ts';
import { proposeAction } from '../actions/service-propose.ts';
import { depsOf as actionDeps, validAction } from '../actions/test-support.ts';
import { logActivity } from '../activities/service.ts';
import { validActivity } from '../activities/test-support.ts';
import { brusselsYear } from './service-directory.ts';

// "The nine commitments at a glance" (issue 8) on an organisation's space and, in public, on its
// profile: Alfa has practices, obstacles, an action and activities of several kinds this year and
// last year; Beta has its own. Each commitment's card shows Alfa's figures for the year asked,
// the profile only what is public, and nothing of Beta's.

const year = brusselsYear(new Date().toISOString());
const lastYear = `${year - 1}-06-01T10:00:00.000Z`;

/** A practice written, submitted and published through the services, as the workflow would. */
async function publish(t: TestApp, admin: TestUser, reviewer: TestUser, orgId: string, title: string) {
  const deps = practiceDeps(t);
  const saved = await practices.savePractice(
    deps,
    admin.id,
    { orgId, practiceId: null },
    { kind: 'checked', input: validPractice({ title }) },
  );
  assert.ok(saved.ok);
  const practiceId = saved.value.practiceId;
  assert.ok((await practices.submitPractice(deps, admin.id, orgId, practiceId)).ok);
  const view = await practices.practiceForOrg(t.db, orgId, practiceId);
  assert.ok((await practices.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);
  return (await practices.practiceForOrg(t.db, orgId, practiceId))!.practice;
}

/** The card of commitment `n` in a page's list of commitments ('' when there is none). */
function card(html: string, n: number): string {
  const section = html.slice(html.indexOf('id="commitments-heading"'));
  const cards = section.slice(0, section.indexOf('</section>')).split('<li class="card"><h3>');
  return cards.find((c) => c.startsWith(`${n}. `)) ?? '';
}

describeEachEngine("the nine commitments on the organisation's space and profile", (t) => {
  let alfa: { id: string; slug: string };
  let asAlfa: Client;
  let asBeta: Client;
  const signedAt = `${year - 2}-03-01T10:00:00.000Z`;

  before(async () => {
    const db = t().db;
    const a = await createUser(db, { locale: 'en' });
    const b = await createUser(db, { locale: 'en' });
    const reviewer = await createUser(db, { secretariat: true });
    alfa = await createOrganisation(db, { name: 'Bank Alfa', members: [{ user: a, role: 'admin' }] });
    const beta = await createOrganisation(db, { name: 'Vzw Beta', members: [{ user: b, role: 'admin' }] });
    // Alfa signed two years ago, so the space offers this year and the two before.
    await db
      .updateTable('organisations')
      .set({ signed_at: signedAt, created_at: signedAt })
      .where('id', '=', alfa.id)
      .execute();

    // Commitment 1: two practices this year, one published last year, one of Beta's adopted.
    await publish(t(), a, reviewer, alfa.id, 'Telefonische hulp');
    await publish(t(), a, reviewer, alfa.id, 'Digitale koffie');
    const old = await publish(t(), a, reviewer, alfa.id, 'Oude praktijk');
    await db.updateTable('practices').set({ published_at: lastYear }).where('id', '=', old.id).execute();
    const theirs = await publish(t(), b, reviewer, beta.id, 'Praktijk van Beta');
    assert.ok((await adoptPractice(practiceDeps(t()), a.id, { slug: theirs.slug, orgId: alfa.id, note: null })).ok);

    // Commitment 2: an obstacle this year, one last year, one of Beta's seen too, an action led.
    const mine = await reportObstacle(obstacleDeps(t()), a.id, alfa.id, validObstacle());
    const older = await reportObstacle(obstacleDeps(t()), a.id, alfa.id, validObstacle({ title: 'Een oude drempel' }));
    const seen = await reportObstacle(obstacleDeps(t()), b.id, beta.id, validObstacle({ title: 'Drempel van Beta' }));
    assert.ok(mine.ok && older.ok && seen.ok);
    await db.updateTable('obstacles').set({ created_at: lastYear }).where('id', '=', older.value.id).execute();
    assert.ok(
      (await endorseObstacle(obstacleDeps(t()), a.id, { ref: seen.value.slug, orgId: alfa.id, evidence: null })).ok,
    );
    const action = await proposeAction(actionDeps(t()), a.id, alfa.id, {
      ...validAction({ startsOn: `${year}-01-01`, endsOn: `${year}-12-31` }),
      obstacleRefs: [mine.value.slug],
    });
    assert.ok(action.ok);

    // Commitments 4, 5 and 8: a public training and a public promotion this year, a private
    // safety action this year, a training last year; Beta's training this year.
    const log = async (orgId: string, user: TestUser, over: Parameters<typeof validActivity>[0]) =>
      assert.ok((await logActivity(db, user.id, orgId, validActivity(over))).ok);
    const tags = (commitment: string[]) => ({ ...validActivity().tags, commitment });
    await log(alfa.id, a, { startsOn: `${year}-01-01`, peopleReached: 20, minutesPerPerson: 90, tags: tags(['4']) });
    await log(alfa.id, a, {
      kind: 'promotion',
      startsOn: `${year}-01-01`,
      peopleReached: 7,
      minutesPerPerson: null,
      tags: tags(['5']),
    });
    await log(alfa.id, a, {
      kind: 'safety',
      safetyKind: 'phishing',
      startsOn: `${year}-01-01`,
      peopleReached: 50,
      minutesPerPerson: null,
      visibility: 'private',
      tags: tags(['8']),
    });
    await log(alfa.id, a, { startsOn: `${year - 1}-06-01`, peopleReached: 100, tags: tags(['4']) });
    await log(beta.id, b, { startsOn: `${year}-01-01`, peopleReached: 999, tags: tags(['4']) });

    asAlfa = await signedInClient(t(), a);
    asBeta = await signedInClient(t(), b);
  });

  test('the space shows each commitment with what was done this year and where to do more', async () => {
    const res = await asAlfa.get(`/en/organisations/${alfa.id}`);
    assert.equal(res.status, 200);
    const html = res.body;
    assert.match(html, new RegExp(`<h2 id="commitments-heading">The nine commitments in ${year}</h2>`));
    assert.match(
      card(html, 1),
      /<li>2 practices shared in the library<\/li><li>1 practice of another organisation adopted<\/li>/,
    );
    assert.match(card(html, 1), new RegExp(`href="/en/organisations/${alfa.id}/practices/new">Write a practice<`));
    assert.match(card(html, 1), /href="\/en\/practices">Browse the library of good practices</);
    assert.match(
      card(html, 2),
      /<li>1 obstacle reported<\/li><li>Sees 1 obstacle of another organisation too<\/li><li>Leads 1 joint action \(progress: 0% on average\)<\/li>/,
    );
    assert.match(card(html, 2), new RegExp(`href="/en/organisations/${alfa.id}/obstacles/new">Report an obstacle<`));
    assert.match(card(html, 3), new RegExp(`Signed the Charter \\(version 1\\) on ${formatters('en').date(signedAt)}`));
    assert.match(card(html, 4), /<li>1 activity logged, 20 people reached<\/li><li>30 hours of training in all/);
    assert.match(card(html, 5), /<li>1 activity logged, 7 people reached<\/li>/);
    // Nothing yet for commitment 6: said plainly, with where to start.
    assert.match(
      card(html, 6),
      new RegExp(
        `<p>Nothing recorded for ${year}.</p><ul><li><a href="/en/organisations/${alfa.id}/activities/new">Log an activity</a>`,
      ),
    );
    // Members see private activities too; commitment 8 leads to the online-safety page.
    assert.match(card(html, 8), /<li>1 activity logged, 50 people reached<\/li>/);
    assert.match(card(html, 8), /<a href="\/en\/safety">Online safety<\/a>/);
    // 7 leads to the self-assessment (nothing submitted yet); 9 says no report was asked yet,
    // with no link that leads nowhere.
    assert.match(
      card(html, 7),
      new RegExp(
        `<p>Nothing recorded for ${year}.</p><ul><li><a href="/en/organisations/${alfa.id}/assessment">Go to the self-assessment</a>`,
      ),
    );
    assert.match(card(html, 9), /has not asked your organisation for a yearly report yet/);
    assert.doesNotMatch(card(html, 9), /<a /);
    // Beta's training is not Alfa's (its 999 people, not any "999" inside an id or a token).
    assert.doesNotMatch(html, /999 people/);
  });

  test('the year can be chosen with a form; last year shows last year', async () => {
    const now = await asAlfa.get(`/en/organisations/${alfa.id}`);
    assert.match(now.body, /<form class="filters stack" method="get" action="\/en\/organisations\/[^"]+"[^>]*>/);
    assert.match(now.body, new RegExp(`<option value="${year - 2}">${year - 2}</option>`));
    const res = await asAlfa.get(`/en/organisations/${alfa.id}?year=${year - 1}`);
    assert.equal(res.status, 200);
    assert.match(res.body, new RegExp(`<option value="${year - 1}" selected>`));
    assert.match(card(res.body, 1), /<li>1 practice shared in the library<\/li>/);
    assert.match(card(res.body, 2), /<li>1 obstacle reported<\/li><\/ul>/);
    assert.match(card(res.body, 4), /<li>1 activity logged, 100 people reached<\/li>/);
    assert.match(card(res.body, 8), new RegExp(`Nothing recorded for ${year - 1}.`));
    // A year it does not offer is not an error: this year is shown.
    for (const asked of ['1999', 'abc', `${year + 1}`]) {
      const other = await asAlfa.get(`/en/organisations/${alfa.id}?year=${asked}`);
      assert.equal(other.status, 200);
      assert.match(other.body, new RegExp(`The nine commitments in ${year}<`));
    }
  });

  test("another organisation's space shows its own figures only", async () => {
    const space = await asBeta.get(
      `/en/organisations/${(await t().db.selectFrom('organisations').select('id').where('legal_name', '=', 'Vzw Beta').executeTakeFirstOrThrow()).id}`,
    );
    assert.match(card(space.body, 4), /<li>1 activity logged, 999 people reached<\/li>/);
    assert.match(card(space.body, 1), /<li>1 practice shared in the library<\/li><\/ul>/);
    assert.doesNotMatch(space.body, /20 people reached|adopted/);
    assert.equal((await asBeta.get(`/en/organisations/${alfa.id}`)).status, 403);
  });

  test('the public profile shows only what is public, without links to forms', async () => {
    const res = await t().client().get(`/en/signatories/${alfa.slug}`);
    assert.equal(res.status, 200);
    const html = res.body;
    assert.match(html, new RegExp(`<h2 id="commitments-heading">What it did for the Charter in ${year}</h2>`));
    assert.match(card(html, 1), /2 practices shared in the library/);
    assert.match(card(html, 2), /1 obstacle reported/);
    assert.match(card(html, 3), new RegExp(`Signed the Charter \\(version 1\\) on ${formatters('en').date(signedAt)}`));
    assert.match(card(html, 4), /<li>1 activity logged, 20 people reached<\/li>/);
    // The private safety action is not counted, and nothing done means no card at all.
    assert.equal(card(html, 8), '');
    assert.equal(card(html, 6), '');
    assert.equal(card(html, 7), '');
    const section = html.slice(
      html.indexOf('id="commitments-heading"'),
      html.indexOf('</section>', html.indexOf('id="commitments-heading"')),
    );
    assert.doesNotMatch(section, /<a |Nothing recorded|999 people/);
  });
});
