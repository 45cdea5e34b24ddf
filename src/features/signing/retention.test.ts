import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { seedDemo } from '../../cli/seed.ts';
import { addMs } from '../../platform/db/sql.ts';
import { housekeeping } from '../../platform/jobs/housekeeping.ts';
import { erasePersonalDataPastRetention, SIGNING_RECORDS_KEPT_MS } from './retention.ts';

const DAY = 24 * 3600_000;

describeEachEngine('signing records: personal data past retention', (t) => {
  /** The organisation of the demo that left first. */
  let withdrawn: { id: string; leftAt: string };

  before(async () => {
    await seedDemo(t().db);
    const row = await t()
      .db.selectFrom('organisations as o')
      .innerJoin('organisation_events as e', 'e.org_id', 'o.id')
      .select(['o.id', 'e.at'])
      .where('o.status', '=', 'withdrawn')
      .where('e.kind', '=', 'withdrawn')
      .orderBy('e.at', 'asc')
      .executeTakeFirstOrThrow();
    withdrawn = { id: row.id, leftAt: row.at };
  });

  const peopleOf = (orgId: string) =>
    t()
      .db.selectFrom('applications')
      .leftJoin('signatures', 'signatures.application_id', 'applications.id')
      .select([
        'applications.executive_name',
        'applications.executive_email',
        'applications.contact_email',
        'applications.erased_at',
        'signatures.signer_name',
        'signatures.signer_email',
        'signatures.erased_at as signature_erased_at',
      ])
      .where('applications.org_id', '=', orgId)
      .execute();

  test('nothing is erased while an organisation takes part, or within five years of leaving', async () => {
    assert.deepEqual(await erasePersonalDataPastRetention(t().db), { applications: 0, signatures: 0 });
    await housekeeping(t().db, t().registry, t().config);
    const oneDayShort = addMs(withdrawn.leftAt, SIGNING_RECORDS_KEPT_MS - DAY);
    assert.deepEqual(await erasePersonalDataPastRetention(t().db, oneDayShort), { applications: 0, signatures: 0 });
    const people = await peopleOf(withdrawn.id);
    assert.ok(people.length > 0 && people.every((p) => p.executive_email.includes('@') && p.erased_at === null));
  });

  test('five years after leaving, names and addresses are blanked; dates, version and hash stay', async () => {
    const signatureBefore = await t()
      .db.selectFrom('signatures')
      .select(['id', 'signed_at', 'text_hash', 'charter_version_id'])
      .where('org_id', '=', withdrawn.id)
      .executeTakeFirstOrThrow();
    const at = addMs(withdrawn.leftAt, SIGNING_RECORDS_KEPT_MS + DAY);
    const counts = await erasePersonalDataPastRetention(t().db, at);
    assert.ok(counts.applications >= 1 && counts.signatures >= 1, JSON.stringify(counts));

    for (const p of await peopleOf(withdrawn.id)) {
      assert.deepEqual(
        [p.executive_name, p.executive_email, p.contact_email, p.signer_name, p.signer_email],
        ['', '', '', '', ''],
      );
      assert.equal(p.erased_at, at);
      assert.equal(p.signature_erased_at, at);
    }
    const signatureAfter = await t()
      .db.selectFrom('signatures')
      .select(['id', 'signed_at', 'text_hash', 'charter_version_id'])
      .where('id', '=', signatureBefore.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(signatureAfter, signatureBefore);

    // Organisations that still take part keep everything.
    const current = await t()
      .db.selectFrom('signatures')
      .innerJoin('organisations', 'organisations.id', 'signatures.org_id')
      .select(['signatures.signer_name', 'signatures.erased_at'])
      .where('organisations.status', '=', 'signatory')
      .execute();
    assert.ok(current.length > 0 && current.every((s) => s.signer_name !== '' && s.erased_at === null));

    const logged = await t()
      .db.selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'signing.personal_data_erased')
      .execute();
    assert.equal(logged.length, 1);
    assert.deepEqual(JSON.parse(logged[0]!.details), { ...counts, before: addMs(at, -SIGNING_RECORDS_KEPT_MS) });

    assert.deepEqual(await erasePersonalDataPastRetention(t().db, at), { applications: 0, signatures: 0 }, 'once only');
  });

  test('an organisation that left and applied again, without signing yet, loses the old names too', async () => {
    const rows = await t()
      .db.selectFrom('organisations as o')
      .innerJoin('organisation_events as e', 'e.org_id', 'o.id')
      .innerJoin('applications as a', 'a.org_id', 'o.id')
      .select(['o.id', 'e.at'])
      .where('o.status', '=', 'withdrawn')
      .where('e.kind', '=', 'withdrawn')
      .where('a.erased_at', 'is', null)
      .orderBy('e.at', 'asc')
      .execute();
    const back = rows[0]!;
    await t().db.updateTable('organisations').set({ status: 'applicant' }).where('id', '=', back.id).execute();
    const oneDayShort = addMs(back.at, SIGNING_RECORDS_KEPT_MS - DAY);
    await erasePersonalDataPastRetention(t().db, oneDayShort);
    assert.ok(
      (await peopleOf(back.id)).every((p) => p.erased_at === null),
      'not before five years',
    );
    await erasePersonalDataPastRetention(t().db, addMs(back.at, SIGNING_RECORDS_KEPT_MS + DAY));
    const people = await peopleOf(back.id);
    assert.ok(people.length > 0 && people.every((p) => p.erased_at !== null && p.signer_name === ''));
  });

  test('applications that ended without a signature are blanked five years after they ended', async () => {
    const ended = await t()
      .db.selectFrom('applications')
      .select(['id', 'updated_at'])
      .where('status', 'in', ['rejected', 'declined'])
      .where('erased_at', 'is', null)
      .orderBy('updated_at', 'desc')
      .execute();
    assert.ok(ended.length > 0, 'the demo has rejected or declined applications');
    const latest = ended[0]!;
    await erasePersonalDataPastRetention(t().db, addMs(latest.updated_at, SIGNING_RECORDS_KEPT_MS + DAY));
    const left = await t()
      .db.selectFrom('applications')
      .select(['executive_email'])
      .where('status', 'in', ['rejected', 'declined'])
      .where('erased_at', 'is', null)
      .execute();
    assert.deepEqual(left, []);
  });

  test('the secretariat sees that the names were removed, and when, in its language', async () => {
    const application = await t()
      .db.selectFrom('applications')
      .select(['id', 'erased_at'])
      .where('org_id', '=', withdrawn.id)
      .executeTakeFirstOrThrow();
    const secretariat = await signedInClient(t(), await createUser(t().db, { secretariat: true }));
    const page = await secretariat.get(`/fr/secretariat/applications/${application.id}`);
    assert.equal(page.status, 200);
    assert.match(page.body, /Noms et adresses supprimés le/);
    assert.match(page.body, /Supprimé après cinq ans/);
    assert.doesNotMatch(page.body, /mailto:/);
  });
});
