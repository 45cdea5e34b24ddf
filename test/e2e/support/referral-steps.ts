import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../../src/cli/seed.ts';
import { formatEnterpriseNumber } from '../../../src/features/organisations/enterprise-number.ts';
import { navigate, onServer } from './journey.ts';
import { exact, pathOf } from './bilingual-run.ts';
import type { CommitmentsRun } from './commitments-run.ts';
import { codeFor, typeCode } from './second-factor.ts';
import { PASSWORD, type SentApplication, type SigningRun } from './signing-run.ts';
import { applicantApplies, applicantConfirmsAndSignsIn, executiveSigns } from './signing-steps.ts';
import { secretariatApproves } from './approval-steps.ts';

// The invitation's side of issue 8's story. The organisation admin (in Dutch) makes a link to
// share from her space; a new person (in French, signed out, in a browser of their own) opens
// it, moves the page to French, goes on to the application, makes an account on the way, and
// finds the form filled in with the inviter. From there the signing journey's own steps
// (signing-steps.ts, approval-steps.ts) take the application to a signature: the executive
// signs, the secretariat approves. Then the credit shows on the admin's space, her list of
// invitations and her public profile.

/** Organisations her organisation brought in before the story: this year (the space) and ever (the profile). */
export interface CreditsBefore {
  year: number;
  ever: number;
}

export async function creditsBefore(run: CommitmentsRun): Promise<CreditsBefore> {
  const rows = await run.server.db
    .selectFrom('referral_credits')
    .select('year')
    .where('inviter_org_id', '=', run.org.id)
    .execute();
  return { year: rows.filter((r) => Number(r.year) === run.year).length, ever: rows.length };
}

/** From her space, commitment 5's "follow your invitations", she makes a link for the organisation she has in mind. */
export async function adminMakesALink(run: CommitmentsRun, page: Page, invitee: string): Promise<string> {
  const t = run.t.nl;
  await run.openSpace(page);
  await run.follow(page, run.glanceCard(page, 'nl', 5).getByRole('link', exact(t('referrals.more.list'))));
  assert.equal(pathOf(page), `/nl/organisations/${run.org.id}/referrals`);

  await page.getByLabel(`${t('referrals.field.linkFor')} (${t('form.optional')})`, { exact: true }).fill(invitee);
  await run.follow(page, page.getByRole('button', exact(t('referrals.list.linkButton'))));
  assert.ok(await page.getByText(t('referrals.flash.linkCreated')).isVisible(), 'the link is made');
  const row = invitationRow(page, invitee);
  assert.ok((await row.innerText()).includes(t('referrals.state.created')), 'its state: link made');
  const link = (await row.locator('code').innerText()).trim();
  assert.match(new URL(link).pathname, /^\/nl\/join\/[\w-]{20,64}$/, 'a link in her language');
  return link;
}

const invitationRow = (page: Page, invitee: string) =>
  page.getByRole('table').getByRole('row').filter({ hasText: invitee });

/**
 * A new person, signed out, opens the link (a Dutch page), reads it in French, presses the
 * button, makes an account on the way and lands on the application form, filled in with the
 * inviter; then sends it.
 */
export async function newcomerApplies(
  run: CommitmentsRun,
  signing: SigningRun,
  link: string,
): Promise<SentApplication> {
  const t = run.t.fr;
  const page = await run.person('fr', 'newcomer');
  await run.check(page, await page.goto(onServer(link, run.server.baseUrl)));
  assert.equal(
    await page.getByRole('heading', { level: 1 }).innerText(),
    run.t.nl('referrals.join.title', { inviter: run.org.name }),
  );
  await run.follow(page, page.getByRole('banner').getByRole('link', exact('Français')));
  assert.equal(pathOf(page), new URL(link).pathname.replace(/^\/nl\//, '/fr/'), 'the same page in French');
  assert.equal(
    await page.getByRole('heading', { level: 1 }).innerText(),
    t('referrals.join.title', { inviter: run.org.name }),
  );

  await run.follow(page, page.getByRole('button', exact(t('referrals.join.start'))));
  assert.equal(pathOf(page), '/fr/sign-in', 'an account first');
  await run.follow(page, page.getByRole('link', exact(t('accounts.signIn.noAccount'))));
  assert.equal(pathOf(page), '/fr/sign-up');
  await page.getByLabel(t('accounts.field.name.label'), { exact: true }).fill(signing.applicant.name);
  await page.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(signing.applicant.email);
  await page.getByLabel(t('accounts.field.choosePassword.label'), { exact: true }).fill(PASSWORD);
  await run.follow(page, page.getByRole('button', exact(t('accounts.signUp.submit'))));
  assert.equal(pathOf(page), '/fr/sign-up/sent');

  await applicantConfirmsAndSignsIn(signing, page);
  assert.ok(
    await page.getByText(t('signing.apply.invitedByBanner', { org: run.org.name })).isVisible(),
    'the form says who invites',
  );
  assert.equal(
    await page
      .getByLabel(`${t('signing.apply.invitedBy.label')} (${t('form.optional')})`, { exact: true })
      .inputValue(),
    formatEnterpriseNumber(run.org.enterpriseNumber),
    '“invited by” is filled in with the inviter',
  );
  return applicantApplies(signing, page);
}

const demoSecretariat = DEMO_ACCOUNTS.find((a) => a.role === 'secretariat')!;

/** The executive signs from their mail; the demo secretariat signs in (password, code) and approves. */
export async function applicationGoesThrough(signing: SigningRun, application: SentApplication): Promise<void> {
  const { server, lang, t, check } = signing;
  await executiveSigns(signing, application);
  const secretariat = await signing.journey.person('secretariat');
  await check(secretariat, await secretariat.goto(`${server.baseUrl}/${lang}/secretariat`));
  assert.equal(pathOf(secretariat), `/${lang}/sign-in`);
  await secretariat.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(demoSecretariat.email);
  await secretariat.getByLabel(t('accounts.field.password.label'), { exact: true }).fill(demoSecretariat.password);
  await check(
    secretariat,
    await navigate(secretariat, () => secretariat.getByRole('button', exact(t('accounts.signIn.submit'))).click()),
  );
  await typeCode(secretariat, t, check, await codeFor(server.db, demoSecretariat.email, demoSecretariat.totpSecret));
  assert.equal(pathOf(secretariat), `/${lang}/secretariat`);
  await secretariatApproves(signing, secretariat, application);
}

/** Back on her space, her list and her profile: the organisation she invited is hers to count. */
export async function adminSeesTheCredit(
  run: CommitmentsRun,
  page: Page,
  invitee: string,
  before: CreditsBefore,
): Promise<void> {
  const t = run.t.nl;
  await run.follow(page, page.getByRole('link', exact(run.org.name)).first());
  assert.equal(pathOf(page), `/nl/organisations/${run.org.id}`);
  const space = await run.glanceLines(page, 'nl', 5);
  const broughtIn = t('referrals.commitment.broughtIn', { count: before.year + 1 });
  assert.ok(space.includes(broughtIn), `“${broughtIn}” in ${JSON.stringify(space)}`);

  await run.follow(page, run.glanceCard(page, 'nl', 5).getByRole('link', exact(t('referrals.more.list'))));
  assert.ok(
    (await invitationRow(page, invitee).innerText()).includes(t('referrals.state.signed')),
    'the invitation is signed',
  );

  await run.follow(page, page.getByRole('link', exact(run.org.name)).first());
  await run.follow(page, page.getByRole('link', exact(t('organisations.space.publicProfile'))));
  assert.equal(pathOf(page), `/nl/signatories/${run.org.slug}`);
  const profile = await run.glanceLines(page, 'nl', 5);
  const credit = t('referrals.commitment.public', { count: before.ever + 1 });
  assert.ok(profile.includes(credit), `“${credit}” in ${JSON.stringify(profile)}`);
}
