import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser } from '../../../test/support/accounts.ts';
import { endorseObstacle, reportObstacle } from './service.ts';
import { depsOf, validObstacle, withdrawThroughSpace } from './test-support.ts';

// ADR 0023: an obstacle reported by an organisation that withdrew stays in the register, its
// reporter marked "former signatory". The open data says so too (`former_signatory` in the
// API, `organisation_former_signatory` in the CSV), and so does an organisation's profile
// where it lists obstacles; before the withdrawal, none of them does.

describeEachEngine('obstacles: the former-signatory mark in the open data and on profiles', (t) => {
  test('the API, the CSV and the profiles mark the reporter once it withdrew, and not before', async () => {
    const leaver = await createUser(t().db, { locale: 'en' });
    const staying = await createUser(t().db, { locale: 'en' });
    const leaving = await createOrganisation(t().db, {
      name: 'Leaving Bank',
      members: [{ user: leaver, role: 'admin' }],
    });
    const stays = await createOrganisation(t().db, {
      name: 'Staying Vzw',
      members: [{ user: staying, role: 'admin' }],
    });
    const made = await reportObstacle(depsOf(t()), leaver.id, leaving.id, validObstacle({ title: 'Left behind' }));
    assert.ok(made.ok);
    const { slug } = made.value;
    assert.ok((await endorseObstacle(depsOf(t()), staying.id, { ref: slug, orgId: stays.id, evidence: null })).ok);

    const api = async () => {
      const list = JSON.parse((await t().client().get('/api/v1/obstacles')).body);
      const one = JSON.parse((await t().client().get(`/api/v1/obstacles/${slug}`)).body);
      return [list.items.find((i: { slug: string }) => i.slug === slug).organisation, one.organisation];
    };
    const csv = async () => {
      const rows = parse((await t().client().get('/api/v1/obstacles.csv')).body, {
        columns: true,
        bom: true,
      }) as Record<string, string>[];
      return rows.find((r) => r.slug === slug)!;
    };
    const profile = async (orgSlug: string) => {
      const body = (await t().client().get(`/en/signatories/${orgSlug}`)).body;
      return body.slice(body.indexOf('id="obstacles-heading"'));
    };

    for (const org of await api())
      assert.deepEqual(org, { slug: leaving.slug, name: 'Leaving Bank', former_signatory: false });
    assert.equal((await csv()).organisation_former_signatory, 'false');
    assert.doesNotMatch(await profile(stays.slug), /former signatory/);

    await withdrawThroughSpace(t(), leaver, leaving.id);

    for (const org of await api()) assert.equal(org.former_signatory, true);
    const row = await csv();
    assert.equal(row.organisation, 'Leaving Bank');
    assert.equal(row.organisation_former_signatory, 'true');
    // Its own profile still lists what it reported; the other's endorsement is gone (ADR 0023),
    // so the mark is read on the withdrawn organisation's profile.
    const own = await profile(leaving.slug);
    assert.match(own, />Left behind<\/a> · reported by Leaving Bank \(former signatory\)/);

    // Another organisation that sees it too, after the withdrawal, lists it with the mark.
    assert.ok((await endorseObstacle(depsOf(t()), staying.id, { ref: slug, orgId: stays.id, evidence: null })).ok);
    assert.match(await profile(stays.slug), /Left behind<\/a> · reported by Leaving Bank \(former signatory\)/);
    const fr = (await t().client().get(`/fr/signatories/${stays.slug}`)).body;
    assert.ok(fr.includes('signalé par Leaving Bank (n’est plus signataire)'));
  });
});
