import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { endorseObstacle, reportObstacle } from './service.ts';
import { depsOf, validObstacle } from './test-support.ts';

// ADR 0023: when an organisation withdraws from the Charter, its "we see this too" stop counting
// (the count, the most-seen order, the API), and the obstacles it reported stay, shown as
// reported by a former signatory.

describeEachEngine('obstacles: a withdrawn organisation', (t) => {
  test('its endorsements stop counting; its reports stay, marked as a former signatory', async () => {
    const people = {} as Record<'a' | 'b' | 'c', TestUser>;
    const orgs = {} as Record<'a' | 'b' | 'c', string>;
    for (const k of ['a', 'b', 'c'] as const) {
      people[k] = await createUser(t().db, { locale: 'en' });
      orgs[k] = (
        await createOrganisation(t().db, { name: `Leaving ${k}`, members: [{ user: people[k], role: 'admin' }] })
      ).id;
    }
    const deps = depsOf(t());
    const ofA = await reportObstacle(deps, people.a.id, orgs.a, validObstacle({ title: 'Seen by the leaver' }));
    const ofB = await reportObstacle(deps, people.b.id, orgs.b, validObstacle({ title: 'Reported by the leaver' }));
    assert.ok(ofA.ok && ofB.ok);
    for (const [k, ref] of [
      ['b', ofA.value.slug],
      ['c', ofA.value.slug],
      ['c', ofB.value.slug],
    ] as const)
      assert.ok((await endorseObstacle(deps, people[k].id, { ref, orgId: orgs[k], evidence: null })).ok);
    const countOf = async (id: string) =>
      Number(
        (
          await t()
            .db.selectFrom('obstacles')
            .select('endorsement_count')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).endorsement_count,
      );
    assert.equal(await countOf(ofA.value.id), 2);
    const listBefore = (await t().client().get('/en/obstacles')).body;
    assert.match(listBefore, /Seen by 2 other organisations/);

    // B's administrator withdraws it through its organisation's space, as a person would.
    const asB = await signedInClient(t(), people.b);
    const withdrawn = await asB.submit(
      `/en/organisations/${orgs.b}`,
      { reason: 'We stop.', step: 'confirm' },
      `/en/organisations/${orgs.b}/withdraw/confirm`,
    );
    assert.equal(withdrawn.status, 303);

    assert.equal(await countOf(ofA.value.id), 1, 'B no longer counts');
    assert.equal(await countOf(ofB.value.id), 1, "B's own obstacle keeps C's endorsement");
    const left = await t()
      .db.selectFrom('obstacle_endorsements')
      .select('org_id')
      .where('org_id', '=', orgs.b)
      .execute();
    assert.equal(left.length, 0);
    const list = (await t().client().get('/en/obstacles')).body;
    assert.doesNotMatch(list, /Seen by 2 other organisations/, 'the cached list moved');
    assert.match(list, /Reported by the leaver/);
    assert.match(list, /reported by Leaving b \(former signatory\)/);
    const page = (await t().client().get(`/en/obstacles/${ofB.value.slug}`)).body;
    assert.match(page, /Leaving b<\/a> \(former signatory\)/);
    const api = JSON.parse((await t().client().get(`/api/v1/obstacles/${ofA.value.slug}`)).body);
    assert.equal(api.endorsements, 1);
    assert.deepEqual(
      api.endorsed_by.map((e: { name: string }) => e.name),
      ['Leaving c'],
    );
    const audited = await t()
      .db.selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'obstacles.withdrawn_endorsements_removed')
      .where('subject_id', '=', orgs.b)
      .execute();
    assert.equal(audited.length, 1);
  });
});
