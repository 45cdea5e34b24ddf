import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedDemo } from '../../src/cli/seed.ts';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { CommitmentsRun } from './support/commitments-run.ts';
import {
  adminDownloadsTheTemplate,
  adminImportsTheCorrectedFile,
  adminOpensTheImport,
  adminReadsTheMistakes,
  totalsAreRight,
  totalsBefore,
} from './support/activities-steps.ts';

describeWithBrowser(
  'issue 8: a year of activities, a campaign and an invitation, in a real browser without JavaScript',
  (ctx) => {
    test('the demo admin imports 50 activities (three wrong, then fixed), supports a campaign, and brings in an organisation', async () => {
      await seedDemo(ctx.server.db);
      await clearRateLimits(ctx.server.db);
      const run = new CommitmentsRun(ctx.server, ctx.browser);
      await run.findOrganisation();
      try {
        const before = await totalsBefore(run);
        const admin = await adminOpensTheImport(run);
        const book = await adminDownloadsTheTemplate(run, admin);
        await adminReadsTheMistakes(run, admin, book);
        await adminImportsTheCorrectedFile(run, admin, book, before);
        await totalsAreRight(run, admin, book, before);
      } finally {
        await run.close();
      }
      assert.deepEqual(run.problems, [], `problems on ${run.visited} pages`);
    });
  },
);
