import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { addMilestone } from './service-milestones.ts';
import { proposeAction } from './service-propose.ts';
import { depsOf, validAction, world, type World } from './test-support.ts';

// The secretariat features joint actions on the home page with a button on the action's page;
// the home page shows the three most recently featured, each with its lead and its progress.

describeEachEngine('actions: featured on the home page', (t) => {
  let w: World;
  let secretary: TestUser;
  let asSecretary: Client;
  const slugs: string[] = [];

  before(async () => {
    w = await world(t());
    secretary = await createUser(t().db, { secretariat: true, locale: 'en' });
    asSecretary = await signedInClient(t(), secretary);
    for (let i = 0; i < 4; i++) {
      const made = await proposeAction(depsOf(t()), w.a.id, w.orgA.id, {
        ...validAction({ title: `Uitgelichte actie ${i}` }),
        obstacleRefs: [w.obstacle.slug],
      });
      assert.ok(made.ok);
      slugs.push(made.value.slug);
    }
    const milestone = { dueOn: '2026-06-30', status: 'under_way' as const, percent: 40, doneOn: null };
    assert.ok((await addMilestone(depsOf(t()), w.a.id, slugs[0]!, { ...milestone, title: 'Start', weight: 1 })).ok);
  });

  test('no featured action: the home page has no such section', async () => {
    const home = await t().client().get('/en');
    assert.equal(home.status, 200);
    assert.doesNotMatch(home.body, /Joint actions in the spotlight/);
  });

  test('the secretariat features four; the home page shows the last three featured, with lead and progress', async () => {
    for (const slug of slugs) {
      const res = await asSecretary.submit(`/en/actions/${slug}`, {}, `/en/actions/${slug}/feature`);
      assert.equal(res.status, 303);
      // Featured one after the other: the order does not hang on the same millisecond.
      await new Promise((r) => setTimeout(r, 5));
    }
    // Feature an action in the reverse order: the first one is featured last.
    await asSecretary.submit(`/en/actions/${slugs[0]}`, {}, `/en/actions/${slugs[0]}/unfeature`);
    await asSecretary.submit(`/en/actions/${slugs[0]}`, {}, `/en/actions/${slugs[0]}/feature`);
    const home = await t().client().get('/en');
    assert.match(home.body, /<h2 id="featured-actions">Joint actions in the spotlight<\/h2>/);
    const shown = [...home.body.matchAll(/Uitgelichte actie (\d)/g)].map((m) => m[1]);
    assert.deepEqual(shown, ['0', '3', '2']);
    assert.match(home.body, new RegExp(`href="/en/actions/${slugs[0]}" lang="nl">Uitgelichte actie 0`));
    assert.match(home.body, /Led by Bank Alfa/);
    assert.match(home.body, /Progress: 40%/);
    assert.match(home.body, /<svg[^>]*aria-hidden="true"/);
    const fr = await t().client().get('/fr');
    assert.match(fr.body, /Actions communes à la une/);
    assert.match(fr.body, /Menée par Bank Alfa/);
    const audited = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('action', 'in', ['actions.featured', 'actions.unfeatured'])
      .execute();
    assert.equal(audited.length, 6);
    assert.ok(audited.every((a) => a.actor_user_id === secretary.id));
  });

  test('the page says since when it is featured; unfeatured, it leaves the home page', async () => {
    const page = await asSecretary.get(`/en/actions/${slugs[3]}`);
    assert.match(page.body, /Featured on the home page since/);
    assert.match(page.body, /Take off the home page/);
    assert.doesNotMatch((await (await signedInClient(t(), w.a)).get(`/en/actions/${slugs[3]}`)).body, /home page/);
    assert.equal(
      (await asSecretary.submit(`/en/actions/${slugs[3]}`, {}, `/en/actions/${slugs[3]}/unfeature`)).status,
      303,
    );
    const home = await t().client().get('/en');
    assert.deepEqual(
      [...home.body.matchAll(/Uitgelichte actie (\d)/g)].map((m) => m[1]),
      ['0', '2', '1'],
    );
  });
});
