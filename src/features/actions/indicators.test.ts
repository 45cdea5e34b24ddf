import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import type { Client } from '../../../test/support/client.ts';
import { sceneOf } from './test-support.ts';

// Indicators ("people trained: 340 of 500") and dated updates, through the pages.

describeEachEngine('actions: indicators and updates', (t) => {
  let asA: Client;
  let asB: Client;
  let page: string;
  let actionId: string;

  before(async () => {
    ({ asA, asB, page, actionId } = await sceneOf(t()));
  });

  test('the lead adds an indicator and updates it; everyone reads "340 of 500 people"', async () => {
    const add = await asB.submit(
      page,
      { name: 'People trained', unit: 'people', target: '500', current: '120', measuredOn: '01/03/2026' },
      `${page}/indicators`,
    );
    assert.equal(add.status, 303);
    const row = await t()
      .db.selectFrom('action_indicators')
      .selectAll()
      .where('action_id', '=', actionId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.target), 500);
    const edit = `${page}/indicators/${row.id}`;
    const form = await asB.get(edit);
    assert.equal(form.status, 200);
    assert.match(form.body, /value="120"/);
    const save = await asB.submit(edit, {
      name: 'People trained',
      unit: 'people',
      target: '500',
      current: '340',
      measuredOn: '2026-04-30',
    });
    assert.equal(save.status, 303);
    const shown = await t().client().get(page);
    assert.match(shown.body, /340 of 500 people/);
    assert.match(shown.body, /30 April 2026/);
    assert.match(shown.body, /updated the indicator “People trained”/);
  });

  test('mistakes give 400 with the values kept; a reader may not add or change', async () => {
    const bad = await asB.submit(
      page,
      { name: '', unit: 'people', target: 'five hundred', current: '-3', measuredOn: '2099-01-01' },
      `${page}/indicators`,
    );
    assert.equal(bad.status, 400);
    assert.match(bad.body, /Give a whole number, for example 500/);
    assert.match(bad.body, /value="five hundred"/);
    assert.equal(
      (
        await asA.submit(
          page,
          { name: 'X', unit: 'y', target: '1', current: '0', measuredOn: '2026-01-01' },
          `${page}/indicators`,
        )
      ).status,
      403,
    );
    assert.equal((await asA.submit(page, { body: 'Not mine' }, `${page}/updates`)).status, 403);
    const n = await t().db.selectFrom('action_indicators').select('id').where('action_id', '=', actionId).execute();
    assert.equal(n.length, 1);
  });

  test('the lead posts dated news; it shows newest first with the organisation’s name', async () => {
    assert.equal(
      (await asB.submit(page, { body: 'First session <b>done</b>.', postedOn: '02/02/2026' }, `${page}/updates`))
        .status,
      303,
    );
    assert.equal(
      (await asB.submit(page, { body: 'Second session done.', postedOn: '' }, `${page}/updates`)).status,
      303,
    );
    const empty = await asB.submit(page, { body: '  ', postedOn: '' }, `${page}/updates`);
    assert.equal(empty.status, 400);
    const shown = await t().client().get(page);
    assert.match(shown.body, /First session &lt;b>done&lt;\/b>\./);
    assert.ok(shown.body.indexOf('Second session') < shown.body.indexOf('First session'), 'newest first');
    assert.match(shown.body, /2 February 2026<\/time> · Vzw Beta/);
  });
});
