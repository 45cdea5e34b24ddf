import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { addIndicator } from './service-indicators.ts';
import { addMilestone, updateMilestone } from './service-milestones.ts';
import { askToJoin, decidePartner } from './service-partners.ts';
import { proposeAction } from './service-propose.ts';
import { depsOf, validAction, world, type World } from './test-support.ts';

// The open data: the API with partners, milestones (weights, progress) and indicators, the CSV
// file, and their place in the OpenAPI description.

describeEachEngine('actions: API, CSV and OpenAPI', (t) => {
  let w: World;
  let slug: string;

  before(async () => {
    w = await world(t());
    const deps = depsOf(t());
    const made = await proposeAction(deps, w.b.id, w.orgB.id, {
      ...validAction({ title: 'Trainers for older people' }),
      obstacleRefs: [w.obstacle.slug],
    });
    assert.ok(made.ok);
    slug = made.value.slug;
    const ids: string[] = [];
    for (const [title, weight] of [
      ['One', 1],
      ['Two', 2],
      ['Three', 1],
    ] as const) {
      const added = await addMilestone(deps, w.b.id, slug, {
        title,
        dueOn: '2026-06-30',
        weight,
        status: 'planned',
        percent: 0,
        doneOn: null,
      });
      assert.ok(added.ok);
    }
    for (const m of await t().db.selectFrom('action_milestones').select(['id', 'title']).orderBy('title').execute())
      ids.push(m.id);
    assert.ok((await askToJoin(deps, w.a.id, slug, w.orgA.id)).ok);
    assert.ok((await decidePartner(deps, w.b.id, slug, { orgId: w.orgA.id, accept: true })).ok);
    const one = (
      await t().db.selectFrom('action_milestones').select('id').where('title', '=', 'One').executeTakeFirstOrThrow()
    ).id;
    const done = await updateMilestone(deps, w.a.id, slug, one, {
      title: 'One',
      dueOn: '2026-06-30',
      weight: 1,
      status: 'done',
      percent: 100,
      doneOn: '2026-03-01',
    });
    assert.ok(done.ok);
    assert.equal(done.value.progress, 25);
    assert.ok(
      (
        await addIndicator(deps, w.b.id, slug, {
          name: 'People trained',
          unit: 'people',
          target: 500,
          current: 340,
          measuredOn: '2026-04-30',
        })
      ).ok,
    );
  });

  test('the list and the action give the progress, the partners, the milestones with their weights, and the indicators', async () => {
    const client = t().client();
    const res = await client.get('/api/v1/actions?lang=en');
    assert.equal(res.status, 200);
    const body = JSON.parse(res.body);
    assert.equal(body.total, 1);
    const [action] = body.items;
    assert.equal(action.slug, slug);
    assert.equal(action.progress, 25);
    assert.equal(action.lead.name, 'Vzw Beta');
    assert.deepEqual(
      action.partners.map((p: { name: string }) => p.name),
      ['Bank Alfa'],
    );
    // Same due date: their order between them is the id's; compare them by title.
    const milestones = action.milestones
      .map((m: { title: string; weight: number; progress: number }) => [m.title, m.weight, m.progress])
      .sort((x: string[], y: string[]) => x[0]!.localeCompare(y[0]!));
    assert.deepEqual(milestones, [
      ['One', 1, 100],
      ['Three', 1, 0],
      ['Two', 2, 0],
    ]);
    assert.deepEqual(action.indicators[0], {
      name: 'People trained',
      unit: 'people',
      target: 500,
      current: 340,
      measured_on: '2026-04-30',
    });
    assert.match(action.url, new RegExp(`/en/actions/${slug}$`));
    const one = await client.get(`/api/v1/actions/${slug}`);
    assert.equal(one.status, 200);
    assert.equal(JSON.parse(one.body).progress, 25);
    assert.equal((await client.get('/api/v1/actions/no-such-action')).status, 404);
  });

  test('the CSV file has the progress and the weighted milestones; bad parameters give 400', async () => {
    const client = t().client();
    const csv = await client.get('/api/v1/actions.csv?status=proposed');
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^slug,title,status,lead,starts_on,ends_on,progress,partners,milestones/);
    assert.match(lines[1]!, /,25,Bank Alfa,/);
    assert.match(lines[1]!, /One \(weight 1, 100%\)/);
    assert.match(lines[1]!, /Two \(weight 2, 0%\)/);
    assert.match(lines[1]!, /People trained: 340 of 500 people/);
    assert.equal((await client.get('/api/v1/actions?status=whatever')).status, 400);
    assert.equal((await client.get('/api/v1/actions?after=%%%')).status, 400);
    assert.equal((await client.get('/api/v1/actions?limit=1000')).status, 400);
    const empty = JSON.parse((await client.get('/api/v1/actions?status=done')).body);
    assert.equal(empty.total, 0);
  });

  test('the OpenAPI description lists the three operations and the Action schema', async () => {
    const spec = JSON.parse((await t().client().get('/api/openapi.json')).body);
    for (const path of ['/api/v1/actions', '/api/v1/actions.csv', '/api/v1/actions/{slug}'])
      assert.ok(spec.paths[path], path);
    assert.ok(spec.components.schemas.Action.properties.milestones);
  });
});
