import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedDemo } from '../../src/cli/seed.ts';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { ACTION, ObstacleActionRun } from './support/obstacle-action-run.ts';
import { aReportsTheObstacle, aSeesTheCount, bSeesItToo } from './support/obstacle-steps.ts';
import { aAsksToJoin, aMovesOn, bAccepts, bProposesTheAction } from './support/action-steps.ts';
import { everybodySees } from './support/progress-steps.ts';

/**
 * Issue 7's story (its first "Done when") in a real browser with JavaScript off, on the demo
 * data, on SQLite and PostgreSQL, told by the people who live it through links and forms:
 *
 *   a member of organisation A (a Flemish bank, in Dutch) reports an obstacle in the register;
 *   the admin of organisation B (a Walloon non-profit, in French) finds it with the search and
 *   says B sees it too; B proposes an action against it with three milestones weighted 1, 2 and
 *   1; A asks to join and B accepts; A marks the first milestone done: a visitor sees 25% on
 *   the action's page (number and bar), in the API's JSON and in the CSV, both opened through
 *   the list's own links; A puts the second under way at 50%: 50% everywhere.
 *
 * Every page is checked (axe with the WCAG 2.2 AA tags on a script-free copy, lang, one h1, skip
 * link, landmarks, hreflang alternates, the HTTP status); the problems are asserted at the end.
 */

describeWithBrowser(
  'an obstacle seen by two signatories and their joint action, in a real browser without JavaScript',
  (ctx) => {
    test('A reports, B sees it too and proposes an action (weights 1, 2, 1), A joins: 25% then 50% on the page, in the API and in the CSV', async () => {
      await seedDemo(ctx.server.db);
      await clearRateLimits(ctx.server.db);
      const run = new ObstacleActionRun(ctx.server, ctx.browser);
      await run.addSignatories();
      try {
        const a = await aReportsTheObstacle(run);
        const b = await bSeesItToo(run);
        await aSeesTheCount(run, a);

        await bProposesTheAction(run, b);
        await aAsksToJoin(run, a);
        await bAccepts(run, b);

        const [first, second] = ACTION.milestones;
        const visitor = await run.person('nl', 'visitor');
        await aMovesOn(run, a, first, { done: true });
        await everybodySees(run, visitor, 25);
        await aMovesOn(run, a, second, { underWay: '50' });
        await everybodySees(run, visitor, 50);
      } finally {
        await run.close();
      }
      assert.deepEqual(run.problems, [], `problems on ${run.visited} pages`);
    });
  },
);
