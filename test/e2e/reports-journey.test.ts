import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { ReportsRun } from './support/reports-run.ts';
import {
  adminOpensTheReport,
  annConfirmsTheOthers,
  annSetsATarget,
  annStartsThePrefilledReport,
  bothWriteTheSameSection,
  eachWritesOwnSection,
  secretariatOpensTheCycle,
} from './support/reports-steps.ts';
import {
  annAsksForTheStatement,
  annPreviewsAndDownloads,
  annSubmits,
  executiveSignsTheStatement,
  profileShowsTheReport,
  silentSignatoryFallsBehind,
  visitorReadsBothProfiles,
} from './support/reports-statement-steps.ts';

/**
 * Issue 10's first "Done when" in a real browser with JavaScript off, on SQLite and PostgreSQL,
 * told in Dutch by the people who live it:
 *
 *   the secretariat opens last year's reporting cycle (it opens today); Ann, an administrator of
 *   a Flemish non-profit that signed in 2023, starts the report and finds it prefilled with the
 *   year's activity (the headline figures, commitment 4's section). She and Bart, the other
 *   administrator, each in their own browser, write a section each, then both write section 6:
 *   Bart's save meets Ann's, and the page shows her version above his form, which keeps what
 *   he typed; he saves both texts. Ann confirms the other sections, sets a target, previews,
 *   downloads the PDF and asks the chair for the statement; the chair signs through the personal
 *   link in her mail; Ann submits. The public profile shows "reported" and links the report.
 *   Another signatory never starts: the daily job, run for the day after the deadline and the
 *   day after the grace period (the clock is set by passing the day, as the job takes it), makes
 *   its profile say "late", then "not reporting". A visitor reads the profiles before and after
 *   each change, so the page cache anonymous readers get must move with the statuses.
 *
 * Every page is checked (axe with the WCAG 2.2 AA tags on a script-free copy, lang, one h1, skip
 * link, landmarks, hreflang alternates, the HTTP status); the problems are asserted at the end.
 */

describeWithBrowser('issue 10: a yearly report from cycle to profile, in a real browser without JavaScript', (ctx) => {
  test('the secretariat opens a cycle; two admins write the prefilled report (a conflict, nothing lost), a target, the PDF, the signed statement, submitted: "reported"; the silent signatory goes late, then not reporting', async () => {
    await clearRateLimits(ctx.server.db);
    const run = new ReportsRun(ctx.server, ctx.browser);
    await run.addPeople();
    try {
      await secretariatOpensTheCycle(run);

      const ann = await adminOpensTheReport(run, 'ann');
      await annStartsThePrefilledReport(run, ann);
      const visitor = await run.person('nl', 'visitor');
      await visitorReadsBothProfiles(run, visitor);

      const bart = await adminOpensTheReport(run, 'bart');
      await eachWritesOwnSection(run, ann, bart);
      await bothWriteTheSameSection(run, ann, bart);
      await annConfirmsTheOthers(run, ann);
      await annSetsATarget(run, ann);

      await annPreviewsAndDownloads(run, ann);
      await annAsksForTheStatement(run, ann);
      await executiveSignsTheStatement(run);
      await annSubmits(run, ann);

      await profileShowsTheReport(run, visitor);
      await silentSignatoryFallsBehind(run, visitor);
    } finally {
      await run.close();
    }
    // Both lists in one assertion, so a run shows everything it saw.
    assert.deepEqual(
      { findings: [...new Set(run.findings)], problems: run.problems },
      { findings: [], problems: [] },
      `what the story found wrong in the feature, and the problems on ${run.visited} pages`,
    );
  });
});
