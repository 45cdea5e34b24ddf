import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { clearRateLimits, createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';
import { ensureCharter, submitApplication, validApplication } from '../signing/test-support.ts';

describeEachEngine('accounts: download my data', (t) => {
  beforeEach(() => clearRateLimits(t().db));

  test('the account page offers a JSON file with the account, organisations, applications and audit lines', async () => {
    await ensureCharter(t());
    const user = await createUser(t().db, { name: 'Lotte Janssens', email: 'lotte@example.be', locale: 'nl' });
    const someoneElse = await createUser(t().db, { name: 'Other Person', email: 'other@example.be' });
    const org = await createOrganisation(t().db, { name: 'Buurtwerk Noord', members: [{ user, role: 'member' }] });
    const c = await signedInClient(t(), user);
    const sent = await submitApplication(c, validApplication({ legalName: 'Lotte’s Leeshuis vzw' }));
    assert.equal(sent.status, 303);
    // Another person's account and actions never appear.
    await (
      await signedInClient(t(), someoneElse)
    ).submit('/en/account/profile', { name: 'Renamed Other', locale: 'en' });

    const page = await c.get('/nl/account');
    assert.match(page.body, /<h2>Uw gegevens<\/h2>/);
    assert.match(page.body, /action="\/nl\/account\/data"/);
    const res = await c.submit('/nl/account', {}, '/nl/account/data');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /application\/json/);
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="inclusio-my-data-\d{4}-\d\d-\d\d\.json"$/,
    );
    assert.equal(res.headers['cache-control'], 'private, no-store');
    const data = JSON.parse(res.body) as {
      account: Record<string, unknown>;
      memberships: { organisationId: string; organisation: string; role: string }[];
      applications: { organisation: string; status: string; contact: { email: string } }[];
      auditLog: { action: string; subjectId: string; details?: unknown }[];
    };
    assert.equal(data.account.id, user.id);
    assert.equal(data.account.email, 'lotte@example.be');
    assert.equal(data.account.name, 'Lotte Janssens');
    assert.ok(!('password_hash' in data.account) && !res.body.includes('$argon2'), 'no password hash');
    assert.ok(
      data.memberships.some(
        (m) => m.organisationId === org.id && m.organisation === 'Buurtwerk Noord' && m.role === 'member',
      ),
    );
    assert.ok(data.memberships.some((m) => m.organisation === 'Lotte’s Leeshuis vzw' && m.role === 'admin'));
    assert.equal(data.applications.length, 1);
    assert.equal(data.applications[0]!.organisation, 'Lotte’s Leeshuis vzw');
    assert.equal(data.applications[0]!.contact.email, 'lotte@example.be');
    assert.ok(data.auditLog.some((l) => l.action === 'accounts.data_exported' && l.subjectId === user.id));
    assert.ok(!res.body.includes('other@example.be') && !res.body.includes(someoneElse.id), 'nobody else’s data');
    const tokens = await t().db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    assert.ok(
      tokens.every((s) => !res.body.includes(s.id_hash)),
      'no session identifiers',
    );

    const audited = await t()
      .db.selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'accounts.data_exported')
      .where('subject_id', '=', user.id)
      .execute();
    assert.deepEqual(audited, [{ actor_user_id: user.id }]);
  });

  test('at most five downloads an hour; then the account page says when to try again', async () => {
    const user = await createUser(t().db, { locale: 'en' });
    const c = await signedInClient(t(), user);
    for (let i = 0; i < 5; i++) assert.equal((await c.submit('/en/account', {}, '/en/account/data')).status, 200);
    const refused = await c.submit('/en/account', {}, '/en/account/data');
    assert.equal(refused.status, 429);
    assert.match(refused.body, /You tried this too many times\. Wait 60 minutes/);
    assert.ok(Number(refused.headers['retry-after']) > 3000);
    assert.equal((await t().client().post('/en/account/data', {})).status, 401, 'no download without a session');
    const fresh = await signedInClient(t(), await createUser(t().db));
    assert.equal((await fresh.post('/en/account/data', {})).status, 403, 'nor without the form’s token');
  });
});
