import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import type { Client } from '../../../test/support/client.ts';
import { weightedProgress } from './progress.ts';
import { sceneOf } from './test-support.ts';

// Milestones and the action's progress: the example through the pages, kept on the row.

test('the weighted mean: planned 0, under way its percentage, done 100; none gives 0', () => {
  assert.equal(weightedProgress([]), 0);
  const ms = (a: string, b: string, c: string) =>
    [a, b, c].map((status, i) => ({
      weight: [1, 2, 1][i]!,
      status: status as never,
      percent: status === 'under_way' ? 50 : 0,
    }));
  assert.equal(weightedProgress(ms('planned', 'planned', 'planned')), 0);
  assert.equal(weightedProgress(ms('done', 'planned', 'planned')), 25);
  assert.equal(weightedProgress(ms('done', 'under_way', 'planned')), 50);
  assert.equal(weightedProgress(ms('done', 'done', 'done')), 100);
  assert.equal(
    weightedProgress([
      { weight: 3, status: 'under_way', percent: 33 },
      { weight: 1, status: 'planned', percent: 0 },
    ]),
    25,
  );
});

describeEachEngine('actions: milestones and progress', (t) => {
  let asB: Client;
  let asA: Client;
  let page: string;
  let actionId: string;

  before(async () => {
    ({ asA, asB, page, actionId } = await sceneOf(t()));
  });

  const progressOf = async () =>
    Number(
      (await t().db.selectFrom('actions').select('progress').where('id', '=', actionId).executeTakeFirstOrThrow())
        .progress,
    );

  test('three milestones weighted 1, 2 and 1: the first done gives 25%, the second under way at 50% gives 50%', async () => {
    for (const [title, weight] of [
      ['Find trainers', '1'],
      ['Train 200 people', '2'],
      ['Share what we learnt', '1'],
    ] as const) {
      const res = await asB.submit(
        page,
        { title, dueOn: '30/06/2026', weight, status: 'planned', percent: '', doneOn: '' },
        `${page}/milestones`,
      );
      assert.equal(res.status, 303);
    }
    assert.equal(await progressOf(), 0);
    let shown = await asB.get(page);
    assert.match(shown.body, /Progress: 0%/);
    const ids = await t()
      .db.selectFrom('action_milestones')
      .select(['id', 'title'])
      .where('action_id', '=', actionId)
      .execute();
    const idOf = (title: string) => ids.find((m) => m.title === title)!.id;

    const first = `${page}/milestones/${idOf('Find trainers')}`;
    const form = await asB.get(first);
    assert.equal(form.status, 200);
    assert.match(form.body, /value="Find trainers"/);
    assert.equal(
      (
        await asB.submit(first, {
          title: 'Find trainers',
          dueOn: '2026-06-30',
          weight: '1',
          status: 'done',
          percent: '',
          doneOn: '02/03/2026',
        })
      ).status,
      303,
    );
    assert.equal(await progressOf(), 25);
    shown = await t().client().get(page);
    assert.match(shown.body, /Progress: 25%/);
    assert.match(shown.body, /Done on 2 March 2026/);

    const second = `${page}/milestones/${idOf('Train 200 people')}`;
    assert.equal(
      (
        await asB.submit(second, {
          title: 'Train 200 people',
          dueOn: '2026-06-30',
          weight: '2',
          status: 'under_way',
          percent: '50',
          doneOn: '',
        })
      ).status,
      303,
    );
    assert.equal(await progressOf(), 50);
    shown = await t().client().get('/en/actions');
    assert.match(shown.body, /Progress: 50%/);
    const history = await t()
      .db.selectFrom('action_history')
      .select('kind')
      .where('action_id', '=', actionId)
      .execute();
    assert.equal(history.filter((h) => h.kind === 'milestone_changed').length, 2);
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', actionId).execute();
    assert.equal(audit.filter((a) => a.action === 'actions.milestone_added').length, 3);
  });

  test('a wrong weight or percentage gives 400 with the values kept; nothing changes', async () => {
    const res = await asB.submit(
      page,
      { title: 'Bad one', dueOn: '30/06/2026', weight: '0', status: 'under_way', percent: '150', doneOn: '' },
      `${page}/milestones`,
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /Give a whole number from 1 to 100/);
    assert.match(res.body, /Give a percentage from 0 to 100/);
    assert.match(res.body, /value="150"/);
    assert.match(res.body, /value="Bad one"/);
    const future = await asB.submit(
      page,
      { title: 'Too soon', dueOn: '30/06/2026', weight: '1', status: 'done', percent: '', doneOn: '01/01/2099' },
      `${page}/milestones`,
    );
    assert.equal(future.status, 400);
    assert.match(future.body, /cannot be in the future/);
    const n = await t()
      .db.selectFrom('action_milestones')
      .select('id')
      .where('title', 'in', ['Bad one', 'Too soon'])
      .execute();
    assert.equal(n.length, 0);
  });

  test('a reader who is neither lead nor partner cannot add or change milestones', async () => {
    const res = await asA.submit(
      page,
      { title: 'Not mine', dueOn: '30/06/2026', weight: '1', status: 'planned' },
      `${page}/milestones`,
    );
    assert.equal(res.status, 403);
    const one = await t()
      .db.selectFrom('action_milestones')
      .select('id')
      .where('action_id', '=', actionId)
      .executeTakeFirstOrThrow();
    assert.equal((await asA.get(`${page}/milestones/${one.id}`)).status, 403);
    assert.equal((await asB.get(`${page}/milestones/nope`)).status, 404);
    assert.equal(await progressOf(), 50);
  });
});
