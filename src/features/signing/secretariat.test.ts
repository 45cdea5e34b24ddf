import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { Client } from '../../../test/support/client.ts';
import { newId } from '../../platform/db/sql.ts';
import { currentVersion } from '../charter/service.ts';
import {
  applicationIdFrom,
  ensureCharter,
  executiveLink,
  submitApplication,
  validApplication,
} from './test-support.ts';

describeEachEngine('the secretariat', (t) => {
  let secretary: TestUser;
  before(async () => {
    await ensureCharter(t());
    secretary = await createUser(t().db, { secretariat: true, locale: 'nl' });
  });

  /** Applies and lets the executive sign, through the pages; gives the application id. */
  async function signedApplication(applicant: TestUser, email: string): Promise<string> {
    const id = applicationIdFrom(
      await submitApplication(await signedInClient(t(), applicant), validApplication({ executiveEmail: email })),
    );
    const link = await executiveLink(t(), email);
    const executive = t().client();
    const page = await executive.get(link.path);
    const hash = page.body.match(/name="textHash" value="([a-f0-9]{64})"/)![1]!;
    const res = await executive.post(
      link.path,
      { signerName: 'An Peeters', signerTitle: 'Voorzitter', commit: 'yes', textHash: hash, action: 'sign' },
      Client.csrfOf(page.body),
    );
    assert.equal(res.status, 303);
    return id;
  }

  test('ask for information, the applicant answers, and the application is back in review', async () => {
    const { db } = t();
    const applicant = await createUser(db, { locale: 'de' });
    const id = await signedApplication(applicant, 'info@example.be');
    const secretariat = await signedInClient(t(), secretary);

    // An empty question is refused in the reader's language, and nothing changes.
    const empty = await secretariat.submit(
      `/fr/secretariat/applications/${id}`,
      { message: '' },
      `/fr/secretariat/applications/${id}/request-info`,
    );
    assert.equal(empty.status, 400);
    assert.match(empty.body, /Remplissez ce champ/);
    assert.equal(
      (await db.selectFrom('applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
      'awaiting_review',
    );

    const asked = await secretariat.submit(
      `/nl/secretariat/applications/${id}`,
      { message: 'Wie leidt de organisatie sinds 2024?' },
      `/nl/secretariat/applications/${id}/request-info`,
    );
    assert.equal(asked.status, 303);
    const mail = (await t().mails()).find(
      (m) => m.to.includes(applicant.email) && /Eine Frage zum Antrag/.test(m.subject),
    );
    assert.ok(mail, 'the applicant is asked in German');
    assert.match(mail.text, /Wie leidt de organisatie sinds 2024\?/);

    const client = await signedInClient(t(), applicant);
    const page = await client.get(`/de/sign/applications/${id}`);
    assert.match(page.body, /Die Frage des Sekretariats/);
    assert.match(page.body, /Wie leidt de organisatie sinds 2024\?/);
    const noReply = await client.submit(
      `/de/sign/applications/${id}`,
      { reply: '   ' },
      `/de/sign/applications/${id}/reply`,
    );
    assert.equal(noReply.status, 400);
    assert.match(noReply.body, /Bitte füllen Sie dieses Feld aus\./);
    const replied = await client.submit(
      `/de/sign/applications/${id}`,
      { reply: 'An Peeters, seit März 2024.' },
      `/de/sign/applications/${id}/reply`,
    );
    assert.equal(replied.status, 303);
    assert.equal(
      (await db.selectFrom('applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
      'awaiting_review',
    );
    assert.ok(
      (await t().mails()).some((m) => m.to.includes(secretary.email) && /heeft uw vraag beantwoord/.test(m.subject)),
    );

    const review = await secretariat.get(`/nl/secretariat/applications/${id}`);
    assert.match(review.body, /Vraag gesteld/);
    assert.match(review.body, /Vraag beantwoord/);
    assert.match(review.body, /An Peeters, seit März 2024\./);
  });

  test('a rejection needs a reason; approving needs a signature', async () => {
    const { db } = t();
    const applicant = await createUser(db);
    const id = applicationIdFrom(
      await submitApplication(
        await signedInClient(t(), applicant),
        validApplication({ executiveEmail: 'late@example.be' }),
      ),
    );
    const secretariat = await signedInClient(t(), secretary);

    const approve = await secretariat.submit(
      `/en/secretariat/applications/${id}`,
      {},
      `/en/secretariat/applications/${id}/approve`,
    );
    assert.equal(approve.status, 409);
    assert.match(approve.body, /cannot get this decision now/);
    const noReason = await secretariat.submit(
      `/nl/secretariat/applications/${id}`,
      { reason: '' },
      `/nl/secretariat/applications/${id}/reject`,
    );
    assert.equal(noReason.status, 400);
    assert.match(noReason.body, /Vul dit veld in/);
    const org = await db
      .selectFrom('applications')
      .innerJoin('organisations', 'organisations.id', 'applications.org_id')
      .select(['organisations.status', 'applications.status as app'])
      .where('applications.id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([org.status, org.app], ['applicant', 'awaiting_executive']);

    // Rejecting before the executive answered also kills their link.
    const link = await executiveLink(t(), 'late@example.be');
    assert.equal(
      (
        await secretariat.submit(
          `/nl/secretariat/applications/${id}`,
          { reason: 'Dubbele aanvraag.' },
          `/nl/secretariat/applications/${id}/reject`,
        )
      ).status,
      303,
    );
    assert.equal((await t().client().get(link.path)).status, 404);
  });

  test('overview and queue: counts per status, oldest first, keyset pages without gaps or repeats', async () => {
    const { db } = t();
    const version = (await currentVersion(db))!;
    const owner = await createUser(db);
    const base = Date.parse('2020-01-01T00:00:00.000Z');
    const created: string[] = [];
    for (let i = 0; i < 32; i++) {
      const org = await createOrganisation(db, { status: 'applicant', name: `Wachtrij ${String(i).padStart(2, '0')}` });
      const id = newId();
      // Two share a timestamp: the id breaks the tie, so no row is skipped or shown twice.
      const at = new Date(base + Math.floor(i / 2) * 60_000).toISOString();
      await db
        .insertInto('applications')
        .values({
          id,
          org_id: org.id,
          status: 'awaiting_review',
          applicant_user_id: owner.id,
          contact_name: 'X',
          contact_email: 'x@example.be',
          executive_name: 'Y',
          executive_title: 'Z',
          executive_email: 'y@example.be',
          executive_lang: 'nl',
          charter_version_id: version.id,
          token_hash: null,
          token_expires_at: null,
          submitted_at: at,
          executive_answered_at: at,
          decided_at: null,
          decided_by: null,
          decision_reason: null,
          info_request: null,
          updated_at: at,
        })
        .execute();
      created.push(id);
    }
    const secretariat = await signedInClient(t(), secretary);
    const overview = await secretariat.get('/nl/secretariat');
    assert.equal(overview.status, 200);
    assert.match(overview.body, /Wachtrij 00/, 'the oldest waiting is listed');

    const ids = (body: string) =>
      [...body.matchAll(/\/nl\/secretariat\/applications\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const first = await secretariat.get('/nl/secretariat/applications?status=awaiting_review');
    assert.equal(first.status, 200);
    assert.match(first.body, /<select[^>]*name="status"/);
    assert.match(first.body, /type="submit"/);
    const page1 = ids(first.body);
    assert.equal(page1.length, 25);
    assert.deepEqual(page1.slice(0, 2).sort(), created.slice(0, 2).sort(), 'oldest first');
    const next = first.body.match(
      /href="(\/nl\/secretariat\/applications\?status=awaiting_review&amp;after=[A-Za-z0-9_-]+)" rel="next"/,
    );
    assert.ok(next, 'a next-page link with a keyset, not a page number');
    const second = await secretariat.get(next[1]!.replace(/&amp;/g, '&'));
    const page2 = ids(second.body);
    const seen = [...page1, ...page2].filter((id) => created.includes(id));
    assert.equal(new Set(seen).size, seen.length, 'no repeats');
    assert.ok(
      created.every((id) => seen.includes(id)),
      'no gaps',
    );
    assert.doesNotMatch(second.body, /rel="next"/);
    assert.match(second.body, /Eerste pagina/);

    // A tampered cursor is ignored (first page), never an error.
    assert.equal((await secretariat.get('/nl/secretariat/applications?status=nope&after=%27%3B--')).status, 200);
  });
});
