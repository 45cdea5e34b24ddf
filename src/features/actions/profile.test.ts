import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { addMilestone } from './service-milestones.ts';
import { askToJoin, decidePartner } from './service-partners.ts';
import { proposeAction } from './service-propose.ts';
import { PROFILE_SHOWN } from './service-public.ts';
import { depsOf, sceneOf, validAction, type Scene } from './test-support.ts';

// An organisation's public profile lists the joint actions it leads or joined: the title linked,
// its role, the status and the progress; the latest ten only.

describeEachEngine('actions: on the organisations’ profiles', (t) => {
  let s: Scene;
  let slug: string;

  before(async () => {
    s = await sceneOf(t());
    slug = s.page.split('/').at(-1)!;
    assert.ok((await askToJoin(depsOf(t()), s.a.id, slug, s.orgA.id)).ok);
    assert.ok((await decidePartner(depsOf(t()), s.b.id, slug, { orgId: s.orgA.id, accept: true })).ok);
    const milestone = { title: 'Start', dueOn: '2026-06-30', weight: 1, status: 'under_way' as const, doneOn: null };
    assert.ok((await addMilestone(depsOf(t()), s.b.id, slug, { ...milestone, percent: 60 })).ok);
  });

  test('the lead’s profile and the partner’s each list the action with their role, status and progress', async () => {
    const lead = await t().client().get(`/en/signatories/${s.orgB.slug}`);
    assert.equal(lead.status, 200);
    assert.match(lead.body, /<h2 id="actions-heading">Joint actions<\/h2>/);
    const row = /<tr>(?:(?!<\/tr>)[\s\S])*Samen laptops voor werkzoekenden[\s\S]*?<\/tr>/.exec(lead.body)?.[0] ?? '';
    assert.match(row, new RegExp(`href="/en/actions/${slug}" lang="nl"`));
    assert.match(row, /Leads it/);
    assert.match(row, /Proposed/);
    assert.match(row, /Progress: 60%/);
    const partner = await t().client().get(`/fr/signatories/${s.orgA.slug}`);
    assert.match(partner.body, /<h2 id="actions-heading">Actions communes<\/h2>/);
    assert.match(partner.body, /<td>Partenaire<\/td>/);
    assert.match(partner.body, /Avancement\u00a0: 60\u202f%/);
  });

  test('an organisation without actions has no such section; more than ten show the latest ten', async () => {
    for (let i = 0; i < PROFILE_SHOWN; i++) {
      const made = await proposeAction(depsOf(t()), s.b.id, s.orgB.id, {
        ...validAction({ title: `Nog een actie ${i}` }),
        obstacleRefs: [s.obstacle.slug],
      });
      assert.ok(made.ok);
    }
    const lead = await t().client().get(`/en/signatories/${s.orgB.slug}`);
    assert.equal(lead.body.match(/<th scope="row">/g)?.length, PROFILE_SHOWN);
    assert.match(lead.body, /Nog een actie 9/);
    assert.doesNotMatch(lead.body, /Samen laptops voor werkzoekenden/, 'the oldest is beyond the ten');
    assert.match(lead.body, /These are its 10 latest actions\./);
    const partner = await t().client().get(`/en/signatories/${s.orgA.slug}`);
    assert.doesNotMatch(partner.body, /latest actions/);
  });
});
