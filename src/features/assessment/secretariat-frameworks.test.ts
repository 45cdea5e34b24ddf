import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { newId, now } from '../../platform/db/sql.ts';
import { dimensionOf, type Framework } from './framework.ts';
import { frameworkByVersion, frameworkInForce } from './repository-frameworks.ts';
import { valuesOf } from './pages/secretariat/dimension/schema.ts';
import { frameworkForTests } from './test-secretariat.ts';

// The framework's versions as the secretariat changes them: a draft copied from the version in
// force (one at a time), a dimension's texts edited in four languages (a missing text refused,
// every typed value kept), a version in force never edited, and publishing, which supersedes the
// old version while a run already started keeps the version it stored.

describeEachEngine('assessment: the secretariat drafts and publishes a framework version', (t) => {
  let client: Client;
  let inForce: Framework;
  const base = '/en/secretariat/assessment';

  before(async () => {
    inForce = await frameworkForTests(t().db);
    client = await signedInClient(t(), await createUser(t().db, { secretariat: true }));
  });

  const versions = async () =>
    (await t().db.selectFrom('assessment_frameworks').select(['version', 'status']).orderBy('version').execute()).map(
      (r) => `${r.version}:${r.status}`,
    );

  test('a new version starts as a copy of the one in force; a second click leads to the same draft', async () => {
    const first = await client.submit(base, {}, `${base}/frameworks`);
    const draftVersion = inForce.version + 1;
    assert.equal(first.status, 303);
    assert.equal(first.location, `${base}/frameworks/${draftVersion}`);
    const draft = await frameworkByVersion(t().db, draftVersion);
    assert.equal(draft?.status, 'draft');
    assert.deepEqual(draft?.content, inForce.content);

    const page = await client.follow(first.location!);
    assert.match(page.body, /A new version has been started/);
    assert.match(page.body, new RegExp(`Publish version ${draftVersion}`));
    assert.match(page.body, new RegExp(`href="${base}/frameworks/${draftVersion}/dimensions/leadership"`));

    // The overview now offers the draft instead of a new one; a POST all the same leads to it.
    const overview = await client.get(base);
    assert.match(overview.body, new RegExp(`Continue the draft of version ${draftVersion}`));
    const again = await client.post(`${base}/frameworks`, {}, Client.csrfOf(page.body));
    assert.equal(again.location, `${base}/frameworks/${draftVersion}`);
    assert.deepEqual(await versions(), [`${inForce.version}:in_force`, `${draftVersion}:draft`]);
    const audited = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'assessment.framework_drafted')
      .execute();
    assert.equal(audited.length, 1);
  });

  test("a dimension's texts with a French text missing are refused, every typed value kept", async () => {
    const draftVersion = inForce.version + 1;
    const url = `${base}/frameworks/${draftVersion}/dimensions/leadership`;
    const form = await client.get(url);
    assert.equal(form.status, 200);
    assert.match(form.body, /<fieldset class="fieldset"><legend class="legend">Employees<\/legend>/);
    assert.match(form.body, /lang="fr"/);

    const values = valuesOf(dimensionOf(inForce, 'leadership')!);
    const res = await client.submit(url, {
      ...values,
      title_en: 'Leadership, as typed',
      summary_fr: '   ',
      descriptor_customers_2_de: 'Eine neue Beschreibung',
      examples_community_3_nl: '',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /href="#field-summary_fr">Write the summary in French\.</);
    assert.match(
      res.body,
      /href="#field-examples_community_3_nl">Write the examples of level 3 for beneficiaries and community in Dutch\.</,
    );
    assert.match(res.body, /id="field-summary_fr-error"/);
    assert.match(res.body, />Leadership, as typed<\/textarea>/);
    assert.match(res.body, />Eine neue Beschreibung<\/textarea>/);
    const stored = await frameworkByVersion(t().db, draftVersion);
    assert.deepEqual(dimensionOf(stored!, 'leadership'), dimensionOf(inForce, 'leadership'), 'nothing saved');

    const saved = await client.submit(url, { ...values, title_en: 'Leadership, as typed' });
    assert.equal(saved.status, 303);
    const after = await frameworkByVersion(t().db, draftVersion);
    assert.equal(dimensionOf(after!, 'leadership')?.title.en, 'Leadership, as typed');
    assert.equal(dimensionOf(after!, 'leadership')?.title.fr, values.title_fr);
    assert.deepEqual(await versions(), [`${inForce.version}:in_force`, `${draftVersion}:draft`]);
    // The version in force still reads as it did.
    assert.deepEqual(await frameworkInForce(t().db), inForce);
  });

  test('a text over the limit is refused with the limit said', async () => {
    const url = `${base}/frameworks/${inForce.version + 1}/dimensions/leadership`;
    const values = valuesOf(dimensionOf(inForce, 'leadership')!);
    const res = await client.submit(url, { ...values, examples_community_4_nl: 'x'.repeat(2001) });
    assert.equal(res.status, 400);
    assert.match(res.body, /href="#field-examples_community_4_nl"/);
    assert.match(res.body, /Use 2\D?000 characters or fewer\./);
  });

  test('a dimension is added to the draft under a new key; a taken or malformed key is refused', async () => {
    const draftVersion = inForce.version + 1;
    const url = `${base}/frameworks/${draftVersion}/new-dimension`;
    const texts = valuesOf({
      ...dimensionOf(inForce, 'leadership')!,
      title: { nl: 'Digitale diensten', fr: 'Services numériques', de: 'Digitale Dienste', en: 'Digital services' },
    });
    const form = await client.get(url);
    assert.equal(form.status, 200);
    assert.match(form.body, /name="key"/);

    const taken = await client.submit(url, { ...texts, key: 'leadership', commitment: '3' });
    assert.equal(taken.status, 400);
    assert.match(taken.body, /This version already has a dimension with this short name\./);
    assert.match(taken.body, />Services numériques<\/textarea>/);
    assert.match(taken.body, /value="3"[^>]*checked|checked[^>]*value="3"/);
    const malformed = await client.submit(url, { ...texts, key: 'Digital Services!', title_de: '' });
    assert.equal(malformed.status, 400);
    assert.match(malformed.body, /href="#field-key">Use 2 to 31 lower-case letters/);
    assert.match(malformed.body, /href="#field-title_de">Write the title in German\.</);
    assert.match(malformed.body, /value="Digital Services!"/);

    const added = await client.submit(url, {
      ...texts,
      key: 'digital_services',
      commitment: ['3', '9'],
      cause: 'access',
    });
    assert.equal(added.status, 303);
    const draft = (await frameworkByVersion(t().db, draftVersion))!;
    assert.deepEqual(
      draft.content.dimensions.map((d) => d.key),
      [...inForce.content.dimensions.map((d) => d.key), 'digital_services'],
    );
    const made = dimensionOf(draft, 'digital_services')!;
    assert.deepEqual([made.title.fr, made.commitments, made.causes], ['Services numériques', [3, 9], ['access']]);
    assert.deepEqual(await frameworkInForce(t().db), inForce, 'the version in force is untouched');
    const audited = await t()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'assessment.framework_dimension_added')
      .execute();
    assert.equal(audited.length, 1);
    assert.equal((await client.get(`${base}/frameworks/${inForce.version}/new-dimension`)).status, 409);
  });

  test('the version in force is never edited: its page says so with 409, and nothing changes', async () => {
    const url = `${base}/frameworks/${inForce.version}/dimensions/leadership`;
    const page = await client.get(url);
    assert.equal(page.status, 409);
    assert.match(page.body, /This version can no longer be changed/);
    const values = valuesOf(dimensionOf(inForce, 'leadership')!);
    const csrf = Client.csrfOf(page.body);
    const res = await client.post(url, { ...values, title_en: 'Changed after the fact' }, csrf);
    assert.equal(res.status, 409);
    assert.deepEqual(await frameworkInForce(t().db), inForce);
    assert.equal((await client.get(`${base}/frameworks/${inForce.version}`)).body.includes('Publish version'), false);
    assert.equal((await client.get(`${base}/frameworks/99/dimensions/leadership`)).status, 404);
    assert.equal((await client.get(`${base}/frameworks/${inForce.version}/dimensions/nothing`)).status, 404);
    assert.equal((await client.get(`${base}/frameworks/x1`)).status, 404);
  });

  test('publishing supersedes the old version; a run started before keeps its version', async () => {
    const { db } = t();
    const draftVersion = inForce.version + 1;
    const admin = await createUser(db);
    const org = await createOrganisation(db, { members: [{ user: admin, role: 'admin' }] });
    const runId = newId();
    const at = now();
    await db
      .insertInto('assessment_runs')
      .values({
        id: runId,
        org_id: org.id,
        framework_version: inForce.version,
        status: 'draft',
        previous_run_id: null,
        started_by: admin.id,
        started_at: at,
        updated_at: at,
        submitted_by: null,
        submitted_at: null,
        year: null,
        dimension_count: 1,
        cell_count: 1,
        shared_at: null,
        shared_by: null,
      })
      .execute();

    const res = await client.submit(
      `${base}/frameworks/${draftVersion}`,
      {},
      `${base}/frameworks/${draftVersion}/publish`,
    );
    assert.equal(res.status, 303);
    assert.deepEqual(await versions(), [`${inForce.version}:superseded`, `${draftVersion}:in_force`]);
    const rows = await db.selectFrom('assessment_frameworks').selectAll().orderBy('version').execute();
    assert.ok(rows[0]!.superseded_at, 'the old version says when it was superseded');
    assert.ok(rows[1]!.published_at, 'the new one says when it was published');
    assert.equal((await frameworkInForce(db))?.version, draftVersion);
    assert.equal(
      dimensionOf((await frameworkInForce(db))!, 'leadership')?.title.en,
      'Leadership, as typed',
      'the published texts are the draft as edited',
    );
    const run = await db
      .selectFrom('assessment_runs')
      .select('framework_version')
      .where('id', '=', runId)
      .executeTakeFirst();
    assert.equal(run?.framework_version, inForce.version);
    const audited = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'assessment.framework_published')
      .execute();
    assert.equal(audited.length, 1);
    assert.deepEqual(JSON.parse(audited[0]!.details), { version: draftVersion, superseded: inForce.version });

    // Published, it is no longer editable, and publishing again is refused.
    assert.equal((await client.get(`${base}/frameworks/${draftVersion}/dimensions/leadership`)).status, 409);
    const again = await client.submit(
      `${base}/frameworks/${inForce.version}`,
      {},
      `${base}/frameworks/${draftVersion}/publish`,
    );
    assert.equal(again.status, 409);
    assert.deepEqual(await versions(), [`${inForce.version}:superseded`, `${draftVersion}:in_force`]);
  });

  test('someone outside the secretariat gets 403 on every page and form', async () => {
    const member = await signedInClient(t(), await createUser(t().db));
    for (const url of [
      base,
      `${base}/frameworks/${inForce.version}`,
      `${base}/frameworks/${inForce.version}/dimensions/leadership`,
    ])
      assert.equal((await member.get(url)).status, 403, url);
    const csrf = Client.csrfOf((await member.get('/en/account/profile')).body);
    for (const url of [`${base}/frameworks`, `${base}/frameworks/${inForce.version + 1}/publish`])
      assert.equal((await member.post(url, {}, csrf)).status, 403, url);
    assert.deepEqual(await versions(), [`${inForce.version}:superseded`, `${inForce.version + 1}:in_force`]);
  });
});
