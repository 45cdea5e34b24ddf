import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser } from '../../../test/support/accounts.ts';
import { reportObstacle } from '../obstacles/service.ts';
import { validObstacle, withdrawThroughSpace } from '../obstacles/test-support.ts';
import { askToJoin, decidePartner } from './service-partners.ts';
import { proposeAction } from './service-propose.ts';
import { depsOf, validAction } from './test-support.ts';

// ADR 0023 on an action's side: an action stays when an organisation in it withdraws from the
// Charter, and says so in the register's words. Its page marks the obstacle whose reporter
// withdrew and a lead that withdrew "former signatory"; the API marks the lead and the partners
// (`former_signatory`), the CSV the lead (`lead_former_signatory`). Before, none of them does.

describeEachEngine('actions: the former-signatory mark', (t) => {
  test('the page, the API and the CSV mark who withdrew, and only once they did', async () => {
    const admin = async (name: string) => {
      const user = await createUser(t().db, { locale: 'en' });
      return { user, org: await createOrganisation(t().db, { name, members: [{ user, role: 'admin' }] }) };
    };
    const reporter = await admin('Reporting Bank');
    const lead = await admin('Leading City');
    const partner = await admin('Partner Vzw');
    const reported = await reportObstacle(
      depsOf(t()),
      reporter.user.id,
      reporter.org.id,
      validObstacle({ title: 'No laptop at home' }),
    );
    assert.ok(reported.ok);
    const made = await proposeAction(depsOf(t()), lead.user.id, lead.org.id, {
      ...validAction({ title: 'Laptops for all' }),
      obstacleRefs: [reported.value.slug],
    });
    assert.ok(made.ok);
    const { slug } = made.value;
    assert.ok((await askToJoin(depsOf(t()), partner.user.id, slug, partner.org.id)).ok);
    assert.ok((await decidePartner(depsOf(t()), lead.user.id, slug, { orgId: partner.org.id, accept: true })).ok);

    const page = async (lang = 'en') => (await t().client().get(`/${lang}/actions/${slug}`)).body;
    const obstacles = (body: string) =>
      body.slice(
        body.indexOf('id="obstacles-heading"'),
        body.indexOf('</section>', body.indexOf('id="obstacles-heading"')),
      );
    const api = async () => {
      const list = JSON.parse((await t().client().get('/api/v1/actions')).body);
      const one = JSON.parse((await t().client().get(`/api/v1/actions/${slug}`)).body);
      const inList = list.items.find((i: { slug: string }) => i.slug === slug);
      assert.deepEqual([inList.lead, inList.partners], [one.lead, one.partners], 'the list says what the action says');
      return one;
    };
    const csv = async () =>
      (
        parse((await t().client().get('/api/v1/actions.csv')).body, { columns: true, bom: true }) as Record<
          string,
          string
        >[]
      ).find((r) => r.slug === slug)!;

    assert.doesNotMatch(await page(), /former signatory/);
    const before = await api();
    assert.deepEqual(before.lead, { slug: lead.org.slug, name: 'Leading City', former_signatory: false });
    assert.deepEqual(
      before.partners.map((p: { name: string; former_signatory: boolean }) => [p.name, p.former_signatory]),
      [['Partner Vzw', false]],
    );
    assert.equal((await csv()).lead_former_signatory, 'false');

    // The obstacle's reporter withdraws: the action's list of obstacles says so.
    await withdrawThroughSpace(t(), reporter.user, reporter.org.id);
    assert.match(obstacles(await page()), />No laptop at home<\/a> · reported by Reporting Bank \(former signatory\)/);
    assert.ok(obstacles(await page('nl')).includes('gemeld door Reporting Bank (voormalige ondertekenaar)'));
    assert.equal((await api()).lead.former_signatory, false);

    // The partner, then the lead: the open data marks each, the page the lead.
    await withdrawThroughSpace(t(), partner.user, partner.org.id);
    assert.deepEqual(
      (await api()).partners.map((p: { name: string; former_signatory: boolean }) => [p.name, p.former_signatory]),
      [['Partner Vzw', true]],
    );
    assert.equal((await csv()).lead_former_signatory, 'false');
    await withdrawThroughSpace(t(), lead.user, lead.org.id);
    assert.equal((await api()).lead.former_signatory, true);
    const row = await csv();
    assert.equal(row.lead, 'Leading City');
    assert.equal(row.lead_former_signatory, 'true');
    assert.match(await page(), />Leading City<\/a> \(former signatory\)/);
    assert.ok((await page('de')).includes('>Leading City</a> (ehemals unterzeichnend)'));

    const spec = JSON.parse((await t().client().get('/api/openapi.json')).body);
    assert.match(JSON.stringify(spec.components.schemas.Action), /former_signatory/);
    assert.match(JSON.stringify(spec.components.schemas.Obstacle), /former_signatory/);
  });
});
