import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { AssessmentRun } from './support/assessment-run.ts';
import {
  adminChecksAndSubmits,
  adminComesBackTheNextDay,
  adminLeavesHalfWay,
  adminRunsAgain,
  adminStartsARun,
  firstResults,
  resultsShow,
  secondResults,
} from './support/assessment-steps.ts';
import { adminDownloadsThePdf } from './support/assessment-pdf.ts';

/**
 * Issue 9's story (its first "Done when") in a real browser with JavaScript off, on SQLite and
 * PostgreSQL, told by the administrator of a Walloon non-profit that has just signed, in French:
 *
 *   she opens the self-assessment from her organisation's space and starts a run with two
 *   dimensions (leadership, access) for two audiences (staff, customers); she answers the first
 *   page in full (level, evidence, links, plan) and half of the second, and presses "save and
 *   come back later". The next day, in a new browser, she signs in, opens the overview and
 *   continues: every answer is there; she finishes the last cell with the keyboard only, checks
 *   her answers and submits. The results show the chart (an image with a name) and the table
 *   with the same levels. A second run starts from the first; she raises one level and lowers
 *   another, submits, and the results show each change with the previous level. The PDF
 *   downloads and holds the organisation's name and the levels.
 *
 * Every page is checked (axe with the WCAG 2.2 AA tags on a script-free copy, lang, one h1, skip
 * link, landmarks, hreflang alternates, the HTTP status); the problems are asserted at the end.
 */

describeWithBrowser(
  'issue 9: a self-assessment over two days, then a second one, in a real browser without JavaScript',
  (ctx) => {
    test('an admin starts a run (two dimensions × two audiences), leaves half-way, finds every answer the next day, submits, runs again and downloads the PDF', async () => {
      await clearRateLimits(ctx.server.db);
      const run = new AssessmentRun(ctx.server, ctx.browser);
      await run.addOrganisation();
      try {
        const dayOne = await adminStartsARun(run);
        await adminLeavesHalfWay(run, dayOne);

        const dayTwo = await adminComesBackTheNextDay(run);
        await adminChecksAndSubmits(run, dayTwo);
        await resultsShow(run, dayTwo, firstResults());

        await adminRunsAgain(run, dayTwo);
        await resultsShow(run, dayTwo, secondResults());
        await adminDownloadsThePdf(run, dayTwo);
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
  },
);
