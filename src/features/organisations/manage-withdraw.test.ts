import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient } from '../../../test/support/accounts.ts';

describeEachEngine('withdrawing from the charter', (t) => {
  test('needs a reason and a confirmation; then the status, public history, audit and mails follow', async () => {
    const { db } = t();
    const secretariat = await createUser(db, { secretariat: true, locale: 'fr', email: 'secretariat@example.be' });
    const admin = await createUser(db, { name: 'Ann Admin', email: 'ann@example.be', locale: 'nl' });
    const coAdmin = await createUser(db, { email: 'co@example.be', locale: 'de' });
    const member = await createUser(db, { email: 'member@example.be' });
    const org = await createOrganisation(db, {
      name: 'Samen Online vzw',
      members: [
        { user: admin, role: 'admin' },
        { user: coAdmin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    const client = await signedInClient(t(), admin);
    const page = `/en/organisations/${org.id}/withdraw`;

    const empty = await client.submit(page, { reason: '   ' });
    assert.equal(empty.status, 400);
    assert.match(empty.body, /Fill in this field\./);

    const reason = 'We stop our digital activities & merge with another association.';
    const step1 = await client.submit(page, { reason });
    assert.equal(step1.status, 200);
    assert.match(step1.body, /Do you really want Samen Online vzw to withdraw from the Charter\?/);
    assert.ok(step1.body.includes('We stop our digital activities &amp; merge with another association.'));
    const before = await db
      .selectFrom('organisations')
      .select('status')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(before.status, 'signatory', 'nothing changes before the confirmation');

    const edit = await client.submit(page, { reason, step: 'edit' }, `${page}/confirm`);
    assert.equal(edit.status, 200);
    assert.match(edit.body, /<textarea[^>]*name="reason"[^>]*>We stop our digital activities &amp; merge/);

    const done = await client.submit(page, { reason, step: 'confirm' }, `${page}/confirm`);
    assert.equal(done.status, 303);
    assert.equal(done.location, `/en/organisations/${org.id}`);

    const after = await db
      .selectFrom('organisations')
      .select(['status', 'signed_at'])
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(after.status, 'withdrawn');
    assert.ok(after.signed_at, 'the signing date stays for the history');
    const events = await db
      .selectFrom('organisation_events')
      .select(['kind', 'note', 'charter_version'])
      .where('org_id', '=', org.id)
      .execute();
    assert.deepEqual(events, [{ kind: 'withdrawn', note: reason, charter_version: 1 }]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('subject_id', '=', org.id)
      .where('action', '=', 'organisations.charter_withdrawn')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor_user_id, admin.id);
    assert.equal(JSON.parse(audit[0]!.details).reason, reason);

    const mails = await t().mails();
    const to = (email: string) => mails.filter((m) => m.to === email);
    assert.equal(to(secretariat.email).length, 1);
    assert.match(to(secretariat.email)[0]!.subject, /Samen Online vzw s’est retirée de la Charte/);
    assert.ok(to(secretariat.email)[0]!.text.includes(reason));
    assert.match(to(admin.email)[0]!.subject, /heeft zich teruggetrokken/);
    assert.match(to(coAdmin.email)[0]!.subject, /ist aus der Charta .* ausgetreten/);
    assert.equal(to(member.email).length, 0, 'members who are not administrators get no mail');

    const space = await client.follow(done.location!);
    assert.match(space.body, /Your organisation has withdrawn from the Charter\. We have informed the secretariat\./);
    assert.match(space.body, /Withdrawn on/);
    assert.ok(space.body.includes('We stop our digital activities &amp; merge'));

    const again = await client.get(page);
    assert.match(again.body, /Only a signatory can withdraw/);
    const twice = await client.submit(`/en/organisations/${org.id}`, { reason, step: 'confirm' }, `${page}/confirm`);
    assert.equal(twice.status, 409);
    assert.equal(
      (await db.selectFrom('organisation_events').select('id').where('org_id', '=', org.id).execute()).length,
      1,
    );
  });

  test('a member cannot withdraw the organisation', async () => {
    const admin = await createUser(t().db);
    const member = await createUser(t().db);
    const org = await createOrganisation(t().db, {
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    const client = await signedInClient(t(), member);
    const res = await client.submit(
      `/en/organisations/${org.id}`,
      { reason: 'No.', step: 'confirm' },
      `/en/organisations/${org.id}/withdraw/confirm`,
    );
    assert.equal(res.status, 403);
    const row = await t()
      .db.selectFrom('organisations')
      .select('status')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'signatory');
  });
});
