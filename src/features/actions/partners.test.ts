import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { actionsOfOrganisation } from './service.ts';
import { sceneOf, type World } from './test-support.ts';

// Partners both ways, through the pages: A asks to join B's action and B accepts; B invites C,
// which declines; a partner then edits the action and its milestones.

describeEachEngine('actions: partners', (t) => {
  let w: World;
  let asA: Client;
  let asB: Client;
  let asC: Client;
  let orgC: { id: string; slug: string; name: string };
  let page: string;
  let actionId: string;

  before(async () => {
    ({ asA, asB, page, actionId, ...w } = await sceneOf(t()));
    const c = await createUser(t().db, { locale: 'en' });
    orgC = await createOrganisation(t().db, { name: 'City Gamma', members: [{ user: c, role: 'admin' }] });
    asC = await signedInClient(t(), c);
  });

  test('A asks to join, B sees the request and accepts it; A may then change the action', async () => {
    const before = await asA.get(page);
    assert.match(before.body, /Ask to join as Bank Alfa/);
    assert.doesNotMatch(before.body, /\/milestones"/, 'not yet a partner: no milestone form');
    const ask = await asA.submit(page, {}, `${page}/partners/${w.orgA.id}/ask`);
    assert.equal(ask.status, 303);
    const again = await asA.submit(page, {}, `${page}/partners/${w.orgA.id}/ask`);
    assert.equal(again.status, 409, 'a second request is refused');
    assert.match(again.body, /already asked to join/);
    const lead = await asB.get(page);
    assert.match(lead.body, /Bank Alfa<\/a> \(Asked to join\)/);
    assert.match(lead.body, /Accept Bank Alfa/);
    assert.equal(
      (await asA.submit(page, { decision: 'accept' }, `${page}/partners/${w.orgA.id}/decide`)).status,
      403,
      'A cannot accept itself',
    );
    const accept = await asB.submit(page, { decision: 'accept' }, `${page}/partners/${w.orgA.id}/decide`);
    assert.equal(accept.status, 303);
    const row = await t()
      .db.selectFrom('action_partners')
      .selectAll()
      .where('action_id', '=', actionId)
      .where('org_id', '=', w.orgA.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.state, 'partner');
    assert.equal(row.asked_by, w.a.id);
    assert.equal(row.decided_by, w.b.id);
    const action = await t()
      .db.selectFrom('actions')
      .select('partner_count')
      .where('id', '=', actionId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(action.partner_count), 1);
    const shown = await t().client().get(page);
    assert.match(shown.body, /Bank Alfa became a partner/);
    const milestone = await asA.submit(
      page,
      { title: 'Partner milestone', dueOn: '2026-05-01', weight: '1', status: 'planned' },
      `${page}/milestones`,
    );
    assert.equal(milestone.status, 303, 'a partner adds milestones');
    assert.equal((await asA.get(`${page}/edit`)).status, 200, 'a partner edits the action');
  });

  test('B invites C by its address; only C answers, and C declines; a wrong address is shown beside the field', async () => {
    const bad = await asB.submit(
      page,
      { signatory: 'https://inclusio.example/en/signatories/nobody-here' },
      `${page}/partners`,
    );
    assert.equal(bad.status, 400);
    assert.match(bad.body, /We find no signatory at this address/);
    assert.match(bad.body, /nobody-here/);
    assert.equal(
      (await asA.submit(page, { signatory: orgC.slug }, `${page}/partners`)).status,
      403,
      'a partner does not invite',
    );
    const invite = await asB.submit(
      page,
      { signatory: `https://inclusio.example/en/signatories/${orgC.slug}` },
      `${page}/partners`,
    );
    assert.equal(invite.status, 303);
    const twice = await asB.submit(page, { signatory: orgC.slug }, `${page}/partners`);
    assert.equal(twice.status, 409);
    assert.match(twice.body, /already invited/);
    const seen = await asC.get(page);
    assert.match(seen.body, /The lead invites City Gamma to join this action/);
    assert.equal(
      (await asB.submit(page, { decision: 'accept' }, `${page}/partners/${orgC.id}/decide`)).status,
      403,
      'the lead does not answer its own invitation',
    );
    const decline = await asC.submit(page, { decision: 'decline' }, `${page}/partners/${orgC.id}/decide`);
    assert.equal(decline.status, 303);
    const after = await t().client().get(page);
    assert.match(after.body, /City Gamma will not take part/);
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', actionId).execute();
    for (const a of [
      'actions.partner_asked',
      'actions.partner_accepted',
      'actions.partner_invited',
      'actions.partner_declined',
    ])
      assert.ok(
        audit.some((x) => x.action === a),
        a,
      );
  });

  test('an organisation’s actions: those it leads and those it joined', async () => {
    const ofA = await actionsOfOrganisation(t().db, w.orgA.id);
    assert.deepEqual(ofA.led, []);
    assert.deepEqual(
      ofA.joined.map((a) => a.slug),
      [page.split('/').pop()],
    );
    const ofB = await actionsOfOrganisation(t().db, w.orgB.id);
    assert.deepEqual(
      ofB.led.map((a) => a.id),
      [actionId],
    );
    assert.deepEqual(
      (await actionsOfOrganisation(t().db, orgC.id)).joined,
      [],
      'a declined invitation is no partnership',
    );
  });
});
