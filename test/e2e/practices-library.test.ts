import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { translator } from '../../src/platform/i18n/i18n.ts';
import * as practices from '../../src/features/practices/service.ts';
import { depsOf, validPractice } from '../../src/features/practices/test-support.ts';
import { clearRateLimits, createOrganisation, createUser, TEST_PASSWORD } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { CheckedJourney, navigate } from './support/journey.ts';

/**
 * The library's story in a browser without JavaScript: a French reader finds a practice that
 * exists only in Dutch by its filters, reads it with the notice and the text's own lang, then
 * a member of another signatory signs in from the page and marks it adopted. Every page is
 * checked with axe and the page basics.
 */

const exact = (name: string) => ({ name, exact: true });
const pathOf = (page: Page) => new URL(page.url()).pathname;

describeWithBrowser('practices library in a real browser, without JavaScript', (ctx) => {
  test('fr: find a Dutch-only practice by filters, read it with the notice, adopt it as another signatory', async () => {
    const server = ctx.server;
    await clearRateLimits(server.db);
    const t = translator('fr');
    const author = await createUser(server.db, { locale: 'nl' });
    const reviewer = await createUser(server.db, { secretariat: true });
    const email = `adopter-${ctx.engine}@example.be`;
    const adopter = await createUser(server.db, { locale: 'fr', email });
    const authorOrg = await createOrganisation(server.db, {
      status: 'signatory',
      members: [{ user: author, role: 'admin' }],
    });
    const otherOrg = await createOrganisation(server.db, {
      status: 'signatory',
      name: 'Atelier Clic asbl',
      members: [{ user: adopter, role: 'member' }],
    });
    const deps = depsOf(server);
    const title = 'Telefonische hulplijn voor oudere klanten';
    const saved = await practices.savePractice(
      deps,
      author.id,
      { orgId: authorOrg.id, practiceId: null },
      {
        kind: 'checked',
        input: validPractice({ title, tags: { ...validPractice().tags, cause: ['non_digital'], group: ['older'] } }),
      },
    );
    assert.ok(saved.ok);
    assert.ok((await practices.submitPractice(deps, author.id, authorOrg.id, saved.value.practiceId)).ok);
    const view = await practices.practiceForOrg(server.db, authorOrg.id, saved.value.practiceId);
    assert.ok((await practices.publishRevision(deps, reviewer.id, view!.working!.revision.id)).ok);

    const checked = new CheckedJourney(ctx.browser, { javaScript: false, locale: 'fr-BE' });
    const check = (page: Page, response: Awaited<ReturnType<Page['goto']>>, status?: number) =>
      checked.check(page, 'fr', response, status);
    try {
      // ---- A French reader: the library, two filters, the button.
      const reader = await checked.person('reader');
      await check(reader, await reader.goto(`${server.baseUrl}/fr`));
      await check(
        reader,
        await navigate(reader, () =>
          reader
            .getByRole('link', exact(t('practices.library.nav')))
            .first()
            .click(),
        ),
      );
      assert.equal(pathOf(reader), '/fr/practices');
      await reader.getByLabel(new RegExp(`^${t('practices.cause.non_digital')} \\(`)).check();
      await reader.getByLabel(new RegExp(`^${t('practices.group.older')} \\(`)).check();
      await check(
        reader,
        await navigate(reader, () => reader.getByRole('button', exact(t('practices.library.submit'))).click()),
      );
      assert.match(reader.url(), /cause=non_digital/);
      await check(reader, await navigate(reader, () => reader.getByRole('link', exact(title)).click()));
      assert.ok(
        await reader.getByText(t('practices.page.onlyIn', { language: t('practices.page.language.nl') })).isVisible(),
      );
      assert.equal(await reader.locator('h1').evaluate((h) => h.closest('[lang]')?.getAttribute('lang')), 'nl');
      const practicePath = pathOf(reader);

      // ---- A member of another signatory signs in from the page and marks it adopted.
      const member = await checked.person('adopter');
      await check(member, await member.goto(`${server.baseUrl}${practicePath}`));
      await check(
        member,
        await navigate(member, () => member.getByRole('link', exact(t('practices.page.adopt.signIn'))).click()),
      );
      await member.getByLabel(t('accounts.field.email.label'), { exact: true }).fill(email);
      await member.getByLabel(t('accounts.field.password.label'), { exact: true }).fill(TEST_PASSWORD);
      await check(
        member,
        await navigate(member, () => member.getByRole('button', exact(t('accounts.signIn.submit'))).click()),
      );
      assert.equal(pathOf(member), practicePath, 'back on the practice');
      await member
        .getByLabel(t('practices.page.adopt.note', { org: otherOrg.name }))
        .fill('Repris à notre accueil, ça marche.');
      await check(
        member,
        await navigate(member, () =>
          member.getByRole('button', exact(t('practices.page.adopt.button', { org: otherOrg.name }))).click(),
        ),
      );
      assert.ok(await member.getByText(t('practices.page.adopt.flash')).isVisible());
      assert.ok(await member.getByText(t('practices.page.adopt.count', { count: 1 })).isVisible());
      assert.ok(await member.getByRole('link', exact(otherOrg.name)).isVisible());
      assert.deepEqual(checked.problems, []);
    } finally {
      await checked.close();
    }
  });
});
