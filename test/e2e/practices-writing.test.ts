import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedDemo } from '../../src/cli/seed.ts';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { PracticeRun } from './support/practice-run.ts';
import {
  adminSubmits,
  adminWasMailed,
  firstSitting,
  secondSitting,
  secretariatPublishes,
  secretariatReturns,
  writerFixes,
} from './support/practice-writing-steps.ts';
import { bothProfilesShowIt, otherSignatoryAdopts, readerFindsIt } from './support/practice-reading-steps.ts';

/**
 * A practice's whole story (issue 6's first "Done when") in a real browser with JavaScript off,
 * on the demo data and with the demo accounts, on SQLite and PostgreSQL:
 *
 *   the member of Digitaal Samen vzw writes a practice in Dutch over two sittings (a draft kept
 *   with some fields, signed out, back the next time with the values still there, completed);
 *   the admin submits it; the secretariat (password and a code from its app) returns it with a
 *   comment; the member sees the comment and adds what was asked; the admin submits it again;
 *   the secretariat publishes it. A French reader finds it in the library by a cause and a
 *   language, reads it with the "only in Dutch" notice; a member of another signatory signs in
 *   from the page and marks it adopted; both organisations' public profiles list it.
 *
 * Every page is checked (axe with the WCAG 2.2 AA tags on a script-free copy, lang, one h1, skip
 * link, landmarks, hreflang alternates, the HTTP status); the problems are asserted at the end.
 */

describeWithBrowser(
  'a practice from the first draft to another signatory, in a real browser without JavaScript',
  (ctx) => {
    test('nl: written over two sittings, submitted, returned once, fixed, published; fr: found, read, adopted, on both profiles', async () => {
      await seedDemo(ctx.server.db);
      await clearRateLimits(ctx.server.db);
      const run = new PracticeRun(ctx.server, ctx.browser);
      await run.addAdopter();
      try {
        const member = await firstSitting(run);
        await secondSitting(run, member);

        const admin = await run.person('nl', 'admin');
        await run.signInFromHome(admin, run.admin);
        await adminSubmits(run, admin, run.t.nl('practices.status.draft'));

        const secretariat = await run.person('nl', 'secretariat');
        await run.open(secretariat, '/nl/secretariat');
        await run.signIn(secretariat, 'nl', run.secretariat);
        await secretariatReturns(run, secretariat);

        await writerFixes(run, member);
        await adminSubmits(run, admin, run.t.nl('practices.revision.returned'));
        await secretariatPublishes(run, secretariat);
        await adminWasMailed(run);

        const { reader, practicePath } = await readerFindsIt(run);
        await otherSignatoryAdopts(run, practicePath);
        await bothProfilesShowIt(run, reader, practicePath);
      } finally {
        await run.close();
      }
      assert.deepEqual(run.problems, [], `problems on ${run.visited} pages`);
    });
  },
);
