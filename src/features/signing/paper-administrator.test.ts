// An organisation signed on paper has no administrator: nobody applied online. The contact
// person's address on the form brings them an invitation to become one.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { ensureCharter, PAPER_PAGE, paperForm, pdfScan } from './test-support.ts';

describeEachEngine('a signature on paper invites the contact person to administer the organisation', (t) => {
  let secretary: TestUser;
  before(async () => {
    await ensureCharter(t());
    secretary = await createUser(t().db, { secretariat: true, locale: 'nl', name: 'Sofie Secretariaat' });
  });

  async function record(fields: Record<string, string | string[]>) {
    const client = await signedInClient(t(), secretary);
    const page = await client.get(PAPER_PAGE);
    const res = await client.postMultipart(PAPER_PAGE, fields, Client.csrfOf(page.body), pdfScan());
    assert.equal(res.status, 303, res.body.slice(0, 300));
    const org = await t()
      .db.selectFrom('organisations')
      .select(['id', 'legal_name'])
      .where('enterprise_number', '=', fields.enterpriseNumber as string)
      .executeTakeFirstOrThrow();
    return { client, res, org };
  }

  test('the contact person gets an invitation as administrator, in the language of the form, and can accept it', async () => {
    const email = 'An.Contact@Example.be';
    const { client, res, org } = await record(paperForm({ legalName: 'Brief en Bit vzw', contactEmail: email, formLang: 'fr' }));
    const review = await client.get(res.location!);
    assert.match(review.body, /contactpersoon is uitgenodigd/, 'the banner says the invitation went out');

    const invitation = await t()
      .db.selectFrom('invitations')
      .select(['email', 'role', 'invited_by'])
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(invitation, { email: 'an.contact@example.be', role: 'admin', invited_by: secretary.id });
    const audit = await t()
      .db.selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'organisations.invitation_sent')
      .where('subject_id', '=', org.id)
      .execute();
    assert.deepEqual(audit, [{ actor_user_id: secretary.id }]);

    const mail = (await t().mails()).filter((m) => m.to === 'an.contact@example.be').at(-1);
    assert.ok(mail, 'a mail to the contact person');
    assert.match(mail.subject, /Brief en Bit vzw/);
    assert.match(mail.text, /avec le rôle de gestionnaire/, 'in French, as administrator');
    const link = mail.links.find((l) => l.includes('/fr/invitations/'));
    assert.ok(link, 'the link opens the invitation in French');

    // The contact person signs up with that address and accepts: the organisation has its administrator.
    const contact = await createUser(t().db, { email: 'an.contact@example.be' });
    const theirs = await signedInClient(t(), contact);
    const path = new URL(link).pathname;
    const accepted = await theirs.submit(path, {}, path);
    assert.equal(accepted.status, 303);
    const member = await t()
      .db.selectFrom('memberships')
      .select('role')
      .where('org_id', '=', org.id)
      .where('user_id', '=', contact.id)
      .executeTakeFirst();
    assert.deepEqual(member, { role: 'admin' });
  });

  test('without an address nobody is invited; a mistyped address keeps every typed value', async () => {
    const { res, org } = await record(paperForm({ contactEmail: '' }));
    assert.ok(res.location);
    const none = await t().db.selectFrom('invitations').select('id').where('org_id', '=', org.id).execute();
    assert.deepEqual(none, []);

    const client = await signedInClient(t(), secretary);
    const page = await client.get(PAPER_PAGE);
    const fields = paperForm({ legalName: 'Typfout vzw', contactEmail: 'niet-een-adres' });
    const wrong = await client.postMultipart(PAPER_PAGE, fields, Client.csrfOf(page.body), pdfScan());
    assert.equal(wrong.status, 400);
    assert.match(wrong.body, /name="contactEmail"[^>]*value="niet-een-adres"/);
    assert.match(wrong.body, /href="#field-contactEmail"/, 'the error summary links to the field');
    const stored = await t().db.selectFrom('organisations').select('id').where('legal_name', '=', 'Typfout vzw').execute();
    assert.deepEqual(stored, []);
  });
});
