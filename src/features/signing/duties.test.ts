import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { now } from '../../platform/db/sql.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { approveApplication, applicationForApplicant, resendLink } from './service.ts';
import {
  applicationIdFrom,
  ensureCharter,
  executiveLink,
  submitApplication,
  validApplication,
} from './test-support.ts';

// Who may act on an application: only the organisation's current administrators follow it, and a
// secretariat account never reviews an application of an organisation it belongs to or applied for.
describeEachEngine('who may act on an application', (t) => {
  before(async () => {
    await ensureCharter(t());
  });

  async function apply(applicant: TestUser, executiveEmail: string): Promise<{ id: string; orgId: string }> {
    const id = applicationIdFrom(
      await submitApplication(await signedInClient(t(), applicant), validApplication({ executiveEmail }), {
        lang: 'en',
      }),
    );
    const row = await t().db.selectFrom('applications').select('org_id').where('id', '=', id).executeTakeFirstOrThrow();
    return { id, orgId: row.org_id };
  }

  /** The executive signs through the page of their personal link. */
  async function executiveSigns(email: string): Promise<void> {
    const link = await executiveLink(t(), email);
    const executive = t().client();
    const page = await executive.get(link.path);
    // Once in a CI run (7 December 2026) the page held no hash: say what it held instead.
    const found = page.body.match(/name="textHash" value="([a-f0-9]{64})"/);
    assert.ok(found, `the signing page (${page.status}): ${page.body.replace(/\s+/g, ' ').slice(-1500)}`);
    const hash = found[1]!;
    const res = await executive.post(
      link.path,
      { signerName: 'An Peeters', signerTitle: 'Voorzitter', commit: 'yes', textHash: hash, action: 'sign' },
      Client.csrfOf(page.body),
    );
    assert.equal(res.status, 303, 'the executive signed');
  }

  async function addMember(orgId: string, user: TestUser, role: 'admin' | 'member') {
    await t()
      .db.insertInto('memberships')
      .values({ org_id: orgId, user_id: user.id, role, created_at: now() })
      .execute();
  }

  const application = (id: string) =>
    t().db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  function principalOf(user: TestUser, memberships: Principal['memberships']): Principal {
    return {
      userId: user.id,
      sessionIdHash: '',
      name: user.name,
      email: user.email,
      locale: 'en',
      emailVerified: true,
      isSecretariat: false,
      memberships,
    };
  }

  test('an applicant the admins removed no longer sees the application nor sends the executive link anywhere', async () => {
    const { db } = t();
    const applicant = await createUser(db, { locale: 'en' });
    const { id, orgId } = await apply(applicant, 'boss@example.be');
    const colleague = await createUser(db, { locale: 'en' });
    await addMember(orgId, colleague, 'admin');

    const applicantClient = await signedInClient(t(), applicant);
    assert.equal(
      (await applicantClient.get(`/en/sign/applications/${id}`)).status,
      200,
      'while an admin, they follow it',
    );
    const colleagueClient = await signedInClient(t(), colleague);
    const removed = await colleagueClient.submit(`/en/organisations/${orgId}/members/${applicant.id}/remove`, {});
    assert.equal(removed.status, 303, 'the other admin removed them');

    const page = await applicantClient.get(`/en/sign/applications/${id}`);
    assert.equal(page.status, 403);
    assert.match(page.body, /You cannot open this page/);
    assert.ok(!page.body.includes('boss@example.be'), 'nothing of the application shows');

    const before = await application(id);
    // The token comes from another page with a form: the application page no longer has one for them.
    const token = Client.csrfOf((await applicantClient.get('/en/account/profile')).body);
    const resend = await applicantClient.post(
      `/en/sign/applications/${id}/resend`,
      {
        executiveName: 'Someone Else',
        executiveTitle: 'Boss',
        executiveEmail: 'elsewhere@example.org',
        executiveLang: 'en',
      },
      token,
    );
    assert.equal(resend.status, 403);
    const after = await application(id);
    assert.equal(after.executive_email, 'boss@example.be');
    assert.equal(after.token_hash, before.token_hash, 'the link was not replaced');
    assert.ok(!(await t().mails()).some((m) => m.to.includes('elsewhere@example.org')), 'no mail to the new address');

    // The admin who stays still follows it and may correct the address.
    assert.equal((await colleagueClient.get(`/en/sign/applications/${id}`)).status, 200);
    const fixed = await colleagueClient.submit(
      `/en/sign/applications/${id}`,
      {
        executiveName: 'An Peeters',
        executiveTitle: 'Voorzitter',
        executiveEmail: 'an.peeters@example.be',
        executiveLang: 'nl',
      },
      `/en/sign/applications/${id}/resend`,
    );
    assert.equal(fixed.status, 303);
    assert.equal((await application(id)).executive_email, 'an.peeters@example.be');
  });

  test('following needs admin membership now: the service refuses a member and a former admin', async () => {
    const { db } = t();
    const applicant = await createUser(db, { locale: 'en' });
    const { id, orgId } = await apply(applicant, 'chief@example.be');
    const ref = { orgId, orgSlug: '', orgName: '' };

    const asAdmin = await applicationForApplicant(db, id, principalOf(applicant, [{ ...ref, role: 'admin' }]));
    assert.equal(asAdmin.ok, true);
    for (const memberships of [[], [{ ...ref, role: 'member' as const }]]) {
      const found = await applicationForApplicant(db, id, principalOf(applicant, memberships));
      assert.deepEqual(found, { ok: false, reason: 'forbidden' });
      const resent = await resendLink(t().app.deps, id, principalOf(applicant, memberships), {
        executiveName: 'X',
        executiveTitle: 'Y',
        executiveEmail: 'x@example.org',
        executiveLang: 'en',
      });
      assert.equal(resent.ok, false);
    }
    assert.equal((await application(id)).executive_email, 'chief@example.be');

    // Demoted to member by the HTTP side too: the page is closed to them.
    await db
      .updateTable('memberships')
      .set({ role: 'member' })
      .where('org_id', '=', orgId)
      .where('user_id', '=', applicant.id)
      .execute();
    assert.equal((await (await signedInClient(t(), applicant)).get(`/en/sign/applications/${id}`)).status, 403);
  });

  test('a secretariat member of the organisation sees the application as not theirs to review and cannot approve it', async () => {
    const { db } = t();
    const applicant = await createUser(db, { locale: 'en' });
    const { id, orgId } = await apply(applicant, 'signer-a@example.be');
    await executiveSigns('signer-a@example.be');
    const insider = await createUser(db, { secretariat: true, locale: 'en' });
    await addMember(orgId, insider, 'member');
    const colleague = await createUser(db, { secretariat: true, locale: 'en' });

    const insiderClient = await signedInClient(t(), insider);
    const queue = await insiderClient.get('/en/secretariat/applications?status=awaiting_review');
    const row = queue.body.split('<tr').find((r) => r.includes(`/secretariat/applications/${id}`));
    assert.ok(row, 'the application is in the queue');
    assert.match(row, /For a colleague to review/);
    const colleagueQueue = await (
      await signedInClient(t(), colleague)
    ).get('/en/secretariat/applications?status=awaiting_review');
    const colleagueRow = colleagueQueue.body.split('<tr').find((r) => r.includes(`/secretariat/applications/${id}`));
    assert.ok(colleagueRow && !colleagueRow.includes('For a colleague to review'), 'a colleague may review it');

    const page = await insiderClient.get(`/en/secretariat/applications/${id}`);
    assert.equal(page.status, 200, 'the application can be read');
    assert.match(page.body, /Another member of the secretariat must review this application/);
    assert.ok(!page.body.includes(`/secretariat/applications/${id}/approve`), 'no approve form');
    assert.ok(!page.body.includes(`/secretariat/applications/${id}/reject`), 'no reject form');

    const token = Client.csrfOf((await insiderClient.get('/en/secretariat/settings')).body);
    for (const [path, fields] of [
      ['approve', {}],
      ['reject', { reason: 'Not for me to say' }],
      ['request-info', { message: 'A question' }],
    ] as const) {
      const res = await insiderClient.post(`/en/secretariat/applications/${id}/${path}`, fields, token);
      assert.equal(res.status, 403, `${path} is refused`);
    }
    assert.equal((await application(id)).status, 'awaiting_review');
    const decided = await db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .where('actor_user_id', '=', insider.id)
      .execute();
    assert.deepEqual(decided, [], 'no decision was recorded');

    const approved = await (
      await signedInClient(t(), colleague)
    ).submit(`/en/secretariat/applications/${id}`, {}, `/en/secretariat/applications/${id}/approve`);
    assert.equal(approved.status, 303, 'a colleague approves');
    assert.equal((await application(id)).status, 'approved');
  });

  test('a secretariat account that applied for an organisation cannot decide on it, even after leaving it', async () => {
    const { db } = t();
    const insider = await createUser(db, { secretariat: true, locale: 'en' });
    const { id, orgId } = await apply(insider, 'signer-b@example.be');
    await executiveSigns('signer-b@example.be');
    await db.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', insider.id).execute();

    const refused = await approveApplication(t().app.deps, id, insider.id);
    assert.deepEqual(refused, { ok: false, errors: { _form: 'signing.error.ownInterest' } });
    const client = await signedInClient(t(), insider);
    assert.match(
      (await client.get(`/en/secretariat/applications/${id}`)).body,
      /Another member of the secretariat must review/,
    );
    const token = Client.csrfOf((await client.get('/en/secretariat/settings')).body);
    assert.equal((await client.post(`/en/secretariat/applications/${id}/approve`, {}, token)).status, 403);
    assert.equal((await application(id)).status, 'awaiting_review');

    const colleague = await createUser(db, { secretariat: true });
    assert.deepEqual(await approveApplication(t().app.deps, id, colleague.id), { ok: true, value: null });
  });
});
