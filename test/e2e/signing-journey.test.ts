import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { translator, type Lang, type Translate } from '../../src/platform/i18n/i18n.ts';
import { formatters } from '../../src/platform/i18n/format.ts';
import { announceSetupLink } from '../../src/features/accounts/setup.ts';
import { createSession, SESSION_COOKIE } from '../../src/features/accounts/sessions.ts';
import { charterFor, currentVersion } from '../../src/features/charter/service.ts';
import { normaliseEnterpriseNumber } from '../../src/features/organisations/enterprise-number.ts';
import { engines } from '../support/engines.ts';
import { clearRateLimits, createUser } from '../support/accounts.ts';
import { browserAvailable, launchBrowser } from './support/browser.ts';
import { startServer, type RunningApp } from './support/server.ts';
import {
  CheckedJourney,
  describedByText,
  focused,
  freshEnterpriseNumber,
  linkInMail,
  navigate,
  onServer,
} from './support/journey.ts';

/**
 * The whole signing journey in a real browser (Chromium through playwright-core), on SQLite and
 * PostgreSQL, in French and in Dutch, with JavaScript off and on:
 *
 *   a new person opens the home page, follows "sign the charter", creates an account, confirms
 *   their address from the mail, signs in and sends the application; the organisation is not
 *   public and the secretariat cannot approve it while the executive has not signed; the
 *   executive opens their own link, reads the charter and signs; the secretariat approves;
 *   an anonymous visitor finds the organisation in the directory and sees its signing date.
 *
 * Every page visited is checked with axe (WCAG 2.2 AA tags) and the page basics (lang, one h1,
 * skip link, landmarks, hreflang alternates); all problems are collected and asserted at the end
 * of each run. Locators are by role and label, so the test also proves the names exist.
 */

const LOCALE: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-BE' };
const PASSWORD = 'drie lange woorden achter elkaar';
const SECRETARIAT = {
  name: 'Sam Secretariaat',
  email: 'secretariaat@example.be',
  password: 'le secrétariat garde la clé',
};

const PEOPLE = {
  fr: {
    applicant: 'Camille Lefèvre',
    executive: 'Jeanne Dupont',
    title: 'Directrice générale',
    org: 'Lire et Écrire Numérique',
    description: 'Nous aidons les personnes à faire leurs premiers pas en ligne, près de chez elles.',
  },
  nl: {
    applicant: 'Pieter Janssens',
    executive: 'Els Wouters',
    title: 'Algemeen directeur',
    org: 'Digitaal Buurthuis',
    description: 'Wij helpen mensen in de buurt met hun eerste stappen online.',
  },
} as const;

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const exact = (name: string) => ({ name, exact: true });

if (browserAvailable()) {
  describe('signing the charter in a real browser', () => {
    let browser: Browser;
    before(async () => {
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
    });

    for (const engine of engines()) {
      describe(`[${engine}]`, () => {
        let server: RunningApp;
        before(async () => {
          server = await startServer(engine);
        });
        after(async () => {
          await server?.close();
        });

        test('the first secretariat account is made through the one-time set-up link', async () => {
          const link = await announceSetupLink(server.db, server.config, () => {});
          assert.ok(link, 'a set-up link while no secretariat account exists');
          const journey = new CheckedJourney(browser, { javaScript: true, locale: 'en-BE' });
          try {
            const t = translator('en');
            const page = await journey.person('set-up');
            const url = onServer(link, server.baseUrl);
            await journey.check(page, 'en', await page.goto(url));
            assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('accounts.setup.title'));
            await page.getByLabel(t('accounts.field.name.label'), { exact: true }).fill(SECRETARIAT.name);
            await page.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(SECRETARIAT.email);
            await page.getByLabel(t('accounts.field.choosePassword.label'), { exact: true }).fill(SECRETARIAT.password);
            const created = await navigate(page, () =>
              page.getByRole('button', exact(t('accounts.setup.submit'))).click(),
            );
            await journey.check(page, 'en', created);
            assert.equal(new URL(page.url()).pathname, '/en/account');
            assert.ok(await page.getByText(t('accounts.flash.secretariatCreated')).isVisible(), 'the success banner');

            // The link worked once: it is spent, and no new one is printed.
            await journey.check(page, 'en', await page.goto(url), 410);
            assert.equal(await announceSetupLink(server.db, server.config, () => {}), null);
            const row = await server.db
              .selectFrom('users')
              .select(['is_secretariat', 'email_verified_at'])
              .where('email', '=', SECRETARIAT.email)
              .executeTakeFirstOrThrow();
            assert.equal(row.is_secretariat, 1);
          } finally {
            await journey.close();
          }
          assert.deepEqual(journey.problems, []);
        });

        if (engine === engines()[0])
          test('the page checks can fail: a field without a label is reported, with and without JavaScript', async () => {
            for (const javaScript of [true, false]) {
              const journey = new CheckedJourney(browser, { javaScript, locale: 'fr-BE' });
              try {
                const page = await journey.person('checker');
                const response = await page.goto(`${server.baseUrl}/fr/sign-in`);
                await page.locator('label[for="field-email"]').evaluate((label) => label.remove());
                await page.locator('h1').evaluate((h1) => h1.after(document.createElement('h1')));
                await journey.check(page, 'fr', response, 200);
              } finally {
                await journey.close();
              }
              const seen = journey.problems.join('\n');
              assert.match(
                seen,
                /label: Form elements must have labels \(#field-email\)/,
                `axe, JavaScript ${javaScript}`,
              );
              assert.match(seen, /2 h1 elements/, `page basics, JavaScript ${javaScript}`);
            }
          });

        for (const lang of ['fr', 'nl'] as const) {
          for (const javaScript of [false, true]) {
            test(`${lang}, JavaScript ${javaScript ? 'on' : 'off'}: from the home page to a listed signatory, only after the executive signs`, async () => {
              await clearRateLimits(server.db);
              await signingJourney(server, browser, lang, javaScript);
            });
          }
        }

        test('fr, JavaScript off: a failed application shows the error summary with links to the fields and keeps what was typed', async () => {
          await applicationErrors(server, browser);
        });
      });
    }
  });
}

async function signingJourney(server: RunningApp, browser: Browser, lang: 'fr' | 'nl', javaScript: boolean) {
  const t = translator(lang);
  const fmt = formatters(lang);
  const who = PEOPLE[lang];
  const tag = `${lang}-${javaScript ? 'js' : 'nojs'}`;
  const orgName = `${who.org} ${javaScript ? 'Plus' : 'Basis'}`;
  const enterpriseNumber = freshEnterpriseNumber();
  const applicant = { name: who.applicant, email: `contact-${tag}@example.be` };
  const executive = { name: who.executive, title: who.title, email: `direction-${tag}@example.be` };
  const journey = new CheckedJourney(browser, { javaScript, locale: LOCALE[lang] });
  const check = (page: Page, response: Awaited<ReturnType<typeof navigate>>, status?: number) =>
    journey.check(page, lang, response, status);
  const path = (page: Page) => new URL(page.url()).pathname;

  try {
    // ---- The applicant: home page → "sign the charter" → an account.
    const person = await journey.person('applicant');
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
    assert.equal(path(person), `/${lang}/sign`);
    await check(
      person,
      await navigate(person, () => person.getByRole('link', exact(t('signing.intro.createAccount'))).click()),
    );
    assert.equal(path(person), `/${lang}/sign-up`);

    if (javaScript) {
      // Sending the empty form: the summary takes focus; its first link moves focus to the field.
      await check(
        person,
        await navigate(person, () => person.getByRole('button', exact(t('accounts.signUp.submit'))).click()),
        400,
      );
      assert.match((await focused(person)).className, /error-summary/, 'the error summary has focus');
      await person.locator('.error-summary a').first().click();
      assert.equal((await focused(person)).id, 'field-name', 'the summary link focuses the field');
    }
    await person.getByLabel(t('accounts.field.name.label'), { exact: true }).fill(applicant.name);
    await person.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(applicant.email);
    await person.getByLabel(t('accounts.field.choosePassword.label'), { exact: true }).fill(PASSWORD);
    await check(
      person,
      await navigate(person, () => person.getByRole('button', exact(t('accounts.signUp.submit'))).click()),
    );
    assert.equal(path(person), `/${lang}/sign-up/sent`);
    assert.equal(await person.getByRole('heading', { level: 1 }).innerText(), t('accounts.checkEmail.signUp.title'));

    // ---- The confirmation mail, opened in the same browser.
    const verify = linkInMail(await server.mails(), applicant.email, '/verify-email/');
    await check(person, await person.goto(onServer(verify, server.baseUrl)));
    await check(
      person,
      await navigate(person, () => person.getByRole('button', exact(t('accounts.verify.submit'))).click()),
    );
    assert.equal(path(person), `/${lang}/sign-in`);
    assert.ok(await person.getByText(t('accounts.flash.emailVerifiedSignIn')).isVisible(), 'the address is confirmed');

    await person.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(applicant.email);
    await person.getByLabel(t('accounts.field.password.label'), { exact: true }).fill(PASSWORD);
    await check(
      person,
      await navigate(person, () => person.getByRole('button', exact(t('accounts.signIn.submit'))).click()),
    );
    // Back where they were going when they chose "create an account": the application form.
    assert.equal(path(person), `/${lang}/sign/apply`);

    await person.getByLabel(t('signing.apply.enterpriseNumber.label'), { exact: true }).fill(enterpriseNumber);
    await person.getByLabel(t('signing.profile.legalName.label'), { exact: true }).fill(orgName);
    await group(person, t('signing.profile.sector.label'))
      .getByLabel(t('signing.profile.sector.nonprofit'), { exact: true })
      .check();
    await group(person, t('signing.profile.size.label'))
      .getByLabel(t('signing.profile.size.small'), { exact: true })
      .check();
    const regions = group(person, t('signing.profile.regions.label'));
    await regions.getByLabel(t('signing.profile.region.brussels'), { exact: true }).check();
    await regions
      .getByLabel(t(lang === 'fr' ? 'signing.profile.region.wallonia' : 'signing.profile.region.flanders'), {
        exact: true,
      })
      .check();
    await group(person, t('signing.profile.languages.label'))
      .getByLabel(t(`signing.profile.language.${lang}`), { exact: true })
      .check();
    const description = person.getByLabel(`${t(`signing.profile.description.${lang}`)} (${t('form.optional')})`, {
      exact: true,
    });
    await description.fill(who.description);
    // With JavaScript a live count replaces the static "at most 1,000 characters" (which also
    // shows that JavaScript really is off in the other runs).
    const count = await person.locator(`#field-description_${lang}-count`).textContent();
    assert.equal(
      count,
      javaScript
        ? t('form.charactersLeft', { count: fmt.number(1000 - who.description.length) })
        : t('form.maxCharacters', { max: 1000 }),
    );
    await person.getByLabel(t('signing.apply.executiveName.label'), { exact: true }).fill(executive.name);
    await person.getByLabel(t('signing.apply.executiveTitle.label'), { exact: true }).fill(executive.title);
    await person.getByLabel(t('signing.apply.executiveEmail.label'), { exact: true }).fill(executive.email);
    const mailLang = group(person, t('signing.apply.executiveLang.label')).getByLabel(
      t(`signing.profile.language.${lang}`),
      { exact: true },
    );
    assert.ok(await mailLang.isChecked(), 'the executive is written to in the page language unless told otherwise');
    await check(
      person,
      await navigate(person, () => person.getByRole('button', exact(t('signing.apply.send'))).click()),
    );
    const applicationPath = path(person);
    assert.match(applicationPath, new RegExp(`^/${lang}/sign/applications/[0-9a-f-]{36}$`));
    const applicationId = applicationPath.split('/').pop()!;
    assert.ok(await person.getByText(t('signing.flash.sent')).isVisible(), 'the application is sent');
    assert.ok(
      await person.getByText(t('signing.status.awaiting_executive'), { exact: true }).isVisible(),
      'it waits for the executive',
    );

    const digits = normaliseEnterpriseNumber(enterpriseNumber)!;
    const org = await server.db
      .selectFrom('organisations')
      .select(['id', 'slug', 'status'])
      .where('enterprise_number', '=', digits)
      .executeTakeFirstOrThrow();
    assert.equal(org.status, 'applicant');

    // ---- Not public yet: its profile does not exist and the directory does not list it.
    const visitor = await journey.person('visitor');
    await check(visitor, await visitor.goto(`${server.baseUrl}/${lang}/signatories/${org.slug}`), 404);
    await check(visitor, await visitor.goto(`${server.baseUrl}/${lang}/signatories`));
    assert.equal(await searchDirectory(visitor, t, orgName, check), false, 'not listed before the executive signs');

    // ---- The secretariat opens its page, signs in, finds the application, and cannot approve it yet.
    const secretariat = await journey.person('secretariat');
    await check(secretariat, await secretariat.goto(`${server.baseUrl}/${lang}/secretariat`));
    assert.equal(path(secretariat), `/${lang}/sign-in`, 'the secretariat page asks to sign in first');
    await secretariat.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(SECRETARIAT.email);
    await secretariat.getByLabel(t('accounts.field.password.label'), { exact: true }).fill(SECRETARIAT.password);
    await check(
      secretariat,
      await navigate(secretariat, () => secretariat.getByRole('button', exact(t('accounts.signIn.submit'))).click()),
    );
    assert.equal(path(secretariat), `/${lang}/secretariat`, 'and comes back to it');
    const secNav = secretariat.getByRole('navigation', exact(t('layout.mainNav')));
    await check(
      secretariat,
      await navigate(secretariat, () =>
        secretariat.getByRole('link', exact(t('signing.secretariat.openQueue'))).click(),
      ),
    );
    assert.equal(
      await secretariat.getByRole('link', exact(orgName)).count(),
      0,
      'not among the applications to review',
    );
    await secretariat
      .getByLabel(t('signing.queue.filter'), { exact: true })
      .selectOption({ label: t('signing.status.awaiting_executive') });
    await check(
      secretariat,
      await navigate(secretariat, () => secretariat.getByRole('button', exact(t('signing.queue.show'))).click()),
    );
    await check(secretariat, await navigate(secretariat, () => secretariat.getByRole('link', exact(orgName)).click()));
    assert.equal(path(secretariat), `/${lang}/secretariat/applications/${applicationId}`);
    assert.equal(
      await secretariat.getByRole('button', exact(t('signing.review.approve.button'))).count(),
      0,
      'no approve button',
    );
    assert.ok(await secretariat.getByText(t('signing.review.approve.notYet')).isVisible());
    assert.ok(await secretariat.getByText(t('signing.review.noSignature')).isVisible());
    // Even a hand-made request to approve is refused while the executive has not signed.
    const csrf = await secretariat.locator('input[name="_csrf"]').first().inputValue();
    const forced = await secretariat
      .context()
      .request.post(`${server.baseUrl}/${lang}/secretariat/applications/${applicationId}/approve`, {
        form: { _csrf: csrf },
        maxRedirects: 0,
      });
    assert.equal(forced.status(), 409, 'approving before the executive signs is refused');
    assert.ok((await forced.text()).includes(t('signing.error.notReviewable')), 'and the page says why');
    assert.equal((await statusOf(server, applicationId, org.id)).join(), 'awaiting_executive,applicant');

    // ---- The executive opens their own link in their own browser, reads the charter, signs.
    const confirmLink = linkInMail(await server.mails(), executive.email, '/sign/confirm/');
    assert.ok(new URL(confirmLink).pathname.startsWith(`/${lang}/sign/confirm/`), 'the link is in the chosen language');
    const boss = await journey.person('executive');
    await check(boss, await boss.goto(onServer(confirmLink, server.baseUrl)));
    assert.equal(
      await boss.getByRole('heading', { level: 1 }).innerText(),
      t('signing.confirm.title', { org: orgName }),
    );
    const version = (await currentVersion(server.db))!;
    const charter = (await charterFor(server.db, version.id, lang))!;
    assert.ok(await boss.getByRole('heading', { level: 2, ...exact(t('signing.confirm.charter')) }).isVisible());
    assert.ok(
      await boss.getByRole('heading', { level: 3, ...exact(charter.title) }).isVisible(),
      'the charter text is shown',
    );
    assert.equal(
      await boss.locator('code.hash').innerText(),
      sha256(charter.body),
      'the fingerprint of the text shown',
    );
    assert.equal(await boss.getByLabel(t('signing.confirm.signerName'), { exact: true }).inputValue(), executive.name);
    const commit = boss.getByLabel(t('signing.confirm.commitLabel', { org: orgName }), { exact: true });
    if (javaScript) {
      // Signing without ticking the commitment: refused, the summary takes focus and links to the box.
      await check(
        boss,
        await navigate(boss, () => boss.getByRole('button', exact(t('signing.confirm.sign'))).click()),
        400,
      );
      assert.match((await focused(boss)).className, /error-summary/, 'the error summary has focus');
      assert.ok((await boss.title()).startsWith(`${t('form.errorPrefix')} `), 'the title says there is a problem');
      assert.equal(await boss.locator('.error-summary a').first().getAttribute('href'), '#field-commit');
      await boss.locator('.error-summary a').first().click();
      assert.equal((await focused(boss)).id, 'field-commit');
      assert.equal((await statusOf(server, applicationId, org.id)).join(), 'awaiting_executive,applicant');
    }
    await commit.check();
    await check(boss, await navigate(boss, () => boss.getByRole('button', exact(t('signing.confirm.sign'))).click()));
    assert.equal(await boss.getByRole('heading', { level: 1 }).innerText(), t('signing.done.signed.title'));
    assert.equal((await statusOf(server, applicationId, org.id)).join(), 'awaiting_review,applicant');

    // Signed, but still not public: the secretariat has not approved it. (The visitor is still on
    // the search results; the search form keeps the name, so the same search runs again.)
    assert.equal(
      await searchDirectory(visitor, t, orgName, check),
      false,
      'not listed before the secretariat approves',
    );

    // ---- The secretariat: the queue, the application, approve.
    await check(
      secretariat,
      await navigate(secretariat, () => secNav.getByRole('link', exact(t('layout.nav.secretariat'))).click()),
    );
    await check(
      secretariat,
      await navigate(secretariat, () =>
        secretariat.getByRole('link', exact(t('signing.secretariat.openQueue'))).click(),
      ),
    );
    await check(secretariat, await navigate(secretariat, () => secretariat.getByRole('link', exact(orgName)).click()));
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
    assert.equal(path(secretariat), `/${lang}/secretariat/applications/${applicationId}`);
    assert.ok(await secretariat.getByText(t('signing.flash.approved')).isVisible());
    assert.equal((await statusOf(server, applicationId, org.id)).join(), 'approved,signatory');

    // ---- Anyone: the home page → who signed → search → the public profile with the signing date.
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
    assert.equal(path(visitor), `/${lang}/signatories`);
    assert.equal(await searchDirectory(visitor, t, orgName, check), true, 'listed once approved');
    await check(visitor, await navigate(visitor, () => visitor.getByRole('link', exact(orgName)).click()));
    assert.equal(path(visitor), `/${lang}/signatories/${org.slug}`);
    assert.equal(await visitor.getByRole('heading', { level: 1 }).innerText(), orgName);
    const signed = await server.db
      .selectFrom('organisations')
      .innerJoin('applications', 'applications.org_id', 'organisations.id')
      .innerJoin('signatures', 'signatures.application_id', 'applications.id')
      .select([
        'organisations.signed_at as orgSignedAt',
        'signatures.signed_at as signedAt',
        'signatures.signer_email as signerEmail',
      ])
      .where('applications.id', '=', applicationId)
      .executeTakeFirstOrThrow();
    assert.equal(signed.signerEmail, executive.email, 'the signature is the executive’s own');
    assert.equal(signed.orgSignedAt, signed.signedAt, 'a signatory from the day the executive signed');
    const signedOn = visitor
      .locator('.summary-list__row')
      .filter({ has: visitor.locator('dt', { hasText: t('signatories.profile.signedOn') }) });
    assert.equal(
      await signedOn.locator('dd').innerText(),
      fmt.date(signed.signedAt),
      'the profile shows the signing date',
    );
  } finally {
    await journey.close();
  }
  assert.deepEqual(journey.problems, [], `problems on ${journey.visited.length} pages`);
}

/** The fieldset (role group) named by its legend. */
function group(page: Page, legend: string) {
  return page.getByRole('group', exact(legend));
}

/** Searches the directory by name with its form and button; true when a result links to `name`. */
async function searchDirectory(
  page: Page,
  t: Translate,
  name: string,
  check: (page: Page, response: Awaited<ReturnType<typeof navigate>>) => Promise<void>,
): Promise<boolean> {
  const search = page.getByRole('search', exact(t('signatories.filters.label')));
  await search.getByLabel(t('signatories.filters.q'), { exact: true }).fill(name);
  await check(
    page,
    await navigate(page, () => search.getByRole('button', exact(t('signatories.filters.submit'))).click()),
  );
  assert.equal(new URL(page.url()).searchParams.get('q'), name);
  return (await page.getByRole('link', exact(name)).count()) > 0;
}

async function statusOf(server: RunningApp, applicationId: string, orgId: string): Promise<[string, string]> {
  const app = await server.db
    .selectFrom('applications')
    .select('status')
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
  const org = await server.db
    .selectFrom('organisations')
    .select('status')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return [app.status, org.status];
}

/** The application form sent with mistakes, in French without JavaScript. */
async function applicationErrors(server: RunningApp, browser: Browser) {
  const t = translator('fr');
  const journey = new CheckedJourney(browser, { javaScript: false, locale: 'fr-BE' });
  try {
    const user = await createUser(server.db, { locale: 'fr', name: 'Lucie Martin' });
    const page = await journey.person('applicant');
    await page
      .context()
      .addCookies([{ name: SESSION_COOKIE, value: await createSession(server.db, user.id), url: server.baseUrl }]);
    await journey.check(page, 'fr', await page.goto(`${server.baseUrl}/fr/sign/apply`));

    const typed = {
      enterpriseNumber: '0403.227.516', // one digit off: the check digits do not match
      legalName: 'Atelier Numérique Solidaire',
      description: 'Des ateliers gratuits pour apprendre à utiliser un smartphone.',
      executiveEmail: 'direction-at-atelier.be',
    };
    await page.getByLabel(t('signing.apply.enterpriseNumber.label'), { exact: true }).fill(typed.enterpriseNumber);
    await page.getByLabel(t('signing.profile.legalName.label'), { exact: true }).fill(typed.legalName);
    await group(page, t('signing.profile.regions.label'))
      .getByLabel(t('signing.profile.region.wallonia'), { exact: true })
      .check();
    await page
      .getByLabel(`${t('signing.profile.description.fr')} (${t('form.optional')})`, { exact: true })
      .fill(typed.description);
    await page.getByLabel(t('signing.apply.executiveEmail.label'), { exact: true }).fill(typed.executiveEmail);
    await journey.check(
      page,
      'fr',
      await navigate(page, () => page.getByRole('button', exact(t('signing.apply.send'))).click()),
      400,
    );

    // The summary comes first, says how many problems, and links each message to its field.
    // The title says so first: without JavaScript nothing moves focus to the summary.
    assert.equal(await page.title(), `${t('form.errorPrefix')} ${t('signing.apply.title')} – Inclusio`);
    const summary = page.locator('.error-summary');
    assert.equal(await summary.getAttribute('role'), 'alert');
    const expected = [
      ['enterpriseNumber', 'signing.error.enterpriseNumber'],
      ['sector', 'signing.profile.error.sector'],
      ['sizeBand', 'signing.profile.error.sizeBand'],
      ['languages', 'signing.profile.error.languages'],
      ['executiveName', 'form.error.required'],
      ['executiveTitle', 'form.error.required'],
      ['executiveEmail', 'form.error.email'],
    ] as const;
    assert.equal(
      await summary.getByRole('heading').innerText(),
      t('form.errorSummaryTitle', { count: expected.length }),
    );
    const links = await summary
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
    assert.deepEqual(
      links,
      expected.map(([field, key]) => [`#field-${field}`, t(key)]),
    );
    // Each linked field exists, is marked invalid and carries the same message next to it.
    for (const [field, key] of expected) {
      const input = page.locator(`#field-${field}`);
      assert.equal(await input.count(), 1, `#field-${field} exists`);
      const box = ['sector', 'sizeBand', 'languages'].includes(field)
        ? `#field-${field} >> xpath=ancestor::fieldset`
        : `#field-${field}`;
      if (box === `#field-${field}`)
        assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
      assert.ok((await describedByText(page, box)).includes(t(key)), `${field}: the message is read with the field`);
    }

    // What was typed is still there.
    assert.equal(
      await page.getByLabel(t('signing.apply.enterpriseNumber.label'), { exact: true }).inputValue(),
      typed.enterpriseNumber,
    );
    assert.equal(
      await page.getByLabel(t('signing.profile.legalName.label'), { exact: true }).inputValue(),
      typed.legalName,
    );
    assert.ok(
      await group(page, t('signing.profile.regions.label'))
        .getByLabel(t('signing.profile.region.wallonia'), { exact: true })
        .isChecked(),
    );
    assert.equal(
      await page
        .getByLabel(`${t('signing.profile.description.fr')} (${t('form.optional')})`, { exact: true })
        .inputValue(),
      typed.description,
    );
    assert.equal(
      await page.getByLabel(t('signing.apply.executiveEmail.label'), { exact: true }).inputValue(),
      typed.executiveEmail,
    );
    assert.ok(
      await group(page, t('signing.apply.executiveLang.label'))
        .getByLabel(t('signing.profile.language.fr'), { exact: true })
        .isChecked(),
    );

    // Without JavaScript the summary's link is a plain anchor: it leads to the field.
    await summary.getByRole('link', exact(t('signing.error.enterpriseNumber'))).click();
    assert.equal(new URL(page.url()).hash, '#field-enterpriseNumber');
    assert.equal((await focused(page)).id, 'field-enterpriseNumber', 'following the link puts focus on the field');

    const rows = await server.db
      .selectFrom('applications')
      .select('id')
      .where('applicant_user_id', '=', user.id)
      .execute();
    assert.equal(rows.length, 0, 'nothing was sent');
  } finally {
    await journey.close();
  }
  assert.deepEqual(journey.problems, []);
}
