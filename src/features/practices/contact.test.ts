import assert from 'node:assert/strict';
import { before, beforeEach, test } from 'node:test';
import { describeEachEngine } from '../../../test/support/harness.ts';
import { createOrganisation, createUser, signedInClient, type TestUser } from '../../../test/support/accounts.ts';
import { publishedPracticeFor } from './test-publish.ts';
import { askQuestion, QUESTIONS_PER_PRACTICE_DAY } from './service-contact.ts';
import { openReportCount } from './service-reports.ts';
import { depsOf } from './test-support.ts';

const QUESTION = 'Hoe vonden jullie vrijwilligers voor de hulplijn? Wij willen iets gelijkaardigs starten.';

describeEachEngine('practices: questions and reports', (t) => {
  let admin: TestUser;
  let reviewer: TestUser;
  let orgId: string;
  let practice: { id: string; slug: string };

  before(async () => {
    admin = await createUser(t().db, { locale: 'fr' });
    reviewer = await createUser(t().db, { secretariat: true });
    // The contact person is an admin too: they get the question, and no notice on top of it.
    const contactAdmin = await createUser(t().db, { email: 'an.peeters@example.be', locale: 'nl' });
    orgId = (
      await createOrganisation(t().db, {
        members: [
          { user: admin, role: 'admin' },
          { user: contactAdmin, role: 'admin' },
        ],
      })
    ).id;
    practice = await publishedPracticeFor(t(), { admin, reviewer, orgId });
    await t().mails();
  });

  // Every request of the test client comes from one address: each test starts with fresh limits.
  beforeEach(async () => {
    await t().db.deleteFrom('rate_limits').execute();
  });

  test('the question form: one h1, bad input answered 400 with the summary and every value kept', async () => {
    const client = t().client();
    const page = await client.get(`/en/practices/${practice.slug}/ask`);
    assert.equal(page.status, 200);
    assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);
    assert.doesNotMatch(page.body, /an\.peeters@example\.be/, 'the contact address is never shown');
    assert.doesNotMatch(page.body, /name="share"[^>]*checked/, 'sharing the address is not ticked by default');
    const res = await client.submit(`/en/practices/${practice.slug}/ask`, {
      name: 'Jan',
      email: 'not an address',
      message: 'Short',
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /class="error-summary"/);
    assert.match(res.body, /value="not an address"/);
    assert.match(res.body, />Short<\/textarea>/);
    assert.equal((await t().client().get('/en/practices/no-such-practice/ask')).status, 404);
    // The address is asked for only to be shared: ticking "share" without it is a mistake…
    const noAddress = await client.submit(`/en/practices/${practice.slug}/ask`, {
      name: 'Jan',
      message: QUESTION,
      share: 'yes',
    });
    assert.equal(noAddress.status, 400);
    assert.match(noAddress.body, /Fill in your email address, or untick the box to send without it\./);
  });

  test('a question without consent: relayed in the original language, no reply address, admins told without the message', async () => {
    const client = t().client();
    const res = await client.submit(`/fr/practices/${practice.slug}/ask`, {
      name: 'Jan Claes',
      email: 'jan.claes@example.org',
      message: QUESTION,
    });
    assert.equal(res.status, 303);
    const mails = await t().mails();
    const relayed = mails.filter((m) => m.to === 'an.peeters@example.be' && m.text.includes(QUESTION));
    assert.equal(relayed.length, 1);
    assert.ok(
      !mails.some((m) => m.to === 'an.peeters@example.be' && m.subject.startsWith('Iemand stelde een vraag')),
      'the contact person, an admin too, gets no notice of their own question',
    );
    assert.match(relayed[0]!.subject, /Een vraag over uw praktijk/, 'in the practice’s language (nl), not the page’s');
    assert.ok(relayed[0]!.text.includes(QUESTION));
    assert.ok(relayed[0]!.text.includes('Jan Claes koos ervoor het adres niet te delen'));
    assert.ok(!relayed[0]!.text.includes('jan.claes@example.org'), 'no address without consent');
    const notice = mails.find((m) => m.to === admin.email && m.subject.startsWith('Quelqu’un a posé une question'));
    assert.ok(notice, 'the admin hears of it, in their language');
    assert.ok(!notice.text.includes(QUESTION), 'the admin gets no copy of the message');
    assert.ok(!notice.text.includes('Jan Claes') && !notice.text.includes('jan.claes@example.org'), 'nor who asked');
    assert.ok(notice.text.includes('aucune réponse ne peut lui parvenir'));
    // Kept: that a question was asked; not the message, not the asker's address (the spent job is emptied).
    const row = await t()
      .db.selectFrom('practice_questions')
      .selectAll()
      .where('practice_id', '=', practice.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.shared_address), 0);
    const events = await t()
      .db.selectFrom('practice_events')
      .selectAll()
      .where('practice_id', '=', practice.id)
      .where('kind', '=', 'questioned')
      .execute();
    assert.equal(events.length, 1, 'the organisation’s history says a question was relayed');
    assert.equal(events[0]!.comment, null, 'and nothing of what was asked');
    const audit = await t()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'practices.questioned')
      .execute();
    assert.equal(audit.length, 1);
    assert.ok(!audit[0]!.details.includes('Jan') && !audit[0]!.details.includes('example.org'));
    const jobs = await t().db.selectFrom('jobs').select('payload').execute();
    assert.ok(
      jobs.every((j) => !j.payload.includes(QUESTION)),
      'no job keeps the message once sent',
    );
  });

  test('a question with consent carries the asker’s address', async () => {
    const res = await t().client().submit(`/nl/practices/${practice.slug}/ask`, {
      name: 'Els',
      email: 'els@example.org',
      message: 'Mogen we jullie draaiboek gebruiken voor onze eigen hulplijn?',
      share: 'yes',
    });
    assert.equal(res.status, 303);
    const mails = await t().mails();
    const relayed = mails.filter((m) => m.to === 'an.peeters@example.be' && m.text.includes('draaiboek'));
    assert.equal(relayed.length, 1);
    assert.ok(relayed[0]!.text.includes('Els deelde het e-mailadres zodat u kunt antwoorden: els@example.org'));
    // The admins hear who waits for an answer (they agreed to share with the author), never the message.
    const notice = mails.find((m) => m.to === admin.email && m.text.includes('els@example.org'));
    assert.ok(notice);
    assert.ok(
      notice.text.includes(
        'Els a partagé son adresse avec votre organisation pour recevoir une réponse\u00a0: els@example.org',
      ),
    );
    assert.ok(!notice.text.includes('draaiboek'));
  });

  test('questions are limited per client (429, Retry-After, values kept) and per practice', async () => {
    const client = t().client();
    const fields = {
      name: 'Piet',
      email: 'piet@example.org',
      message: 'Een vraag die lang genoeg is om te versturen.',
    };
    for (let i = 0; i < 5; i++)
      assert.equal((await client.submit(`/nl/practices/${practice.slug}/ask`, fields)).status, 303);
    const refused = await client.submit(`/nl/practices/${practice.slug}/ask`, fields);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.match(refused.body, /value="piet@example.org"/);
    // Per practice, whoever asks.
    await t().db.deleteFrom('rate_limits').execute();
    const input = { name: 'X', email: 'x@example.org', message: 'Nog een vraag.', shareAddress: false };
    for (let i = 0; i < QUESTIONS_PER_PRACTICE_DAY; i++) {
      assert.ok((await askQuestion(depsOf(t()), practice.slug, { userId: null, clientKey: `k${i}` }, input)).ok);
    }
    const over = await askQuestion(depsOf(t()), practice.slug, { userId: null, clientKey: 'another' }, input);
    assert.equal(!over.ok && over.error, 'tooMany');
  });

  test('a report: stored for the secretariat, counted, listed, marked handled once; limited per client', async () => {
    const client = t().client();
    const bad = await client.submit(`/nl/practices/${practice.slug}/report`, { details: 'Iets' });
    assert.equal(bad.status, 400);
    assert.match(bad.body, /value="Iets"|>Iets<\/textarea>/);
    const sent = await client.submit(`/nl/practices/${practice.slug}/report`, {
      reason: 'broken_link',
      details: 'De link naar <b>de hulplijn</b> werkt niet.',
    });
    assert.equal(sent.status, 303);
    assert.equal(await openReportCount(t().db), 1);

    assert.equal((await t().client().get('/nl/secretariat/practice-reports')).status, 303, 'anonymous: sign in');
    const asAdmin = await signedInClient(t(), admin);
    assert.equal((await asAdmin.get('/nl/secretariat/practice-reports')).status, 403);
    const asSecretariat = await signedInClient(t(), reviewer);
    const list = await asSecretariat.get('/nl/secretariat/practice-reports');
    assert.equal(list.status, 200);
    assert.match(list.body, /De link naar &lt;b>de hulplijn&lt;\/b> werkt niet\./, 'details escaped');
    const overview = await asSecretariat.get('/nl/secretariat');
    assert.match(overview.body, /practice-reports/);
    const report = await t().db.selectFrom('practice_reports').select('id').executeTakeFirstOrThrow();
    const closed = await asSecretariat.submit(
      '/nl/secretariat/practice-reports',
      {},
      `/nl/secretariat/practice-reports/${report.id}/close`,
    );
    assert.equal(closed.status, 303);
    assert.equal(await openReportCount(t().db), 0);
    const again = await asSecretariat.submit(
      '/nl/secretariat/practice-reports',
      {},
      `/nl/secretariat/practice-reports/${report.id}/close`,
    );
    assert.equal(again.status, 303);
    assert.equal(await openReportCount(t().db), 0, 'closing twice moves the count once');
    assert.equal(
      (await t().db.selectFrom('audit_log').select('id').where('action', '=', 'practices.report_closed').execute())
        .length,
      1,
    );

    for (let i = 0; i < 4; i++) {
      assert.equal((await client.submit(`/nl/practices/${practice.slug}/report`, { reason: 'outdated' })).status, 303);
    }
    const refused = await client.submit(`/nl/practices/${practice.slug}/report`, {
      reason: 'other',
      details: 'Nog iets',
    });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.match(refused.body, />Nog iets<\/textarea>/);
  });

  test('without the box ticked nobody has to give an address: the question goes all the same', async () => {
    const message = 'Did the help line need a budget for phones?';
    const res = await t().client().submit(`/en/practices/${practice.slug}/ask`, { name: 'Jan', message });
    assert.equal(res.status, 303);
    assert.ok((await t().mails()).some((m) => m.to === 'an.peeters@example.be' && m.text.includes(message)));
  });
});
