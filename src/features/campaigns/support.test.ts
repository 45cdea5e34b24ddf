import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import {
  createOrganisation,
  createUser,
  organisationRow,
  signedInClient,
  type TestUser,
} from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { campaignCommitments } from './commitments.ts';
import { createCampaign } from './service.ts';
import { validCampaign } from './test-support.ts';
import { brusselsToday } from './routes-public.tsx';

// An organisation's part: an administrator supports a campaign in one step (choosing which
// organisation when she runs several) and may stop; supporters are listed publicly and counted.
// Participation logged from the campaign page is an activity of the log; the campaign's reach
// follows it when it is changed or deleted from the log's own pages.

describeEachEngine('campaigns: support, participation and reach', (t) => {
  let admin: TestUser;
  let member: TestUser;
  let alfa: { id: string; slug: string; name: string };
  let beta: { id: string; slug: string; name: string };
  let slug: string;
  let campaignId: string;
  const page = () => `/en/campaigns/${slug}`;
  const campaign = () =>
    t().db.selectFrom('campaigns').selectAll().where('id', '=', campaignId).executeTakeFirstOrThrow();

  before(async () => {
    admin = await createUser(t().db, { locale: 'en' });
    member = await createUser(t().db, { locale: 'nl' });
    alfa = await createOrganisation(t().db, {
      name: 'Bank Alfa',
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    beta = await createOrganisation(t().db, { name: 'Vzw Beta', members: [{ user: admin, role: 'admin' }] });
    const secretary = await createUser(t().db, { secretariat: true });
    const made = await createCampaign(
      t().db,
      secretary.id,
      validCampaign({ startsOn: '2026-01-01', endsOn: '2099-12-31' }),
    );
    assert.ok(made.ok);
    ({ slug, id: campaignId } = made.value);
  });

  test('an administrator of two organisations chooses which supports; supporters are listed and counted', async () => {
    const client = await signedInClient(t(), admin);
    const before = await client.get(page());
    assert.match(before.body, /<label class="label" for="field-orgId">Which organisation supports it\?/);
    const supported = await client.submit(page(), { orgId: beta.id }, `${page()}/support`);
    assert.equal(supported.status, 303);
    // Twice is once.
    await client.submit(page(), { orgId: beta.id }, `${page()}/support`);
    assert.equal(Number((await campaign()).supporter_count), 1);
    const after = await client.get(page());
    assert.match(after.body, /Support this campaign for Bank Alfa/, 'one left to support: one button, named');
    assert.match(after.body, /Vzw Beta supports this campaign\./);
    const anonymous = await t().client().get(page());
    assert.match(anonymous.body, /<a href="\/en\/signatories\/[^"]+">Vzw Beta<\/a>/);
    assert.match(anonymous.body, /Sign in as an administrator of a signatory organisation/);
    const list = await t().client().get('/en/campaigns');
    assert.match(list.body, /1 organisation supports it/);
    const audit = await t()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_id', '=', campaignId)
      .where('action', '=', 'campaigns.supported')
      .execute();
    assert.equal(audit.length, 1);
  });

  test('a member who is not an administrator may not support; an outsider may not support for another organisation', async () => {
    const client = await signedInClient(t(), member);
    const view = await client.get(page());
    assert.match(view.body, /Only those who manage a signatory organisation can support a campaign\./);
    const refused = await client.post(`${page()}/support`, { orgId: alfa.id }, Client.csrfOf(view.body));
    assert.equal(refused.status, 403);
    assert.equal(Number((await campaign()).supporter_count), 1);
  });

  test('stopping support takes the organisation off the list and the count', async () => {
    const client = await signedInClient(t(), admin);
    const stopped = await client.submit(page(), { orgId: beta.id, action: 'stop' }, `${page()}/support`);
    assert.equal(stopped.status, 303);
    assert.equal(Number((await campaign()).supporter_count), 0);
    assert.match((await t().client().get(page())).body, /No organisation supports this campaign yet\./);
    await client.submit(page(), { orgId: alfa.id }, `${page()}/support`);
  });

  test('participation is an activity of the log; the reach follows its edits and deletion from the log', async () => {
    const client = await signedInClient(t(), member);
    const wrong = await client.submit(
      page(),
      { orgId: alfa.id, on: 'someday', people: 'many', note: 'Infosessie', visibility: 'public' },
      `${page()}/participate`,
    );
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, />Infosessie<\/textarea>/);
    assert.match(wrong.body, /value="many"/);
    const logged = await client.submit(
      page(),
      { orgId: alfa.id, on: '2026-03-14', people: '40', note: 'Infosessie', visibility: 'public' },
      `${page()}/participate`,
    );
    assert.equal(logged.status, 303);
    await client.submit(
      page(),
      { orgId: alfa.id, on: '2026-03-20', people: '15', visibility: 'private' },
      `${page()}/participate`,
    );
    let c = await campaign();
    assert.deepEqual([Number(c.participation_count), Number(c.reach_public), Number(c.reach_all)], [2, 40, 55]);
    assert.match((await t().client().get(page())).body, /40 people reached/);

    const activity = await t()
      .db.selectFrom('activities')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .where('people_reached', '=', 40)
      .executeTakeFirstOrThrow();
    assert.equal(activity.kind, 'campaign');
    assert.equal(activity.org_id, alfa.id);
    // Changed on the log's own edit page: 40 public becomes 100 private.
    const edit = `/en/organisations/${alfa.id}/activities/${activity.id}/edit`;
    const editPage = await client.get(edit);
    const title =
      /name="title"[^>]*value="([^"]*)"/.exec(editPage.body)?.[1] ??
      /value="([^"]*)"[^>]*name="title"/.exec(editPage.body)?.[1];
    const changed = await client.submit(edit, {
      kind: 'campaign',
      title: title ?? 'Digitale week',
      startsOn: '2026-03-14',
      peopleReached: '100',
      visibility: 'private',
    });
    assert.equal(changed.status, 303);
    c = await campaign();
    assert.deepEqual([Number(c.participation_count), Number(c.reach_public), Number(c.reach_all)], [2, 0, 115]);
    // Deleted from the log's delete page.
    const del = `/en/organisations/${alfa.id}/activities/${activity.id}/delete`;
    assert.equal((await client.submit(del, {})).status, 303);
    c = await campaign();
    assert.deepEqual([Number(c.participation_count), Number(c.reach_public), Number(c.reach_all)], [1, 0, 15]);
    const reach = await t()
      .db.selectFrom('campaign_reach')
      .select(['org_id', 'visibility', 'entries', 'people'])
      .where('campaign_id', '=', campaignId)
      .execute();
    assert.deepEqual(
      reach.map((r) => [r.org_id, r.visibility, Number(r.entries), Number(r.people)]),
      [[alfa.id, 'private', 1, 15]],
    );
  });

  test('commitment 6 at a glance: supported this year and the reach, public figures only on the profile', async () => {
    const year = Number(brusselsToday().slice(0, 4));
    const org = await organisationRow(t().db, alfa.id);
    const space = await campaignCommitments(t().db, org, year, 'space');
    // The participation above is dated in 2026; a year with nothing reached gives no reach line.
    const reached = year === 2026 ? [{ key: 'campaigns.commitment.reach', values: { count: 15 } }] : [];
    assert.deepEqual(space[0]!.done, [{ key: 'campaigns.commitment.supported', values: { count: 1 } }, ...reached]);
    assert.deepEqual((await campaignCommitments(t().db, org, year - 5, 'space'))[0]!.done, [], 'nothing done, no line');
    assert.deepEqual(space[0]!.more, [{ path: '/campaigns', label: 'campaigns.commitment.more' }]);
    const profile = await campaignCommitments(t().db, org, year, 'public');
    assert.deepEqual(profile[0]!.done, [{ key: 'campaigns.commitment.supported', values: { count: 1 } }]);
    assert.deepEqual(profile[0]!.more, []);
  });
});
