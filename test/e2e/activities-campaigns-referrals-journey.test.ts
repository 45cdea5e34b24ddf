import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedDemo } from '../../src/cli/seed.ts';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { CommitmentsRun } from './support/commitments-run.ts';
import { SigningRun } from './support/signing-run.ts';
import {
  adminDownloadsTheTemplate,
  adminImportsTheCorrectedFile,
  adminOpensTheImport,
  adminReadsTheMistakes,
  totalsAreRight,
  totalsBefore,
} from './support/activities-steps.ts';
import { adminSupportsACampaign } from './support/campaign-steps.ts';
import {
  adminMakesALink,
  adminSeesTheCredit,
  applicationGoesThrough,
  creditsBefore,
  newcomerApplies,
} from './support/referral-steps.ts';

/**
 * Issue 8's story (its first "Done when") in a real browser with JavaScript off, on the demo
 * data, on SQLite and PostgreSQL, told by the people who live it through links and forms:
 *
 *   the demo's organisation admin (in Dutch) opens her organisation's space, its activity log,
 *   downloads the XLSX template and imports fifty activities of which three are wrong: the page
 *   lists exactly those rows with their column and reason, and nothing is added; she corrects
 *   them and imports again: fifty added. The totals per commitment on her space (this year) and
 *   on her public profile (public activities only) are what the log held plus her rows.
 *   From commitment 6 she opens the campaigns, supports one and logs her participation with the
 *   people it reached: the campaign lists her organisation and its reach grows by that number.
 *   She makes an invitation link; a new person (in French, signed out) opens it, makes an
 *   account and applies with the form filled in with her organisation; the executive signs, the
 *   secretariat approves; the invitation shows "signed" and her profile the credit.
 *
 * Every page is checked (axe with the WCAG 2.2 AA tags on a script-free copy, lang, one h1, skip
 * link, landmarks, hreflang alternates, the HTTP status); the problems are asserted at the end.
 */

describeWithBrowser(
  'issue 8: a year of activities, a campaign and an invitation, in a real browser without JavaScript',
  (ctx) => {
    test('the demo admin imports 50 activities (three wrong, then corrected), supports a campaign, and brings in an organisation', async () => {
      await seedDemo(ctx.server.db);
      await clearRateLimits(ctx.server.db);
      const run = new CommitmentsRun(ctx.server, ctx.browser);
      // The invited organisation's side, in French: the signing journey's people and steps.
      const signing = new SigningRun(ctx.server, ctx.browser, 'fr', false);
      const invitee = signing.organisation.name;
      await run.findOrganisation();
      try {
        const before = await totalsBefore(run);
        const admin = await adminOpensTheImport(run);
        const book = await adminDownloadsTheTemplate(run, admin);
        await adminReadsTheMistakes(run, admin, book);
        await adminImportsTheCorrectedFile(run, admin, book, before);
        await totalsAreRight(run, admin, book, before);

        await adminSupportsACampaign(run, admin);

        const credits = await creditsBefore(run);
        const link = await adminMakesALink(run, admin, invitee);
        const application = await newcomerApplies(run, signing, link);
        await applicationGoesThrough(signing, application);
        await adminSeesTheCredit(run, admin, invitee, credits);
      } finally {
        await run.close();
        await signing.journey.close();
      }
      assert.deepEqual(
        [...run.problems, ...signing.journey.problems],
        [],
        `problems on ${run.visited + signing.journey.visited.length} pages`,
      );
    });
  },
);
