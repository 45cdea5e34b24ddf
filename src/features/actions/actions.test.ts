import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { signedInClient } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { proposeAction } from './service-propose.ts';
import { depsOf, validAction, world, type World } from './test-support.ts';

// Proposing an action, changing it and its status, through the pages as a person without JavaScript.

function fields(w: World, over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    obstacles: `https://inclusio.example/nl/obstacles/${w.obstacle.slug}`,
    lang: 'nl',
    title: 'Laptops voor werkzoekenden in Gent',
    goal: 'Elke werkzoekende in opleiding heeft thuis een laptop.',
    description: 'Bedrijven schenken afgeschreven laptops.\n\nEen sociale werkplaats maakt ze klaar.',
    startsOn: '14/03/2026',
    endsOn: '2026-12-31',
    needs: ['devices', 'funding'],
    ...over,
  };
}

describeEachEngine('actions: proposing and changing', (t) => {
  let w: World;
  let asA: Client;
  let asB: Client;

  before(async () => {
    w = await world(t());
    asA = await signedInClient(t(), w.a);
    asB = await signedInClient(t(), w.b);
  });

  test('a member of a signatory proposes an action against an obstacle and sees it on its page', async () => {
    const url = `/nl/organisations/${w.orgA.id}/actions/new`;
    const form = await asA.get(`${url}?obstacle=${w.obstacle.slug}`);
    assert.equal(form.status, 200);
    assert.equal(form.body.match(/<h1[\s>]/g)?.length, 1);
    assert.ok(form.body.includes(w.obstacle.slug), 'the obstacle from the link is filled in');
    const res = await asA.submit(url, fields(w));
    assert.equal(res.status, 303);
    assert.match(res.location!, /^\/nl\/actions\/laptops-voor-werkzoekenden-in-gent-[0-9a-f]{8}$/);
    const page = await asA.get(res.location!);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1 lang="nl">Laptops voor werkzoekenden in Gent<\/h1>/);
    assert.match(page.body, /Bank Alfa/);
    assert.match(page.body, /Voorgesteld/);
    assert.match(page.body, /Voortgang: 0%/);
    assert.match(page.body, /14 maart 2026/);
    assert.ok(page.body.includes(`/nl/obstacles/${w.obstacle.slug}`), 'links to its obstacle');
    assert.match(page.body, /Toestellen, Financiering/);
    const row = await t()
      .db.selectFrom('actions')
      .selectAll()
      .where('slug', '=', res.location!.split('/').pop()!)
      .executeTakeFirstOrThrow();
    assert.equal(row.lead_org_id, w.orgA.id);
    assert.equal(row.starts_on, '2026-03-14');
    assert.equal(row.status, 'proposed');
    assert.ok(Number(row.cause_bits) > 0 && Number(row.region_bits) > 0, 'causes and regions come from the obstacle');
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', row.id).execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['actions.proposed'],
    );
    const history = await t().db.selectFrom('action_history').select('kind').where('action_id', '=', row.id).execute();
    assert.deepEqual(
      history.map((h) => h.kind),
      ['proposed'],
    );
  });

  test('mistakes give 400 with the summary, inline messages and every typed value kept', async () => {
    const url = `/nl/organisations/${w.orgA.id}/actions/new`;
    const res = await asA.submit(
      url,
      fields(w, { obstacles: 'geen-bestaand-obstakel', title: 'Tweede actie', startsOn: '31/04/2026', endsOn: '' }),
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /error-summary/);
    assert.match(res.body, /Schrijf de datum als dag\/maand\/jaar/);
    assert.match(res.body, /value="31\/04\/2026"/);
    assert.match(res.body, /value="Tweede actie"/);
    const again = await asA.submit(url, fields(w, { obstacles: 'geen-bestaand-obstakel', title: 'Tweede actie' }));
    assert.equal(again.status, 400);
    assert.match(again.body, /Geef minstens één drempel uit het register/);
    assert.match(again.body, /geen-bestaand-obstakel/);
    const late = await asA.submit(url, fields(w, { startsOn: '2026-06-01', endsOn: '2026-05-01' }));
    assert.equal(late.status, 400);
    assert.match(late.body, /De einddatum valt vóór de startdatum/);
    const n = await t().db.selectFrom('actions').select('id').where('title', '=', 'Tweede actie').execute();
    assert.equal(n.length, 0);
  });

  test('only a signatory’s members propose; others may read but not change', async () => {
    assert.equal((await asB.get(`/nl/organisations/${w.orgA.id}/actions/new`)).status, 403);
    const made = await proposeAction(depsOf(t()), w.a.id, w.orgA.id, {
      ...validAction(),
      obstacleRefs: [w.obstacle.id],
    });
    assert.ok(made.ok);
    const page = `/nl/actions/${made.value.slug}`;
    const seen = await asB.get(page);
    assert.equal(seen.status, 200);
    assert.doesNotMatch(seen.body, /\/status"/, 'no status form for a reader');
    assert.equal((await asB.get(`${page}/edit`)).status, 403);
    assert.equal((await asB.submit(page, { actionStatus: 'done' }, `${page}/status`)).status, 403);
    const anon = t().client();
    assert.equal((await anon.get(page)).status, 200);
    const row = await t()
      .db.selectFrom('actions')
      .select('status')
      .where('id', '=', made.value.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'proposed');
  });

  test('the lead moves the status; stopping needs a reason, shown on the page and in the history', async () => {
    const made = await proposeAction(depsOf(t()), w.a.id, w.orgA.id, {
      ...validAction({ title: 'Actie om te stoppen' }),
      obstacleRefs: [w.obstacle.slug],
    });
    assert.ok(made.ok);
    const page = `/nl/actions/${made.value.slug}`;
    const looking = await asA.submit(page, { actionStatus: 'looking', stopReason: '' }, `${page}/status`);
    assert.equal(looking.status, 303);
    const shown = await asA.get(page);
    assert.match(shown.body, /Zoekt partners/);
    const noReason = await asA.submit(page, { actionStatus: 'stopped', stopReason: '' }, `${page}/status`);
    assert.equal(noReason.status, 400);
    assert.match(noReason.body, /Zeg waarom de actie stopt/);
    const stopped = await asA.submit(
      page,
      { actionStatus: 'stopped', stopReason: 'Geen budget meer <b>dit jaar</b>' },
      `${page}/status`,
    );
    assert.equal(stopped.status, 303);
    const after = await asA.get(page);
    assert.match(after.body, /Geen budget meer &lt;b>dit jaar&lt;\/b>/);
    assert.match(after.body, /Bank Alfa zette de status op ‘Stopgezet’/);
    const count = await t()
      .db.selectFrom('action_counts')
      .select('n')
      .where('facet', '=', 'status')
      .where('value', '=', 'stopped')
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
    const same = await asA.submit(page, { actionStatus: 'stopped', stopReason: 'Nog steeds' }, `${page}/status`);
    assert.equal(same.status, 409);
  });

  test('the lead edits the details; every typed value is kept on a mistake', async () => {
    const made = await proposeAction(depsOf(t()), w.a.id, w.orgA.id, {
      ...validAction({ title: 'Actie om te wijzigen' }),
      obstacleRefs: [w.obstacle.id],
    });
    assert.ok(made.ok);
    const edit = `/nl/actions/${made.value.slug}/edit`;
    const form = await asA.get(edit);
    assert.equal(form.status, 200);
    assert.match(form.body, /value="Actie om te wijzigen"/);
    const bad = await asA.submit(edit, { ...fields(w), title: 'Nieuwe titel', startsOn: 'morgen' });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /value="Nieuwe titel"/);
    const good = await asA.submit(edit, { ...fields(w), title: 'Nieuwe titel', needs: ['venue'] });
    assert.equal(good.status, 303);
    const row = await t()
      .db.selectFrom('actions')
      .selectAll()
      .where('id', '=', made.value.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.title, 'Nieuwe titel');
    assert.equal(row.slug, made.value.slug, 'the address stays');
  });
});
