import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import {
  clearRateLimits,
  createUser,
  localPath,
  signedInClient,
  TEST_PASSWORD,
  type TestUser,
} from '../support/accounts.ts';
import { createOrganisation } from '../support/accounts.ts';
import { Client } from '../support/client.ts';
import { addMs } from '../../src/platform/db/sql.ts';
import { housekeeping } from '../../src/platform/jobs/housekeeping.ts';
import { announceSetupLink } from '../../src/features/accounts/setup.ts';
import {
  applicationIdFrom,
  ensureCharter,
  executiveLink,
  submitApplication,
  validApplication,
} from '../../src/features/signing/test-support.ts';

// How long each one-time link works and how long personal data and audit lines are kept, pinned
// in days and hours written here, not read from the code's constants: lengthening or shortening
// any of them in the code makes this file fail. Each check creates the thing the way a person
// does, moves its stored times back to just before and just after the limit, and looks at what a
// person then sees.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Five years of 365.25 days: what the privacy notice promises, to the day. */
const FIVE_YEARS = 1826 * DAY + 6 * HOUR;

describeEachEngine('how long links work and data is kept', (t) => {
  before(async () => {
    await ensureCharter(t());
  });

  /** Moves a link's stored times back by `ms`, as if it had been sent that long ago. */
  async function age(
    table: 'tokens' | 'invitations' | 'applications',
    where: { column: string; value: string },
    ms: number,
  ) {
    const { db } = t();
    if (table === 'applications') {
      const row = await db
        .selectFrom('applications')
        .select(['token_expires_at', 'submitted_at'])
        .where('id', '=', where.value)
        .executeTakeFirstOrThrow();
      await db
        .updateTable('applications')
        .set({ token_expires_at: addMs(row.token_expires_at!, -ms), submitted_at: addMs(row.submitted_at, -ms) })
        .where('id', '=', where.value)
        .execute();
      return;
    }
    if (table === 'tokens') {
      const row = await db
        .selectFrom('tokens')
        .select(['expires_at', 'created_at'])
        .where('kind', '=', where.value as never)
        .executeTakeFirstOrThrow();
      await db
        .updateTable('tokens')
        .set({ expires_at: addMs(row.expires_at, -ms), created_at: addMs(row.created_at, -ms) })
        .where('kind', '=', where.value as never)
        .execute();
      return;
    }
    const row = await db
      .selectFrom('invitations')
      .select(['expires_at', 'created_at'])
      .where('id', '=', where.value)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('invitations')
      .set({ expires_at: addMs(row.expires_at, -ms), created_at: addMs(row.created_at, -ms) })
      .where('id', '=', where.value)
      .execute();
  }

  /**
   * The link still works a minute before `lifetime` has passed (the page offers its form), and
   * a minute after it the page says the link has expired (410, no form).
   */
  async function worksFor(
    link: string,
    lifetime: number,
    move: (ms: number) => Promise<void>,
    offers = /name="_csrf"/,
  ) {
    await move(lifetime - MINUTE);
    const working = await t().client().get(link);
    assert.equal(working.status, 200, `${link} works a minute before its end`);
    assert.match(working.body, offers, 'the page offers what the link is for');
    await move(2 * MINUTE);
    const expired = await t().client().get(link);
    assert.equal(expired.status, 410, `${link} has expired a minute after its end`);
    assert.doesNotMatch(expired.body, offers, 'nothing to do with it any more');
  }

  const mailLink = async (to: string, path: RegExp) => {
    const mail = (await t().mails()).filter((m) => m.to.includes(to)).pop();
    assert.ok(mail, `a mail to ${to}`);
    const link = mail.links.find((l) => path.test(l));
    assert.ok(link, `the mail to ${to} holds the link`);
    return localPath(link);
  };

  test('the set-up link for the first secretariat account works 24 hours', async () => {
    // Before any secretariat account exists (the other tests create theirs later).
    const url = await announceSetupLink(t().db, t().config, () => {});
    assert.ok(url);
    await worksFor(localPath(url), 24 * HOUR, (ms) => age('tokens', { column: 'kind', value: 'setup_admin' }, ms));
  });

  test('the link to confirm an address works 48 hours', async () => {
    await clearRateLimits(t().db);
    const user = await createUser(t().db, { verified: false, locale: 'en' });
    assert.equal((await t().client().submit('/en/resend-verification', { email: user.email })).status, 303);
    const link = await mailLink(user.email, /\/verify-email\//);
    await worksFor(link, 48 * HOUR, (ms) => age('tokens', { column: 'kind', value: 'verify_email' }, ms));
  });

  test('the password reset link works 1 hour', async () => {
    await clearRateLimits(t().db);
    const user = await createUser(t().db, { locale: 'en' });
    assert.equal((await t().client().submit('/en/forgot-password', { email: user.email })).status, 303);
    const link = await mailLink(user.email, /\/reset-password\//);
    await worksFor(link, 1 * HOUR, (ms) => age('tokens', { column: 'kind', value: 'reset_password' }, ms));
  });

  test('the link to confirm a new e-mail address works 24 hours', async () => {
    await clearRateLimits(t().db);
    const user = await createUser(t().db, { locale: 'en' });
    const client = await signedInClient(t(), user);
    const res = await client.submit('/en/account/email', {
      email: 'moved@example.be',
      current_password: TEST_PASSWORD,
    });
    assert.equal(res.status, 303);
    const link = await mailLink('moved@example.be', /\/confirm-email\//);
    await worksFor(link, 24 * HOUR, (ms) => age('tokens', { column: 'kind', value: 'change_email' }, ms));
  });

  test('an invitation to join an organisation works 14 days', async () => {
    const admin = await createUser(t().db, { locale: 'en' });
    const org = await createOrganisation(t().db, { members: [{ user: admin, role: 'admin' }] });
    const client = await signedInClient(t(), admin);
    const res = await client.submit(`/en/organisations/${org.id}/members/invite`, {
      email: 'joiner@example.be',
      role: 'member',
    });
    assert.equal(res.status, 303);
    const link = await mailLink('joiner@example.be', /\/invitations\//);
    const { id } = await t()
      .db.selectFrom('invitations')
      .select('id')
      .where('org_id', '=', org.id)
      .executeTakeFirstOrThrow();
    // Someone without an account is offered to create one, with the invitation kept.
    await worksFor(link, 14 * DAY, (ms) => age('invitations', { column: 'id', value: id }, ms), /\/sign-up\?next=/);
  });

  test("the executive's signing link works 14 days", async () => {
    const applicant = await createUser(t().db, { locale: 'en' });
    const id = applicationIdFrom(
      await submitApplication(
        await signedInClient(t(), applicant),
        validApplication({ executiveEmail: 'head@example.be' }),
        { lang: 'en' },
      ),
    );
    const link = await executiveLink(t(), 'head@example.be');
    await worksFor(link.path, 14 * DAY, (ms) => age('applications', { column: 'id', value: id }, ms));
  });

  // ---- retention: the privacy notice's five years
  {
    let secretary: TestUser;
    let applicationId: string;
    const reviewPage = async () =>
      (await signedInClient(t(), secretary)).get(`/en/secretariat/applications/${applicationId}`);

    /** Moves the rejected application and its audit lines back by `ms` from now, then housekeeping runs. */
    async function rejectedAgo(ms: number) {
      const at = addMs(new Date().toISOString(), -ms);
      await t()
        .db.updateTable('applications')
        .set({ updated_at: at, decided_at: at })
        .where('id', '=', applicationId)
        .execute();
      await t().db.updateTable('audit_log').set({ at }).where('subject_id', '=', applicationId).execute();
      await housekeeping(t().db, t().registry, t().config);
    }

    test('a rejected application keeps its names and history until five years have passed', async () => {
      secretary = await createUser(t().db, { secretariat: true, locale: 'en' });
      const applicant = await createUser(t().db, { locale: 'en' });
      applicationId = applicationIdFrom(
        await submitApplication(
          await signedInClient(t(), applicant),
          validApplication({ executiveName: 'Ilse Verbruggen', executiveEmail: 'ilse@example.be' }),
          { lang: 'en' },
        ),
      );
      const rejected = await (
        await signedInClient(t(), secretary)
      ).submit(
        `/en/secretariat/applications/${applicationId}`,
        { reason: 'Not an organisation based in Belgium' },
        `/en/secretariat/applications/${applicationId}/reject`,
      );
      assert.equal(rejected.status, 303);

      await rejectedAgo(FIVE_YEARS - DAY);
      const page = await reviewPage();
      assert.match(page.body, /Ilse Verbruggen/, 'the executive is still named');
      assert.match(page.body, />Application sent</, 'the history still has its lines');
      assert.match(page.body, />Rejected</);
      assert.doesNotMatch(page.body, /Removed after five years/);
    });

    test('five years and a day after it ended, the names are blanked and the audit lines are gone', async () => {
      await rejectedAgo(FIVE_YEARS + DAY);
      const page = await reviewPage();
      assert.equal(page.status, 200, 'the record itself stays');
      assert.doesNotMatch(page.body, /Ilse Verbruggen|ilse@example\.be/);
      assert.match(page.body, /Removed after five years/);
      assert.doesNotMatch(page.body, />Application sent</, 'the audit lines older than five years are gone');
      const left = await t().db.selectFrom('audit_log').select('id').where('subject_id', '=', applicationId).execute();
      assert.deepEqual(left, []);
    });
  }

  // ---- retention of a signed record: five years after the organisation left the charter
  {
    let secretary: TestUser;
    let applicationId: string;
    let orgId: string;

    /** The organisation's withdrawal moved back by `ms` from now, then housekeeping runs. */
    async function leftAgo(ms: number) {
      const at = addMs(new Date().toISOString(), -ms);
      await t()
        .db.updateTable('organisation_events')
        .set({ at })
        .where('org_id', '=', orgId)
        .where('kind', '=', 'withdrawn')
        .execute();
      await housekeeping(t().db, t().registry, t().config);
    }

    const signatureOnReview = async () =>
      (await (await signedInClient(t(), secretary)).get(`/en/secretariat/applications/${applicationId}`)).body;

    test('a signed record keeps the signer until five years after the organisation left', async () => {
      const { db } = t();
      secretary = await createUser(db, { secretariat: true, locale: 'en' });
      const applicant = await createUser(db, { locale: 'en' });
      const applicantClient = await signedInClient(t(), applicant);
      applicationId = applicationIdFrom(
        await submitApplication(applicantClient, validApplication({ executiveEmail: 'signer@example.be' }), {
          lang: 'en',
        }),
      );
      // The executive signs through their link, the secretariat approves, then the organisation leaves.
      const link = await executiveLink(t(), 'signer@example.be');
      const executive = t().client();
      const page = await executive.get(link.path);
      const hash = page.body.match(/name="textHash" value="([a-f0-9]{64})"/)![1]!;
      const signed = await executive.post(
        link.path,
        { signerName: 'Marleen Claes', signerTitle: 'Directeur', commit: 'yes', textHash: hash, action: 'sign' },
        Client.csrfOf(page.body),
      );
      assert.equal(signed.status, 303);
      const approved = await (
        await signedInClient(t(), secretary)
      ).submit(
        `/en/secretariat/applications/${applicationId}`,
        {},
        `/en/secretariat/applications/${applicationId}/approve`,
      );
      assert.equal(approved.status, 303);
      orgId = (
        await db.selectFrom('applications').select('org_id').where('id', '=', applicationId).executeTakeFirstOrThrow()
      ).org_id;
      const reason = await applicantClient.submit(`/en/organisations/${orgId}/withdraw`, { reason: 'We closed' });
      assert.equal(reason.status, 200, 'the confirmation step');
      const left = await applicantClient.post(
        `/en/organisations/${orgId}/withdraw/confirm`,
        { reason: 'We closed', step: 'confirm' },
        Client.csrfOf(reason.body),
      );
      assert.equal(left.status, 303, 'the organisation withdrew');

      await leftAgo(FIVE_YEARS - DAY);
      const body = await signatureOnReview();
      assert.match(body, /Marleen Claes, Directeur/, 'the signer is still named');
      assert.doesNotMatch(body, /Removed after five years/);
    });

    test('five years and a day after it left, the signer is blanked and the record stays', async () => {
      await leftAgo(FIVE_YEARS + DAY);
      const body = await signatureOnReview();
      assert.doesNotMatch(body, /Marleen Claes|signer@example\.be/);
      assert.match(body, /Removed after five years/);
      const signature = await t()
        .db.selectFrom('signatures')
        .select(['signed_at', 'text_hash'])
        .where('application_id', '=', applicationId)
        .executeTakeFirstOrThrow();
      assert.match(signature.text_hash, /^[a-f0-9]{64}$/, 'the fingerprint of the signed text stays');
    });
  }
});
