import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { navigate } from './journey.ts';
import { codeFor, setUpSecondFactor, typeCode } from './second-factor.ts';
import {
  exact,
  pathOf,
  searchDirectory,
  SECRETARIAT,
  statusOf,
  type SentApplication,
  type SigningRun,
} from './signing-run.ts';

// The signing journey's steps taken by those who decide and those who look: the secretariat
// (which may approve only what the executive has signed) and an anonymous visitor (who may see
// only approved signatories). signing-steps.ts has the applicant's and the executive's steps.

/** An anonymous visitor: the organisation has no public profile yet and the directory does not list it. */
export async function visitorCannotFindIt(run: SigningRun, application: SentApplication): Promise<Page> {
  const { server, lang, check } = run;
  const visitor = await run.journey.person('visitor');
  await check(visitor, await visitor.goto(`${server.baseUrl}/${lang}/signatories/${application.slug}`), 404);
  await check(visitor, await visitor.goto(`${server.baseUrl}/${lang}/signatories`));
  assert.equal(
    await searchDirectory(run, visitor, run.organisation.name),
    false,
    'not listed before the executive signs',
  );
  return visitor;
}

/** The key of the secretariat's authenticator, per server, once the first journey has set it up. */
const secretariatKeys = new Map<string, string>();

/**
 * The secretariat opens its page, which asks it to sign in first and then brings it back. The
 * password alone is not enough: the first time the account sets up two-step sign-in (it has
 * none after the set-up link), later it types a code from the app.
 */
export async function secretariatSignsIn(run: SigningRun): Promise<Page> {
  const { server, lang, t, check } = run;
  const secretariat = await run.journey.person('secretariat');
  await check(secretariat, await secretariat.goto(`${server.baseUrl}/${lang}/secretariat`));
  assert.equal(pathOf(secretariat), `/${lang}/sign-in`, 'the secretariat page asks to sign in first');
  await secretariat.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(SECRETARIAT.email);
  await secretariat.getByLabel(t('accounts.field.password.label'), { exact: true }).fill(SECRETARIAT.password);
  await check(
    secretariat,
    await navigate(secretariat, () => secretariat.getByRole('button', exact(t('accounts.signIn.submit'))).click()),
  );
  const key = secretariatKeys.get(server.baseUrl);
  if (key) {
    assert.equal(pathOf(secretariat), `/${lang}/sign-in/code`, 'then the code from the app');
    await typeCode(secretariat, t, check, await codeFor(server.db, SECRETARIAT.email, key));
  } else {
    assert.equal(pathOf(secretariat), `/${lang}/account/second-factor`, 'no secretariat page before two-step sign-in');
    const { secret } = await setUpSecondFactor(secretariat, t, check, server.db, SECRETARIAT.email);
    secretariatKeys.set(server.baseUrl, secret);
    await check(
      secretariat,
      await navigate(secretariat, () => secretariat.getByRole('link', exact(t('accounts.recoveryCodes.done'))).click()),
    );
  }
  assert.equal(pathOf(secretariat), `/${lang}/secretariat`, 'and comes back to it');
  return secretariat;
}

/**
 * From the secretariat's page: the application is not in the queue to review, only under the
 * "awaiting the executive" filter, and its page offers no way to approve it.
 */
export async function secretariatCannotApproveYet(
  run: SigningRun,
  secretariat: Page,
  application: SentApplication,
): Promise<void> {
  const { lang, t, check } = run;
  const orgName = run.organisation.name;
  await check(
    secretariat,
    await navigate(secretariat, () => secretariat.getByRole('link', exact(t('signing.secretariat.openQueue'))).click()),
  );
  assert.equal(await secretariat.getByRole('link', exact(orgName)).count(), 0, 'not among the applications to review');
  await secretariat
    .getByLabel(t('signing.queue.filter'), { exact: true })
    .selectOption({ label: t('signing.status.awaiting_executive') });
  await check(
    secretariat,
    await navigate(secretariat, () => secretariat.getByRole('button', exact(t('signing.queue.show'))).click()),
  );
  await check(secretariat, await navigate(secretariat, () => secretariat.getByRole('link', exact(orgName)).click()));
  assert.equal(pathOf(secretariat), `/${lang}/secretariat/applications/${application.id}`);
  assert.equal(
    await secretariat.getByRole('button', exact(t('signing.review.approve.button'))).count(),
    0,
    'no approve button',
  );
  assert.ok(await secretariat.getByText(t('signing.review.approve.notYet')).isVisible());
  assert.ok(await secretariat.getByText(t('signing.review.noSignature')).isVisible());
  await forcedApprovalIsRefused(run, secretariat, application);
  assert.equal(await statusOf(run.server, application), 'awaiting_executive,applicant');
}

/** A missing button is not enough: a hand-made request to approve is refused too. */
async function forcedApprovalIsRefused(run: SigningRun, secretariat: Page, application: SentApplication) {
  const { server, lang, t } = run;
  const csrf = await secretariat.locator('input[name="_csrf"]').first().inputValue();
  const forced = await secretariat
    .context()
    .request.post(`${server.baseUrl}/${lang}/secretariat/applications/${application.id}/approve`, {
      form: { _csrf: csrf },
      maxRedirects: 0,
    });
  assert.equal(forced.status(), 409, 'approving before the executive signs is refused');
  assert.ok((await forced.text()).includes(t('signing.error.notReviewable')), 'and the page says why');
}

/** The secretariat, once the executive has signed: the queue, the application with its signature, approve. */
export async function secretariatApproves(
  run: SigningRun,
  secretariat: Page,
  application: SentApplication,
): Promise<void> {
  const { lang, t, check, executive } = run;
  const secNav = secretariat.getByRole('navigation', exact(t('layout.mainNav')));
  await check(
    secretariat,
    await navigate(secretariat, () => secNav.getByRole('link', exact(t('layout.nav.secretariat'))).click()),
  );
  await check(
    secretariat,
    await navigate(secretariat, () => secretariat.getByRole('link', exact(t('signing.secretariat.openQueue'))).click()),
  );
  await check(
    secretariat,
    await navigate(secretariat, () => secretariat.getByRole('link', exact(run.organisation.name)).click()),
  );
  assert.ok(
    await secretariat.getByText(`${executive.name}, ${executive.title}`, { exact: true }).first().isVisible(),
    'the signature is shown',
  );
  await check(
    secretariat,
    await navigate(secretariat, () =>
      secretariat.getByRole('button', exact(t('signing.review.approve.button'))).click(),
    ),
  );
  assert.equal(pathOf(secretariat), `/${lang}/secretariat/applications/${application.id}`);
  assert.ok(await secretariat.getByText(t('signing.flash.approved')).isVisible());
  assert.equal(await statusOf(run.server, application), 'approved,signatory');
}

/** Anyone: the home page → who signed → search → the public profile, which shows the signing date. */
export async function visitorFindsTheSignatory(
  run: SigningRun,
  visitor: Page,
  application: SentApplication,
): Promise<void> {
  const { server, lang, t, check } = run;
  const orgName = run.organisation.name;
  await check(visitor, await visitor.goto(`${server.baseUrl}/${lang}`));
  assert.equal(
    await visitor
      .getByRole('banner')
      .getByRole('link', exact(t('layout.signIn')))
      .getAttribute('href'),
    `/${lang}/sign-in?next=${encodeURIComponent(`/${lang}`)}`,
    'signing in from the home page comes back to /{lang}',
  );
  await check(visitor, await navigate(visitor, () => visitor.getByRole('link', exact(t('home.stat.link'))).click()));
  assert.equal(pathOf(visitor), `/${lang}/signatories`);
  assert.equal(await searchDirectory(run, visitor, orgName), true, 'listed once approved');
  await check(visitor, await navigate(visitor, () => visitor.getByRole('link', exact(orgName)).click()));
  assert.equal(pathOf(visitor), `/${lang}/signatories/${application.slug}`);
  assert.equal(await visitor.getByRole('heading', { level: 1 }).innerText(), orgName);
  await profileShowsTheExecutivesSigningDate(run, visitor, application);
}

/** The date on the profile is the day the executive signed, not the day the secretariat approved. */
async function profileShowsTheExecutivesSigningDate(run: SigningRun, visitor: Page, application: SentApplication) {
  const signed = await run.server.db
    .selectFrom('organisations')
    .innerJoin('applications', 'applications.org_id', 'organisations.id')
    .innerJoin('signatures', 'signatures.application_id', 'applications.id')
    .select([
      'organisations.signed_at as orgSignedAt',
      'signatures.signed_at as signedAt',
      'signatures.signer_email as signerEmail',
    ])
    .where('applications.id', '=', application.id)
    .executeTakeFirstOrThrow();
  assert.equal(signed.signerEmail, run.executive.email, 'the signature is the executive’s own');
  assert.equal(signed.orgSignedAt, signed.signedAt, 'a signatory from the day the executive signed');
  const signedOn = visitor
    .locator('.summary-list__row')
    .filter({ has: visitor.locator('dt', { hasText: run.t('signatories.profile.signedOn') }) });
  assert.equal(
    await signedOn.locator('dd').innerText(),
    run.fmt.date(signed.signedAt),
    'the profile shows the signing date',
  );
}
