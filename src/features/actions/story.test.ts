import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import { world } from './test-support.ts';

// The story, as two people without JavaScript live it: B proposes an action against
// A's obstacle with three milestones weighted 1, 2 and 1; A asks to join and B accepts; A marks
// the first milestone done: 25% on the page, in the API and in the CSV; then the second under
// way at 50%: 50%.

describeEachEngine('actions: the issue’s story', (t) => {
  test('25% after the first milestone, 50% with the second under way at 50%, everywhere', async () => {
    const w = await world(t(), { a: 'Organisation A', b: 'Organisation B' });
    const asA = await signedInClient(t(), w.a);
    const asB = await signedInClient(t(), w.b);
    const propose = `/en/organisations/${w.orgB.id}/actions/new`;
    const made = await asB.submit(
      `${propose}?obstacle=${w.obstacle.slug}`,
      {
        obstacles: w.obstacle.slug,
        lang: 'en',
        title: 'Laptops and lessons for jobseekers',
        goal: 'Every jobseeker in training has a laptop at home.',
        description: 'Companies give laptops; a social workshop prepares them.',
        startsOn: '01/02/2026',
        endsOn: '',
        needs: 'devices',
      },
      propose,
    );
    assert.equal(made.status, 303);
    const page = made.location!;
    for (const [title, weight] of [
      ['Collect laptops', '1'],
      ['Train jobseekers', '2'],
      ['Report', '1'],
    ] as const)
      assert.equal(
        (await asB.submit(page, { title, dueOn: '30/09/2026', weight, status: 'planned' }, `${page}/milestones`))
          .status,
        303,
      );

    assert.equal((await asA.submit(page, {}, `${page}/partners/${w.orgA.id}/ask`)).status, 303);
    assert.equal((await asB.submit(page, { decision: 'accept' }, `${page}/partners/${w.orgA.id}/decide`)).status, 303);

    const link = (body: string, title: string) =>
      new RegExp(`href="([^"]+/milestones/[^"]+)">Update<span class="visually-hidden"> ${title}<`).exec(body)![1]!;
    let shown = await asA.get(page);
    assert.match(shown.body, /Organisation A<\/a>/);
    const first = link(shown.body, 'Collect laptops');
    assert.equal(
      (
        await asA.submit(first, {
          title: 'Collect laptops',
          dueOn: '30/09/2026',
          weight: '1',
          status: 'done',
          doneOn: '',
        })
      ).status,
      303,
    );

    const slug = page.split('/').pop()!;
    const anon = t().client();
    assert.match((await anon.get(page)).body, /Progress: 25%/);
    assert.equal(JSON.parse((await anon.get(`/api/v1/actions/${slug}`)).body).progress, 25);
    assert.match(
      (await anon.get('/api/v1/actions.csv')).body,
      new RegExp(
        `^${slug},Laptops and lessons for jobseekers,proposed,Organisation B,2026-02-01,,25,Organisation A,`,
        'm',
      ),
    );

    shown = await asA.get(page);
    const second = link(shown.body, 'Train jobseekers');
    assert.equal(
      (
        await asA.submit(second, {
          title: 'Train jobseekers',
          dueOn: '30/09/2026',
          weight: '2',
          status: 'under_way',
          percent: '50',
        })
      ).status,
      303,
    );
    assert.match((await anon.get(page)).body, /Progress: 50%/);
    assert.equal(JSON.parse((await anon.get(`/api/v1/actions/${slug}`)).body).progress, 50);
    assert.match((await anon.get('/api/v1/actions.csv')).body, new RegExp(`^${slug},.*,50,Organisation A,`, 'm'));
  });
});
