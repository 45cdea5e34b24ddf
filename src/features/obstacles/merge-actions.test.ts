import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { proposeAction } from '../actions/service-propose.ts';
import { depsOf as actionDepsOf, validAction, world } from '../actions/test-support.ts';
import { reportObstacle } from './service.ts';
import { depsOf, validObstacle } from './test-support.ts';

// Merging obstacle X into Y (the secretariat, through its form): joint actions against X now act
// against Y, once each, and the action's page lists Y. The joint actions feature does it on the
// `obstacles:merged` event, in the merge's transaction.

describeEachEngine('obstacles: merging moves the joint actions over', (t) => {
  test('actions against the duplicate target the kept obstacle, without a second link', async () => {
    const w = await world(t(), { a: 'Bank Alfa', b: 'Vzw Beta' });
    const dup = await reportObstacle(depsOf(t()), w.b.id, w.orgB.id, validObstacle({ title: 'No laptop at home' }));
    assert.ok(dup.ok);
    const propose = async (title: string, refs: string[]) => {
      const made = await proposeAction(actionDepsOf(t()), w.b.id, w.orgB.id, {
        ...validAction({ title }),
        obstacleRefs: refs,
      });
      assert.ok(made.ok);
      return made.value;
    };
    const onlyDup = await propose('Laptops for trainees', [dup.value.slug]);
    const both = await propose('Laptops and lessons', [dup.value.slug, w.obstacle.slug]);
    const untouched = await propose('Help at the desk', [w.obstacle.slug]);

    const secretariat = await signedInClient(t(), await createUser(t().db, { secretariat: true, locale: 'en' }));
    const res = await secretariat.submit(
      `/en/secretariat/obstacles/${dup.value.id}`,
      { into: w.obstacle.slug },
      `/en/secretariat/obstacles/${dup.value.id}/merge`,
    );
    assert.equal(res.status, 303);

    const linksOf = async (actionId: string) =>
      (
        await t().db.selectFrom('action_obstacles').select('obstacle_id').where('action_id', '=', actionId).execute()
      ).map((r) => r.obstacle_id);
    assert.deepEqual(await linksOf(onlyDup.id), [w.obstacle.id]);
    assert.deepEqual(await linksOf(both.id), [w.obstacle.id]);
    assert.deepEqual(await linksOf(untouched.id), [w.obstacle.id]);
    const left = await t()
      .db.selectFrom('action_obstacles')
      .select('action_id')
      .where('obstacle_id', '=', dup.value.id)
      .execute();
    assert.equal(left.length, 0);
    // The action's page names the kept obstacle (it listed nothing once its only obstacle was merged).
    const page = await t().client().get(`/en/actions/${onlyDup.slug}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Werkzoekenden hebben geen laptop thuis/);
  });
});
