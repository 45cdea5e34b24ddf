import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import type { Client } from '../../../test/support/client.ts';
import { reportObstacle } from './service.ts';
import { depsOf, validObstacle } from './test-support.ts';

// Reporting and "we see this too", through the pages as a person without JavaScript uses them.

function fields(over: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    lang: 'nl',
    title: 'Geen papieren formulier meer voor de premie',
    description: 'Wie geen computer heeft, kan de premie niet meer aanvragen.',
    cause: ['non_digital', 'access'],
    group: ['older', 'low_income'],
    region: ['brussels'],
    audience: ['customers'],
    evidenceFigure: '1 op 5 bezoekers heeft geen e-mailadres',
    evidenceText: 'Telling aan het loket in maart.',
    evidenceLink: 'example.be/telling',
    ...over,
  };
}

describeEachEngine('obstacles: reporting and endorsing', (t) => {
  let reporter: TestUser;
  let endorser: TestUser;
  let colleague: TestUser;
  let orgA: { id: string; slug: string; name: string };
  let orgB: { id: string; slug: string; name: string };
  let asReporter: Client;
  let asEndorser: Client;

  before(async () => {
    reporter = await createUser(t().db, { locale: 'nl' });
    endorser = await createUser(t().db, { locale: 'nl' });
    colleague = await createUser(t().db, { locale: 'nl' });
    orgA = await createOrganisation(t().db, { name: 'Bank Alfa', members: [{ user: reporter, role: 'member' }] });
    orgB = await createOrganisation(t().db, {
      name: 'Vzw Beta',
      members: [
        { user: endorser, role: 'member' },
        { user: colleague, role: 'admin' },
      ],
    });
    asReporter = await signedInClient(t(), reporter);
    asEndorser = await signedInClient(t(), endorser);
  });

  test('a member of a signatory reports an obstacle and sees it on its page', async () => {
    const url = `/nl/organisations/${orgA.id}/obstacles/new`;
    const form = await asReporter.get(url);
    assert.equal(form.status, 200);
    assert.equal(form.body.match(/<h1[\s>]/g)?.length, 1);
    const res = await asReporter.submit(url, fields());
    assert.equal(res.status, 303);
    assert.match(res.location!, /^\/nl\/obstacles\/geen-papieren-formulier-meer-voor-de-premie-[0-9a-f]{8}$/);
    const page = await asReporter.get(res.location!);
    assert.equal(page.status, 200);
    assert.match(page.body, /<h1 lang="nl">Geen papieren formulier meer voor de premie<\/h1>/);
    assert.match(page.body, /1 op 5 bezoekers heeft geen e-mailadres/);
    assert.match(page.body, /href="https:\/\/example.be\/telling"/);
    assert.match(page.body, /Bank Alfa/);
    const row = await t()
      .db.selectFrom('obstacles')
      .selectAll()
      .where('title', '=', 'Geen papieren formulier meer voor de premie')
      .executeTakeFirstOrThrow();
    assert.equal(row.org_id, orgA.id);
    assert.equal(row.status, 'open');
    const audit = await t().db.selectFrom('audit_log').select('action').where('subject_id', '=', row.id).execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['obstacles.reported'],
    );
  });

  test('mistakes give 400 with the summary, inline messages and every typed value kept', async () => {
    const url = `/nl/organisations/${orgA.id}/obstacles/new`;
    const res = await asReporter.submit(
      url,
      fields({ title: 'x', cause: [], evidenceLink: 'geen adres', evidenceText: 'Wat we <zagen> & hoorden' }),
    );
    assert.equal(res.status, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /Kies minstens één oorzaak\./);
    assert.match(res.body, /value="x"/);
    assert.match(res.body, /Wat we &lt;zagen> &amp; hoorden|Wat we &lt;zagen&gt; &amp; hoorden/);
    assert.match(res.body, /value="geen adres"/);
    assert.match(res.body, /name="group" type="checkbox" value="older" checked/);
    assert.match(res.body, /name="region" type="checkbox" value="brussels" checked/);
    const count = await t().db.selectFrom('obstacles').select('id').where('title', '=', 'x').execute();
    assert.equal(count.length, 0);
  });

  test('the member of an organisation that is not a signatory may not report', async () => {
    const applicant = await createUser(t().db);
    const org = await createOrganisation(t().db, {
      status: 'applicant',
      members: [{ user: applicant, role: 'admin' }],
    });
    const client = await signedInClient(t(), applicant);
    assert.equal((await client.get(`/nl/organisations/${org.id}/obstacles/new`)).status, 403);
    // The list offers the form to signatories' members only.
    assert.doesNotMatch((await client.get('/nl/obstacles')).body, /obstacles\/new/);
    assert.match(
      (await asReporter.get('/nl/obstacles')).body,
      new RegExp(`/nl/organisations/${orgA.id}/obstacles/new`),
    );
    const outcome = await reportObstacle(depsOf(t()), applicant.id, org.id, validObstacle());
    assert.equal(outcome.ok ? 'ok' : outcome.error, 'forbidden');
  });

  test('another signatory endorses once; the count is kept and the list is public', async () => {
    const made = await reportObstacle(depsOf(t()), reporter.id, orgA.id, validObstacle({ title: 'Eén keer steunen' }));
    assert.ok(made.ok);
    const page = `/nl/obstacles/${made.value.slug}`;
    const action = `/nl/obstacles/${made.value.slug}/endorsements/${orgB.id}`;
    const first = await asEndorser.submit(
      page,
      { [`evidence-${orgB.id}`]: 'Wij zien het ook, vooral bij 80-plussers.' },
      action,
    );
    assert.equal(first.status, 303);
    // The colleague of the same organisation tries again: still one endorsement, the evidence updated.
    const asColleague = await signedInClient(t(), colleague);
    const second = await asColleague.submit(page, { [`evidence-${orgB.id}`]: 'Nieuwe cijfers: 40%.' }, action);
    assert.equal(second.status, 303);
    const rows = await t()
      .db.selectFrom('obstacle_endorsements')
      .selectAll()
      .where('obstacle_id', '=', made.value.id)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.evidence, 'Nieuwe cijfers: 40%.');
    const row = await t()
      .db.selectFrom('obstacles')
      .select('endorsement_count')
      .where('id', '=', made.value.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.endorsement_count), 1);
    const anonymous = await t().client().get(page);
    assert.match(anonymous.body, /1 andere organisatie ziet deze drempel ook\./);
    assert.match(anonymous.body, /Vzw Beta/);
    assert.match(anonymous.body, /Nieuwe cijfers: 40%\./);
    // The reporting organisation cannot endorse its own obstacle.
    const own = await asReporter.submit(
      page,
      { [`evidence-${orgA.id}`]: '' },
      `/nl/obstacles/${made.value.slug}/endorsements/${orgA.id}`,
    );
    assert.equal(own.status, 409);
    assert.match(own.body, /Uw organisatie meldde deze drempel zelf\./);
    // Withdrawn: the count goes back to zero and the organisation leaves the list.
    const token = (await asEndorser.get(page)).body.match(/name="_csrf" value="([^"]+)"/)![1]!;
    const gone = await asEndorser.post(`${action}/withdraw`, {}, token);
    assert.equal(gone.status, 303);
    const after = await t().client().get(page);
    assert.match(after.body, /Nog geen andere organisatie zei dat ze deze drempel ook ziet\./);
    assert.doesNotMatch(after.body, /Vzw Beta/);
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', made.value.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), [
      'obstacles.endorsed',
      'obstacles.endorsed',
      'obstacles.endorsement_withdrawn',
      'obstacles.reported',
    ]);
  });

  test('someone outside the organisation in the URL cannot endorse in its name', async () => {
    const made = await reportObstacle(
      depsOf(t()),
      reporter.id,
      orgA.id,
      validObstacle({ title: 'Niet namens een ander' }),
    );
    assert.ok(made.ok);
    const token = (await asReporter.get(`/nl/obstacles/${made.value.slug}`)).body.match(
      /name="_csrf" value="([^"]+)"/,
    )![1]!;
    const res = await asReporter.post(`/nl/obstacles/${made.value.slug}/endorsements/${orgB.id}`, {}, token);
    assert.equal(res.status, 403);
    const rows = await t()
      .db.selectFrom('obstacle_endorsements')
      .select('org_id')
      .where('obstacle_id', '=', made.value.id)
      .execute();
    assert.equal(rows.length, 0);
  });

  test("an organisation's public profile lists what it reported and what it endorsed", async () => {
    const made = await reportObstacle(depsOf(t()), reporter.id, orgA.id, validObstacle({ title: 'Op het profiel' }));
    assert.ok(made.ok);
    const page = `/nl/obstacles/${made.value.slug}`;
    await asEndorser.submit(page, { [`evidence-${orgB.id}`]: '' }, `${page}/endorsements/${orgB.id}`);
    const a = await t().client().get(`/nl/signatories/${orgA.slug}`);
    assert.match(a.body, /Drempels die ze meldde[\s\S]*Op het profiel/);
    const b = await t().client().get(`/nl/signatories/${orgB.slug}`);
    assert.match(b.body, /Drempels die ze ook ziet[\s\S]*Op het profiel/);
  });

  test("an open obstacle's page offers its reader's signatories to propose an action against it", async () => {
    const made = await reportObstacle(depsOf(t()), reporter.id, orgA.id, validObstacle({ title: 'Samen aanpakken' }));
    assert.ok(made.ok);
    const page = `/nl/obstacles/${made.value.slug}`;
    const propose = (orgId: string) => `/nl/organisations/${orgId}/actions/new?obstacle=${made.value.slug}`;
    assert.ok((await asEndorser.get(page)).body.includes(`href="${propose(orgB.id)}"`), 'B may propose');
    assert.ok((await asReporter.get(page)).body.includes(`href="${propose(orgA.id)}"`), 'and so may A');
    const applicant = await createUser(t().db);
    await createOrganisation(t().db, { status: 'applicant', members: [{ user: applicant, role: 'admin' }] });
    const asApplicant = await signedInClient(t(), applicant);
    assert.doesNotMatch((await asApplicant.get(page)).body, /actions\/new/, 'not an applicant');
    assert.doesNotMatch((await t().client().get(page)).body, /actions\/new/, 'nor a visitor');
  });

  test('an address with bytes no obstacle has is a 404, never an error', async () => {
    for (const ref of ['%00', 'a%00b', '..%2F..%2Fetc', '%E2%80%AE']) {
      assert.equal((await t().client().get(`/nl/obstacles/${ref}`)).status, 404, ref);
      assert.equal((await t().client().get(`/api/v1/obstacles/${ref}`)).status, 404, ref);
    }
  });
});
