import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clearRateLimits } from '../support/accounts.ts';
import { describeWithBrowser } from './support/server.ts';
import { EvaluationRun } from './support/evaluation-run.ts';
import {
  executiveSignsVersionTwo,
  resultIsShown,
  secretariatPublishes,
  secretariatSetsUpTheEvaluation,
  secretariatSignsIn,
  signatoriesPropose,
  signatoriesVote,
} from './support/evaluation-steps.ts';

/**
 * Issue 10's second "Done when" in a real browser with JavaScript off, on SQLite and PostgreSQL,
 * told in Dutch:
 *
 *   the secretariat sets up the charter's joint evaluation with half the signatories as quorum
 *   and a two-thirds majority. In the proposals phase signatory 1 proposes new wording for
 *   commitment 4 through the form, signatory 2 one for commitment 6. In the vote phase signatory
 *   1 votes yes on both on its vote page; signatories 2, 3 and 4 vote through the service
 *   (commitment 4: 3 yes, 1 no; commitment 6: 2 yes) and 5 and 6 do not vote. The result says
 *   commitment 4's proposal is accepted and commitment 6's has no quorum (2 of the 3 needed).
 *   The secretariat publishes version 2 from the draft; signatory 1's executive signs it through
 *   the personal link in her mail, and the organisation's profile says version 2.
 *
 * The pages compute the evaluation's phase from today's date: between the phases the story sets
 * the evaluation's days around today in the database, as the days passing would (run.moveTo).
 *
 * Every page is checked (axe with the WCAG 2.2 AA tags on a script-free copy, lang, one h1, skip
 * link, landmarks, hreflang alternates, the HTTP status); the problems are asserted at the end.
 */

describeWithBrowser('issue 10: the joint evaluation from settings to version 2, in a real browser without JavaScript', (ctx) => {
  test('half as quorum, two thirds as majority: commitment 4’s proposal accepted, another without quorum; version 2 published, signed, on the profile', async () => {
    await clearRateLimits(ctx.server.db);
    const run = new EvaluationRun(ctx.server, ctx.browser);
    await run.addPeople();
    try {
      const secretariat = await secretariatSignsIn(run);
      await secretariatSetsUpTheEvaluation(run, secretariat);
      await signatoriesPropose(run);
      await signatoriesVote(run);
      await resultIsShown(run);
      await secretariatPublishes(run, secretariat);
      await executiveSignsVersionTwo(run);
    } finally {
      await run.close();
    }
    assert.deepEqual(run.problems, [], `problems on ${run.visited} pages`);
  });
});
