import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachEngine } from '../support/harness.ts';
import {
  clearRateLimits,
  createOrganisation,
  createUser,
  localPath,
  signedInClient,
  TEST_PASSWORD,
  type TestUser,
} from '../support/accounts.ts';
import { addMs, now } from '../../src/platform/db/sql.ts';
import type { Principal } from '../../src/platform/auth/principal.ts';
import { confirmEmailChange, setupAdmin, verifyEmail } from '../../src/features/accounts/service.ts';
import { resetPassword } from '../../src/features/accounts/service-recovery.ts';
import { announceSetupLink } from '../../src/features/accounts/setup.ts';
import { acceptInvitation, cancelInvitation, inviteMember } from '../../src/features/organisations/invitations.ts';
import { changeRole, removeMember } from '../../src/features/organisations/members.ts';
import { withdrawFromCharter } from '../../src/features/organisations/withdrawal.ts';
import { approveApplication, declineAsExecutive, signAsExecutive } from '../../src/features/signing/service.ts';
import { directoryPage, publicProfile, wholeSelection } from '../../src/features/signatories/service.ts';
import { DEFAULT_FILTER } from '../../src/features/signatories/query.ts';
import {
  applicationIdFrom,
  ensureCharter,
  executiveLink,
  submitApplication,
  validApplication,
} from '../../src/features/signing/test-support.ts';

// The service-level half of the critical rules. Each is also held over HTTP elsewhere (named
// beside each test), so that a rule survives a route that forgets it and a service that does.
describeEachEngine('critical rules, held by the services themselves', (t) => {
  before(async () => {
    await ensureCharter(t());
  });

  const deps = () => t().app.deps;

  /** A principal as a forged or stale session would present it: it claims to administer `orgIds`. */
  function claiming(user: TestUser, orgIds: string[]): Principal {
    return {
      userId: user.id,
      sessionIdHash: '',
      name: user.name,
      email: user.email,
      locale: 'en',
      emailVerified: true,
      isSecretariat: false,
      memberships: orgIds.map((orgId) => ({ orgId, orgSlug: '', orgName: '', role: 'admin' as const })),
    };
  }

  async function lastLink(to: string, path: RegExp): Promise<string> {
    const mail = (await t().mails()).filter((m) => m.to.includes(to)).pop();
    const link = mail?.links.find((l) => path.test(l));
    assert.ok(link, `a mail to ${to} with its link`);
    return link;
  }
  const tokenOf = (link: string) => localPath(link).split('/').pop()!;

  /** Every one-time link in the database ended a minute ago. */
  async function everyLinkExpired() {
    const past = addMs(now(), -60_000);
    await t().db.updateTable('tokens').set({ expires_at: past }).execute();
    await t().db.updateTable('invitations').set({ expires_at: past }).execute();
    await t()
      .db.updateTable('applications')
      .set({ token_expires_at: past })
      .where('token_expires_at', 'is not', null)
      .execute();
  }

  // HTTP: test/platform/lifetimes.test.ts (each kind, a minute after its end), journey and members tests.
  test('every kind of expired link is refused by its service, and nothing changes', async () => {
    const { db } = t();
    await clearRateLimits(db);
    // Set-up link first: it exists only while no secretariat account does.
    const setupToken = tokenOf((await announceSetupLink(db, t().config, () => {}))!);

    const unverified = await createUser(db, { verified: false, locale: 'en' });
    await t().client().submit('/en/resend-verification', { email: unverified.email });
    const verifyToken = tokenOf(await lastLink(unverified.email, /\/verify-email\//));

    const forgetful = await createUser(db, { locale: 'en' });
    await t().client().submit('/en/forgot-password', { email: forgetful.email });
    const resetToken = tokenOf(await lastLink(forgetful.email, /\/reset-password\//));

    const mover = await createUser(db, { locale: 'en' });
    await (
      await signedInClient(t(), mover)
    ).submit('/en/account/email', { email: 'new.home@example.be', current_password: TEST_PASSWORD });
    const changeToken = tokenOf(await lastLink('new.home@example.be', /\/confirm-email\//));

    const admin = await createUser(db, { locale: 'en' });
    const joiner = await createUser(db, { locale: 'en', email: 'joiner.late@example.be' });
    const org = await createOrganisation(db, { members: [{ user: admin, role: 'admin' }] });
    await (
      await signedInClient(t(), admin)
    ).submit(`/en/organisations/${org.id}/members/invite`, { email: joiner.email, role: 'member' });
    const inviteToken = tokenOf(await lastLink(joiner.email, /\/invitations\//));

    const applicant = await createUser(db, { locale: 'en' });
    const applicationId = applicationIdFrom(
      await submitApplication(
        await signedInClient(t(), applicant),
        validApplication({ executiveEmail: 'late.boss@example.be' }),
        { lang: 'en' },
      ),
    );
    const signToken = (await executiveLink(t(), 'late.boss@example.be')).token;

    await everyLinkExpired();

    assert.deepEqual(await verifyEmail(db, verifyToken), { ok: false, problem: 'expired' });
    assert.deepEqual(await resetPassword(deps(), resetToken, 'a brand new long passphrase'), {
      ok: false,
      problem: 'expired',
    });
    assert.deepEqual(await confirmEmailChange(db, changeToken), { ok: false, problem: 'expired' });
    const setup = await setupAdmin(
      deps(),
      setupToken,
      { name: 'Late Admin', email: 'late.admin@example.be', password: 'a brand new long passphrase' },
      'en',
      null,
    );
    assert.deepEqual(setup, { ok: false, problem: 'expired' });
    const accepted = await acceptInvitation(deps(), claiming(joiner, []), inviteToken);
    assert.equal(accepted.ok, false);
    assert.equal(!accepted.ok && accepted.error.kind, 'expired');
    const shownHash = 'x'.repeat(64);
    assert.deepEqual(
      await signAsExecutive(deps(), signToken, 'en', { signerName: 'Late', signerTitle: 'Boss', shownHash }),
      { ok: false, link: 'expired' },
    );
    assert.deepEqual(await declineAsExecutive(deps(), signToken, undefined), { ok: false, link: 'expired' });

    // Nothing happened: still unverified, same password, same address, no secretariat, no member, no signature.
    const users = await db
      .selectFrom('users')
      .select(['id', 'email', 'email_verified_at', 'password_hash', 'is_secretariat'])
      .execute();
    assert.equal(users.find((u) => u.id === unverified.id)!.email_verified_at, null);
    assert.equal(users.find((u) => u.id === mover.id)!.email, mover.email);
    assert.ok(!users.some((u) => u.is_secretariat === 1 || u.email === 'late.admin@example.be'));
    assert.equal(
      users.find((u) => u.id === forgetful.id)!.password_hash,
      users.find((u) => u.id === mover.id)!.password_hash,
      'the test password is unchanged',
    );
    assert.equal(
      (await db.selectFrom('memberships').select('user_id').where('user_id', '=', joiner.id).execute()).length,
      0,
    );
    assert.equal(
      (await db.selectFrom('signatures').select('id').where('application_id', '=', applicationId).execute()).length,
      0,
    );
    const app = await db
      .selectFrom('applications')
      .select('status')
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(app.status, 'awaiting_executive');
  });

  // HTTP: src/features/signing/secretariat.test.ts (approve answers 409 before the signature).
  test('no approval before the executive signs, even for an application marked as waiting for review', async () => {
    const applicant = await createUser(t().db, { locale: 'en' });
    const secretary = await createUser(t().db, { secretariat: true });
    const id = applicationIdFrom(
      await submitApplication(
        await signedInClient(t(), applicant),
        validApplication({ executiveEmail: 'unsigned@example.be' }),
        { lang: 'en' },
      ),
    );
    assert.deepEqual(await approveApplication(deps(), id, secretary.id), {
      ok: false,
      errors: { _form: 'signing.error.notReviewable' },
    });
    // A status moved by hand (or by a bug) is not enough: approval needs the signature itself.
    await t().db.updateTable('applications').set({ status: 'awaiting_review' }).where('id', '=', id).execute();
    assert.deepEqual(await approveApplication(deps(), id, secretary.id), {
      ok: false,
      errors: { _form: 'signing.error.notReviewable' },
    });
    const app = await t()
      .db.selectFrom('applications')
      .select(['status', 'org_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(app.status, 'awaiting_review');
    const org = await t()
      .db.selectFrom('organisations')
      .select('status')
      .where('id', '=', app.org_id)
      .executeTakeFirstOrThrow();
    assert.equal(org.status, 'applicant', 'the organisation is not a signatory');
  });

  // HTTP: test/platform/route-walk.test.ts (the "other" column: 403 on every organisation route).
  test('an admin of one organisation cannot act for another, even with a session that claims it', async () => {
    const { db } = t();
    const outsider = await createUser(db);
    const admin = await createUser(db);
    const member = await createUser(db);
    await createOrganisation(db, { members: [{ user: outsider, role: 'admin' }] });
    const target = await createOrganisation(db, {
      members: [
        { user: admin, role: 'admin' },
        { user: member, role: 'member' },
      ],
    });
    await (
      await signedInClient(t(), admin)
    ).submit(`/en/organisations/${target.id}/members/invite`, { email: 'pending@example.be', role: 'member' });
    const invitation = await db
      .selectFrom('invitations')
      .select('id')
      .where('org_id', '=', target.id)
      .executeTakeFirstOrThrow();
    const forged = claiming(outsider, [target.id]);
    const before = await db.selectFrom('audit_log').select('id').where('subject_id', '=', target.id).execute();

    assert.deepEqual(await changeRole(deps(), forged, target.id, member.id, 'admin'), {
      ok: false,
      errors: {},
      error: 'forbidden',
    });
    assert.deepEqual(await removeMember(deps(), forged, target.id, member.id), { ok: false, errors: {}, error: 'forbidden' });
    assert.deepEqual(await withdrawFromCharter(deps(), forged, target.id, 'Not ours'), {
      ok: false,
      errors: {},
      error: 'forbidden',
    });
    assert.deepEqual(
      await inviteMember(deps(), forged, target.id, { email: 'intruder@example.org', role: 'admin' }, 'en'),
      { ok: false, errors: {}, error: 'forbidden' },
    );
    assert.deepEqual(await cancelInvitation(deps(), forged, target.id, invitation.id), {
      ok: false,
      errors: {},
      error: 'forbidden',
    });

    const members = await db
      .selectFrom('memberships')
      .select(['user_id', 'role'])
      .where('org_id', '=', target.id)
      .orderBy('user_id')
      .execute();
    assert.deepEqual(
      members,
      [
        { user_id: admin.id, role: 'admin' },
        { user_id: member.id, role: 'member' },
      ].sort((a, b) => a.user_id.localeCompare(b.user_id)),
    );
    const org = await db
      .selectFrom('organisations')
      .select('status')
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    assert.equal(org.status, 'signatory');
    assert.equal((await db.selectFrom('invitations').select('id').where('org_id', '=', target.id).execute()).length, 1);
    assert.deepEqual(
      await db.selectFrom('audit_log').select('id').where('subject_id', '=', target.id).execute(),
      before,
      'no audit line',
    );
  });

  // HTTP: src/features/signatories/directory.test.ts (hidden unless the box is ticked).
  test('an organisation that withdraws leaves the directory, its open data and its profile', async () => {
    const { db } = t();
    const admin = await createUser(db);
    const org = await createOrganisation(db, { name: 'Leaving Soon vzw', members: [{ user: admin, role: 'admin' }] });
    const listed = async (includeWithdrawn: boolean) => {
      const filter = { ...DEFAULT_FILTER, includeWithdrawn };
      const page = await directoryPage(db, filter, null, 1000);
      return {
        page: page.items.some((i) => i.slug === org.slug),
        open: (await wholeSelection(db, filter)).some((i) => i.slug === org.slug),
      };
    };
    assert.deepEqual(await listed(false), { page: true, open: true }, 'listed while it takes part');

    const withdrawn = await withdrawFromCharter(deps(), claiming(admin, [org.id]), org.id, 'We stopped our work');
    assert.equal(withdrawn.ok, true);
    assert.deepEqual(await listed(false), { page: false, open: false }, 'gone from the directory and the open data');
    assert.deepEqual(await listed(true), { page: true, open: true }, 'still found by whoever asks for those that left');
    const api = await t().client().get('/api/v1/signatories.json');
    assert.ok(!api.body.includes(org.slug), 'not in the open data file');
    const profile = await publicProfile(db, org.slug);
    assert.equal(profile?.status, 'withdrawn', 'its profile says it withdrew');
  });
});
