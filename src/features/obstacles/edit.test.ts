import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { closeObstacle, reportObstacle } from './service.ts';
import { depsOf, validObstacle } from './test-support.ts';

// The reporting organisation edits its open obstacle: the report form's fields and checks (error
// summary, inline errors, values kept), an audit line with what changed, the counts, the search
// and the cached list moved, the followers told. Nobody else may, and a closed one stays as it is.

describeEachEngine('obstacles: the reporter edits its obstacle', (t) => {
  const people = {} as Record<'member' | 'other' | 'reader' | 'secretariat', TestUser>;
  let orgId: string;
  let otherOrg: string;
  let asMember: Client;

  const fields = {
    lang: 'en',
    title: 'Pension forms only online',
    description: 'Older people cannot find the paper form any more.',
    cause: 'access',
    group: 'older',
    region: 'wallonia',
    audience: 'customers',
    evidenceFigure: '',
    evidenceText: 'Calls to our desk doubled.',
    evidenceLink: '',
  };

  before(async () => {
    for (const k of ['member', 'other', 'reader', 'secretariat'] as const)
      people[k] = await createUser(t().db, { locale: 'en', secretariat: k === 'secretariat' });
    orgId = (await createOrganisation(t().db, { name: 'Edit Org', members: [{ user: people.member, role: 'member' }] }))
      .id;
    otherOrg = (
      await createOrganisation(t().db, { name: 'Other Org', members: [{ user: people.other, role: 'admin' }] })
    ).id;
    asMember = await signedInClient(t(), people.member);
  });

  const report = async (title: string) => {
    const made = await reportObstacle(depsOf(t()), people.member.id, orgId, validObstacle({ title }));
    assert.ok(made.ok);
    return made.value;
  };
  const countOf = async (facet: string, value: string) =>
    Number(
      (
        await t()
          .db.selectFrom('obstacle_counts')
          .select('n')
          .where('facet', '=', facet)
          .where('value', '=', value)
          .executeTakeFirst()
      )?.n ?? 0,
    );

  test('a member edits from the page: mistakes are shown with the values kept, then it is saved and audited', async () => {
    const o = await report('Pension forms online');
    const form = `/en/organisations/${orgId}/obstacles/${o.slug}/edit`;
    const page = await asMember.get(`/en/obstacles/${o.slug}`);
    assert.match(page.body, new RegExp(`href="${form}"`));
    const shown = await asMember.get(form);
    assert.equal(shown.status, 200);
    assert.match(shown.body, /value="Pension forms online"/);

    // A follower, to hear of it.
    const reader = await signedInClient(t(), people.reader);
    await reader.submit(`/en/obstacles/${o.slug}`, {}, `/en/following/obstacle/${o.id}/follow`);
    const cachedList = await t().app.inject({ url: '/en/obstacles' });
    assert.match(cachedList.body, /Pension forms online/);

    const wrong = await asMember.submit(form, { ...fields, title: '', region: [] });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /class="error-summary"/);
    assert.match(wrong.body, /Choose at least one region\./);
    assert.match(wrong.body, /Older people cannot find the paper form any more\./, 'typed values kept');

    const flanders = await countOf('region', 'flanders');
    const wallonia = await countOf('region', 'wallonia');
    const saved = await asMember.submit(form, fields);
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/en/obstacles/${o.slug}`, 'the address stays');
    const after = await asMember.get(saved.location!);
    assert.match(after.body, /Pension forms only online/);
    assert.match(after.body, /The changes are saved\./);

    assert.equal(await countOf('region', 'flanders'), flanders - 1);
    assert.equal(await countOf('region', 'wallonia'), wallonia + 1);
    const list = await t().app.inject({ url: '/en/obstacles?q=pension%20only' });
    assert.match(list.body, /Pension forms only online/, 'the search finds the new words');
    assert.match((await t().app.inject({ url: '/en/obstacles' })).body, /Pension forms only online/);

    const line = await t()
      .db.selectFrom('audit_log')
      .select(['details', 'actor_user_id'])
      .where('action', '=', 'obstacles.edited')
      .where('subject_id', '=', o.id)
      .executeTakeFirstOrThrow();
    assert.equal(line.actor_user_id, people.member.id);
    const details = JSON.parse(line.details) as { changed: string[]; before: Record<string, unknown> };
    assert.ok(details.changed.includes('title') && details.changed.includes('region_bits'), details.changed.join());
    assert.equal(details.before.title, 'Pension forms online');
    const news = await t()
      .db.selectFrom('follow_news')
      .select('text')
      .where('user_id', '=', people.reader.id)
      .where('subject_id', '=', o.id)
      .execute();
    assert.ok(news.some((n) => n.text.includes('was edited by the organisation that reported it')));
  });

  test('another organisation, an address of another organisation and a closed obstacle are refused', async () => {
    const o = await report('Not yours to edit');
    const asOther = await signedInClient(t(), people.other);
    assert.equal((await asOther.get(`/en/organisations/${orgId}/obstacles/${o.slug}/edit`)).status, 403);
    // Through its own space, the other organisation finds no such obstacle of its own.
    assert.equal((await asOther.get(`/en/organisations/${otherOrg}/obstacles/${o.slug}/edit`)).status, 404);
    const page = await asOther.get(`/en/obstacles/${o.slug}`);
    assert.doesNotMatch(page.body, /Edit this obstacle/);

    assert.ok((await closeObstacle(depsOf(t()), people.secretariat.id, { id: o.id, reason: 'Done.' })).ok);
    const form = `/en/organisations/${orgId}/obstacles/${o.slug}/edit`;
    const closed = await asMember.get(form);
    assert.equal(closed.status, 303);
    assert.match((await asMember.get(closed.location!)).body, /it can no longer be edited/);
    assert.doesNotMatch((await asMember.get(`/en/obstacles/${o.slug}`)).body, /Edit this obstacle/);
    const title = await t().db.selectFrom('obstacles').select('title').where('id', '=', o.id).executeTakeFirstOrThrow();
    assert.equal(title.title, 'Not yours to edit');
  });
});
