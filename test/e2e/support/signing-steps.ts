import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { charterFor, currentVersion } from '../../../src/features/charter/service.ts';
import { normaliseEnterpriseNumber } from '../../../src/features/organisations/enterprise-number.ts';
import { focused, linkInMail, navigate, onServer } from './journey.ts';
import { exact, group, PASSWORD, pathOf, statusOf, type SentApplication, type SigningRun } from './signing-run.ts';

// The signing journey's steps taken by the people who sign: the applicant (an account, then the
// application) and the executive (their own link, the charter, the signature). Each step starts
// where the one before left the browser; approval-steps.ts has what the secretariat and the
// public see.

/** A new person: the home page → "sign the charter" → "create an account" → the sign-up form, sent. */
export async function applicantSignsUp(run: SigningRun): Promise<Page> {
  const { server, lang, t, check, applicant } = run;
  const person = await run.journey.person('applicant');
  await check(person, await person.goto(`${server.baseUrl}/${lang}`));
  assert.equal(await person.getByRole('heading', { level: 1 }).innerText(), t('home.heading'));
  await check(
    person,
    await navigate(person, () =>
      person
        .getByRole('link', exact(t('home.sign')))
        .first()
        .click(),
    ),
  );
  assert.equal(pathOf(person), `/${lang}/sign`);
  await check(
    person,
    await navigate(person, () => person.getByRole('link', exact(t('signing.intro.createAccount'))).click()),
  );
  assert.equal(pathOf(person), `/${lang}/sign-up`);

  if (run.javaScript) await emptySignUpMovesFocus(run, person);
  await person.getByLabel(t('accounts.field.name.label'), { exact: true }).fill(applicant.name);
  await person.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(applicant.email);
  await person.getByLabel(t('accounts.field.choosePassword.label'), { exact: true }).fill(PASSWORD);
  await check(
    person,
    await navigate(person, () => person.getByRole('button', exact(t('accounts.signUp.submit'))).click()),
  );
  assert.equal(pathOf(person), `/${lang}/sign-up/sent`);
  assert.equal(await person.getByRole('heading', { level: 1 }).innerText(), t('accounts.checkEmail.signUp.title'));
  return person;
}

/** With JavaScript, sending the empty form: the summary takes focus; its first link moves focus to the field. */
async function emptySignUpMovesFocus(run: SigningRun, person: Page): Promise<void> {
  await run.check(
    person,
    await navigate(person, () => person.getByRole('button', exact(run.t('accounts.signUp.submit'))).click()),
    400,
  );
  assert.match((await focused(person)).className, /error-summary/, 'the error summary has focus');
  await person.locator('.error-summary a').first().click();
  assert.equal((await focused(person)).id, 'field-name', 'the summary link focuses the field');
}

/** The confirmation mail, opened in the same browser: still signed in since sign-up, straight back to the form. */
export async function applicantConfirmsAndSignsIn(run: SigningRun, person: Page): Promise<void> {
  const { server, lang, t, check, applicant } = run;
  const verify = linkInMail(await server.mails(), applicant.email, '/verify-email/');
  await check(person, await person.goto(onServer(verify, server.baseUrl)));
  await check(
    person,
    await navigate(person, () => person.getByRole('button', exact(t('accounts.verify.submit'))).click()),
  );
  // Back where they were going when they chose "create an account": the application form, no second sign-in.
  assert.equal(pathOf(person), `/${lang}/sign/apply`);
  assert.ok(await person.getByText(t('accounts.flash.emailVerified')).isVisible(), 'the address is confirmed');
}

/** The application form, filled in and sent: the application waits for the executive's signature. */
export async function applicantApplies(run: SigningRun, person: Page): Promise<SentApplication> {
  const { server, lang, t } = run;
  await fillOrganisation(run, person);
  await fillExecutive(run, person);
  await run.check(
    person,
    await navigate(person, () => person.getByRole('button', exact(t('signing.apply.send'))).click()),
  );
  const applicationPath = pathOf(person);
  assert.match(applicationPath, new RegExp(`^/${lang}/sign/applications/[0-9a-f-]{36}$`));
  const applicationId = applicationPath.split('/').pop()!;
  assert.ok(await person.getByText(t('signing.flash.sent')).isVisible(), 'the application is sent');
  assert.ok(
    await person.getByText(t('signing.status.awaiting_executive'), { exact: true }).isVisible(),
    'it waits for the executive',
  );

  const digits = normaliseEnterpriseNumber(run.organisation.enterpriseNumber)!;
  const org = await server.db
    .selectFrom('organisations')
    .select(['id', 'slug', 'status'])
    .where('enterprise_number', '=', digits)
    .executeTakeFirstOrThrow();
  assert.equal(org.status, 'applicant');
  return { id: applicationId, orgId: org.id, slug: org.slug };
}

/** The organisation's part of the form: who it is, and the profile the directory will show. */
async function fillOrganisation(run: SigningRun, person: Page): Promise<void> {
  const { lang, t, organisation } = run;
  await person
    .getByLabel(t('signing.apply.enterpriseNumber.label'), { exact: true })
    .fill(organisation.enterpriseNumber);
  await person.getByLabel(t('signing.profile.legalName.label'), { exact: true }).fill(organisation.name);
  await group(person, t('signing.profile.sector.label'))
    .getByLabel(t('organisations.sector.nonprofit'), { exact: true })
    .check();
  await group(person, t('signing.profile.size.label'))
    .getByLabel(t('organisations.size.small'), { exact: true })
    .check();
  const regions = group(person, t('signing.profile.regions.label'));
  await regions.getByLabel(t('organisations.region.brussels'), { exact: true }).check();
  await regions
    .getByLabel(t(lang === 'fr' ? 'organisations.region.wallonia' : 'organisations.region.flanders'), {
      exact: true,
    })
    .check();
  await group(person, t('signing.profile.languages.label'))
    .getByLabel(t(`organisations.language.${lang}`), { exact: true })
    .check();
  const description = person.getByLabel(`${t(`signing.profile.description.${lang}`)} (${t('form.optional')})`, {
    exact: true,
  });
  await description.fill(organisation.description);
  // With JavaScript a live count replaces the static "at most 1,000 characters" (which also
  // shows that JavaScript really is off in the other runs).
  const count = await person.locator(`#field-description_${lang}-count`).textContent();
  assert.equal(
    count,
    run.javaScript
      ? t('form.charactersLeft', { count: run.fmt.number(1000 - organisation.description.length) })
      : t('form.maxCharacters', { max: 1000 }),
  );
}

/** The executive's part of the form: the person who will sign, and the language their mail is in. */
async function fillExecutive(run: SigningRun, person: Page): Promise<void> {
  const { lang, t, executive } = run;
  await person.getByLabel(t('signing.apply.executiveName.label'), { exact: true }).fill(executive.name);
  await person.getByLabel(t('signing.apply.executiveTitle.label'), { exact: true }).fill(executive.title);
  await person.getByLabel(t('signing.apply.executiveEmail.label'), { exact: true }).fill(executive.email);
  const mailLang = group(person, t('signing.apply.executiveLang.label')).getByLabel(
    t(`organisations.language.${lang}`),
    { exact: true },
  );
  assert.ok(await mailLang.isChecked(), 'the executive is written to in the page language unless told otherwise');
}

/** The executive opens their own link in their own browser, reads the charter, and signs. */
export async function executiveSigns(run: SigningRun, application: SentApplication): Promise<void> {
  const { server, lang, t, check, executive } = run;
  const orgName = run.organisation.name;
  const confirmLink = linkInMail(await server.mails(), executive.email, '/sign/confirm/');
  assert.ok(new URL(confirmLink).pathname.startsWith(`/${lang}/sign/confirm/`), 'the link is in the chosen language');
  const boss = await run.journey.person('executive');
  await check(boss, await boss.goto(onServer(confirmLink, server.baseUrl)));
  assert.equal(await boss.getByRole('heading', { level: 1 }).innerText(), t('signing.confirm.title', { org: orgName }));
  await charterIsShown(run, boss);
  assert.equal(await boss.getByLabel(t('signing.confirm.signerName'), { exact: true }).inputValue(), executive.name);
  const commit = boss.getByLabel(t('signing.confirm.commitLabel', { org: orgName }), { exact: true });
  if (run.javaScript) await signingWithoutCommitmentIsRefused(run, boss, application);
  await commit.check();
  await check(boss, await navigate(boss, () => boss.getByRole('button', exact(t('signing.confirm.sign'))).click()));
  assert.equal(await boss.getByRole('heading', { level: 1 }).innerText(), t('signing.done.signed.title'));
  assert.equal(await statusOf(server, application), 'awaiting_review,applicant');
}

/** The current charter, in the run's language, with the fingerprint of exactly that text. */
async function charterIsShown(run: SigningRun, boss: Page): Promise<void> {
  const version = (await currentVersion(run.server.db))!;
  const charter = (await charterFor(run.server.db, version.id, run.lang))!;
  assert.ok(await boss.getByRole('heading', { level: 2, ...exact(run.t('signing.confirm.charter')) }).isVisible());
  assert.ok(
    await boss.getByRole('heading', { level: 3, ...exact(charter.title) }).isVisible(),
    'the charter text is shown',
  );
  assert.equal(await boss.locator('code.hash').innerText(), sha256(charter.body), 'the fingerprint of the text shown');
}

/** With JavaScript, signing without ticking the commitment: refused, the summary takes focus and links to the box. */
async function signingWithoutCommitmentIsRefused(run: SigningRun, boss: Page, application: SentApplication) {
  const { t } = run;
  await run.check(
    boss,
    await navigate(boss, () => boss.getByRole('button', exact(t('signing.confirm.sign'))).click()),
    400,
  );
  assert.match((await focused(boss)).className, /error-summary/, 'the error summary has focus');
  assert.ok((await boss.title()).startsWith(`${t('form.errorPrefix')} `), 'the title says there is a problem');
  assert.equal(await boss.locator('.error-summary a').first().getAttribute('href'), '#field-commit');
  await boss.locator('.error-summary a').first().click();
  assert.equal((await focused(boss)).id, 'field-commit');
  assert.equal(await statusOf(run.server, application), 'awaiting_executive,applicant');
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
